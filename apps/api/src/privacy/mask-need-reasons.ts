import { maySeeNeeds, type StakeholderNode, type Viewer } from '@koppel/domain';
import type { Reason, Suggestion } from '@koppel/matching';

/**
 * Suggestions must not tell a viewer what it may not see of an entrepreneur's needs. The engine
 * explains a pair from the subject's side, so these reasons rest on an entrepreneur's needs:
 *
 * - NEED_MET: the subject's needs when the subject is an entrepreneur, else the target's;
 * - FINANCE_ASK and MARKET_FIT: those of whichever side is the entrepreneur (the ask, the
 *   market wanted);
 * - RECIPROCITY: how much of what the target looks for the subject meets, so the target's.
 *
 * A reason about the needs of an entrepreneur the viewer may not see them of is left out
 * (its contribution stays in the score, which reveals no need by itself).
 */
type Needy = Pick<StakeholderNode, 'id' | 'kind'> & { needsShared?: boolean };

function needyOf(reason: Reason, subject: Needy, target: Needy): Needy | null {
  const entrepreneur = subject.kind === 'Entrepreneur' ? subject : target.kind === 'Entrepreneur' ? target : null;
  switch (reason.kind) {
    case 'NEED_MET':
    case 'FINANCE_ASK':
    case 'MARKET_FIT':
      return entrepreneur;
    case 'RECIPROCITY':
      return target.kind === 'Entrepreneur' ? target : null;
    default:
      return null;
  }
}

function mayRead(viewer: Viewer | undefined, needy: Needy): boolean {
  return viewer ? maySeeNeeds(viewer, needy) : needy.needsShared === true;
}

export function maskNeedReasons<S extends Suggestion>(viewer: Viewer | undefined, subject: Needy, suggestions: readonly S[]): S[] {
  return suggestions.map((suggestion) => {
    const target = suggestion.target as Needy;
    const reasons = suggestion.reasons.filter((reason) => {
      const needy = needyOf(reason, subject, target);
      return needy === null || mayRead(viewer, needy);
    });
    return reasons.length === suggestion.reasons.length ? suggestion : { ...suggestion, reasons };
  });
}

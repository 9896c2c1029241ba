import type { EcosystemDomain, MatchContext, NodeKind, StakeholderNode } from '@koppel/domain';
import { financeAsks } from './profile-facts';
import { confidenceOf } from './confidence';
import { diversify } from './diversify';
import { toRuleOutcome } from './eligibility/rule-check';
import { evaluateCandidate } from './evaluate-candidate';
import { scoreCandidates, scoreOptionsOf, ScoringRequest } from './score-candidates';
import type { Suggestion } from './suggestion';

export interface SuggestRequest extends ScoringRequest {
  limit: number;
  /** Only candidates of these kinds; variety is not forced when only one kind is asked. */
  kinds?: readonly NodeKind[];
  /** Only candidates that offer one of these domains. */
  domains?: readonly EcosystemDomain[];
  /** Only enterprises with a finance ask in this range (euros), for a fund that scouts. */
  askBetween?: { minEur?: number; maxEur?: number };
}

function asksWithin(node: StakeholderNode, range: SuggestRequest['askBetween']): boolean {
  if (!range || (range.minEur === undefined && range.maxEur === undefined)) return true;
  return financeAsks(node).some(
    (ask) => ask.amountEur !== undefined && ask.amountEur >= (range.minEur ?? 0) && ask.amountEur <= (range.maxEur ?? Number.POSITIVE_INFINITY),
  );
}

/**
 * The ranked introductions for a subject: eligible candidates only, best first, varied across
 * kinds, each with its reasons, the rules it passed, a confidence and who can introduce.
 */
export function suggestIntroductions(context: MatchContext, request: SuggestRequest): Suggestion[] {
  const options = scoreOptionsOf(request);
  const eligible = scoreCandidates(context, request).filter(
    ({ candidate, eligible, score }) =>
      eligible &&
      score > 0 &&
      (!request.kinds || request.kinds.length === 0 || request.kinds.includes(candidate.node.kind)) &&
      (!request.domains || request.domains.length === 0 || candidate.node.offers.some((domain) => request.domains?.includes(domain))) &&
      asksWithin(candidate.node, request.askBetween),
  );
  const decay = request.kinds?.length === 1 ? 1 : options.weights.diversityDecay;
  const ranked = diversify(
    eligible.map((scored) => ({ score: scored.score, kind: scored.candidate.node.kind, id: scored.candidateId, candidate: scored.candidate })),
    decay,
    request.limit,
  );
  return ranked.map(({ candidate }) => {
    const evaluation = evaluateCandidate(context, candidate, options);
    return {
      target: candidate.node,
      score: round(evaluation.score),
      confidence: confidenceOf(context.subject, candidate),
      reasons: evaluation.reasons().map((reason) => ({ ...reason, contribution: round(reason.contribution) })),
      eligibility: evaluation.rules.map(toRuleOutcome),
      warmWayIn: evaluation.proximity.warmWayIn(),
    };
  });
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

import type { EcosystemDomain, MatchContext, NodeKind, StakeholderNode } from '@koppel/domain';
import { financeAsks } from './profile-facts';
import { confidenceOf } from './confidence';
import { diversify } from './diversify';
import { evaluateCandidates, ScoringRequest } from './score-candidates';
import { withWeights } from './matching-weights';
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
  const weights = withWeights(request.weights);
  const wanted = context.candidates.length === 0 ? [] : evaluateCandidates(context, request);
  const eligible = wanted.filter(
    (evaluation) =>
      evaluation.eligible &&
      evaluation.score > 0 &&
      (!request.kinds || request.kinds.length === 0 || request.kinds.includes(evaluation.candidate.node.kind)) &&
      (!request.domains || request.domains.length === 0 || evaluation.candidate.node.offers.some((domain) => request.domains?.includes(domain))) &&
      asksWithin(evaluation.candidate.node, request.askBetween),
  );
  const decay = request.kinds?.length === 1 ? 1 : weights.diversityDecay;
  const ranked = diversify(
    eligible.map((evaluation) => ({ score: evaluation.score, kind: evaluation.candidate.node.kind, id: evaluation.candidate.node.id, evaluation })),
    decay,
    request.limit,
  );
  return ranked.map(({ evaluation }) => ({
    target: evaluation.candidate.node,
    score: round(evaluation.score),
    confidence: confidenceOf(context.subject, evaluation.candidate),
    reasons: evaluation.reasons.map((reason) => ({ ...reason, contribution: round(reason.contribution) })),
    eligibility: evaluation.rules,
    warmWayIn: evaluation.proximity.warmWayIn,
  }));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

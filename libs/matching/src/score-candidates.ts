import type { MatchCandidate, MatchContext } from '@koppel/domain';
import { ScoreOptions, scoreCandidate } from './evaluate-candidate';
import { MatchingWeights, withWeights } from './matching-weights';
import type { ScoredCandidate } from './suggestion';

export interface ScoringRequest {
  now: Date;
  weights?: Partial<MatchingWeights>;
  question?: string;
}

export function scoreOptionsOf(request: ScoringRequest): ScoreOptions {
  return { now: request.now, weights: withWeights(request.weights), question: request.question };
}

/**
 * Every candidate with its score (0 when not eligible). Keeps only the numbers: the full
 * evaluation of thousands of candidates, kept alive at once, costs more in garbage collection
 * than in scoring, so the few that are shown are evaluated again (evaluateCandidate) to explain
 * them; the two share every rule and feature, so they agree.
 */
export function scoreCandidates(context: MatchContext, request: ScoringRequest): (ScoredCandidate & { candidate: MatchCandidate })[] {
  const options = scoreOptionsOf(request);
  return context.candidates.map((candidate) => ({ candidate, candidateId: candidate.node.id, ...scoreCandidate(context, candidate, options) }));
}

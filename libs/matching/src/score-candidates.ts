import type { MatchContext } from '@koppel/domain';
import { CandidateEvaluation, evaluateCandidate } from './evaluate-candidate';
import { MatchingWeights, withWeights } from './matching-weights';
import type { ScoredCandidate } from './suggestion';

export interface ScoringRequest {
  now: Date;
  weights?: Partial<MatchingWeights>;
  question?: string;
}

/** Every candidate of a context evaluated, in the context's order. */
export function evaluateCandidates(context: MatchContext, request: ScoringRequest): CandidateEvaluation[] {
  const options = { now: request.now, weights: withWeights(request.weights), question: request.question };
  return context.candidates.map((candidate) => evaluateCandidate(context, candidate, options));
}

/** Every candidate with its score (0 when not eligible): what the evaluation ranks. */
export function scoreCandidates(context: MatchContext, request: ScoringRequest): ScoredCandidate[] {
  return evaluateCandidates(context, request).map((evaluation) => ({
    candidateId: evaluation.candidate.node.id,
    eligible: evaluation.eligible,
    score: evaluation.score,
    fit: evaluation.fit,
    proximity: evaluation.proximity.value,
  }));
}

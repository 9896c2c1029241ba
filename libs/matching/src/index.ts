export * from './suggestion';
export * from './matching-weights';
export * from './score-candidates';
export * from './suggest-introductions';
export { evaluateCandidate } from './evaluate-candidate';
export type { CandidateEvaluation, ScoreOptions } from './evaluate-candidate';
export * from './warm-paths/introduction-paths';
export type { Bridge } from './warm-paths/bridges';

import type { Evidence, ReasonKind, Sentence } from '../suggestion';

export interface Explanation {
  evidence: Evidence;
  sentence: Sentence;
}

/**
 * One fit feature of a pair, 0..1. Its explanation is worked out only for the suggestions that
 * are shown: thousands of candidates are scored per request, a handful are explained.
 */
export interface FitFeature {
  kind: ReasonKind;
  value: number;
  explain(): Explanation;
}

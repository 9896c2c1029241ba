import type { Evidence, ReasonKind, Sentence } from '../suggestion';

/** One fit feature of a pair, 0..1, with what it rests on. */
export interface FitFeature {
  kind: ReasonKind;
  value: number;
  evidence: Evidence;
  sentence: Sentence;
}

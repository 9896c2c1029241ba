import type { Introduction, MatchCandidate, SuggestionImpression } from '@koppel/domain';
import { sentence } from '../explanation/sentence';
import type { MatchingWeights } from '../matching-weights';
import type { FitFeature } from '../fit/fit-feature';

export interface HistoryFactor {
  /** Multiplies the score: below 1 discounts, above 1 lifts. */
  factor: number;
  features: FitFeature[];
}

/**
 * What happened before: a suggestion shown again and again without anyone asking is discounted;
 * a target whose introductions are accepted and bear fruit is lifted, one that declines is
 * lowered. Rates carry a Beta(1,1) prior, so one answer does not swing them.
 */
export function historyFactor(
  subjectId: string,
  candidate: MatchCandidate,
  impressions: readonly SuggestionImpression[],
  introductions: readonly Introduction[],
  weights: MatchingWeights,
): HistoryFactor {
  const features: FitFeature[] = [];
  const impression = impressions.find((shown) => shown.targetId === candidate.node.id);
  const asked = introductions.some((intro) => intro.requesterId === subjectId && intro.targetId === candidate.node.id);
  let factor = 1;
  if (impression && !asked && impression.timesShown > 0) {
    factor *= Math.pow(weights.ignoredDiscount, impression.timesShown);
    features.push({
      kind: 'IGNORED_BEFORE',
      value: impression.timesShown,
      explain: () => ({
        evidence: { count: impression.timesShown },
        sentence: sentence(
          `Al ${impression.timesShown} keer voorgesteld zonder dat er iets mee gedaan is.`,
          `Suggested ${impression.timesShown} times before without a request.`,
        ),
      }),
    });
  }
  const record = candidate.introductionRecord;
  const decided = record.accepted + record.declined;
  if (decided > 0) {
    const acceptRate = (record.accepted + 1) / (decided + 2);
    const fruitRate = (record.fruitful + 1) / (record.accepted + 2);
    const lift = 1 + weights.trackRecord * (acceptRate - 0.5) + (weights.trackRecord / 2) * (fruitRate - 0.5);
    factor *= lift;
    features.push({
      kind: 'TRACK_RECORD',
      value: lift,
      explain: () => ({
        evidence: { count: decided },
        sentence: sentence(
          `Van ${decided} eerdere introducties nam ${candidate.node.name} er ${record.accepted} aan; ${record.fruitful} leverden iets op.`,
          `Of ${decided} earlier introductions ${candidate.node.name} accepted ${record.accepted}; ${record.fruitful} bore fruit.`,
        ),
      }),
    });
  }
  return { factor, features };
}

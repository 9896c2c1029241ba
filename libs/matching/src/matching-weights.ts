/**
 * Every weight the engine uses, in one place, with the reason for its default. Change them here
 * (or pass overrides per call); `npm run eval:matching` shows what a change does to quality.
 */
export interface MatchingWeights {
  /**
   * Shares of the score: fit (profiles), graph proximity (who knows whom) and activity (how many
   * trust relationships the candidate has: a fund that funds often funds again). They sum to 1.
   */
  fit: number;
  proximity: number;
  activity: number;
  /** The number of trust relationships at which activity counts as full. */
  activitySaturation: number;
  /**
   * Reciprocity: 0 ranks by the subject's interest only, 1 by the target's only. At 0.5 both
   * must want it (a geometric mean): a fund that would never fund you is no entry point.
   */
  reciprocity: number;
  /** Fit features, relative to each other. */
  features: {
    needMet: number;
    themes: number;
    region: number;
    stage: number;
    financeAsk: number;
    marketFit: number;
    labels: number;
  };
  /**
   * Resource Allocation is summed over common neighbours and squashed into 0..1 with
   * 1 - exp(-ra / proximityScale); 0.05 is two medium ties through a neighbour of degree 10.
   */
  proximityScale: number;
  /** Each time a suggestion was shown and nothing was asked, it keeps this share of its score. */
  ignoredDiscount: number;
  /** How far a target's track record (accepted, fruitful) moves its score, either way. */
  trackRecord: number;
  /** Diversity: the n-th suggestion of a kind already in the list keeps diversityDecay^n of its score. */
  diversityDecay: number;
  /** Distance at which the region fit has halved, in km. */
  regionHalfDistanceKm: number;
}

export const DEFAULT_MATCHING_WEIGHTS: MatchingWeights = {
  fit: 0.6,
  proximity: 0.25,
  // Preferential attachment is the strongest single predictor of new ties in most networks; kept
  // small so it orders equally fitting candidates rather than outweighing fit.
  activity: 0.15,
  activitySaturation: 50,
  reciprocity: 0.5,
  features: {
    // What the subject lacks is the first reason to meet someone (the routekaart's six domains).
    needMet: 3,
    themes: 2,
    region: 1.5,
    stage: 1,
    // A concrete ask that fits a fund's tickets and instruments is strong evidence.
    financeAsk: 2,
    // A purchaser that buys what the enterprise sells, with an instrument that favours it.
    marketFit: 2.5,
    labels: 0.5,
  },
  proximityScale: 0.05,
  ignoredDiscount: 0.85,
  trackRecord: 0.4,
  diversityDecay: 0.8,
  regionHalfDistanceKm: 30,
};

export function withWeights(overrides?: Partial<MatchingWeights>): MatchingWeights {
  if (!overrides) return DEFAULT_MATCHING_WEIGHTS;
  return {
    ...DEFAULT_MATCHING_WEIGHTS,
    ...overrides,
    features: { ...DEFAULT_MATCHING_WEIGHTS.features, ...overrides.features },
  };
}

import type { MatchCandidate, MatchContext } from '@koppel/domain';
import { allPassed, checkEligibility } from './eligibility/check-eligibility';
import type { RuleCheck } from './eligibility/rule-check';
import { sentence } from './explanation/sentence';
import type { FitFeature } from './fit/fit-feature';
import { Interest, interestOf } from './fit/pair-features';
import { historyFactor } from './history/history-factor';
import type { MatchingWeights } from './matching-weights';
import { graphProximity, Proximity } from './proximity/graph-proximity';
import type { Reason } from './suggestion';

export interface ScoreOptions {
  /** Ties fade and cool-downs end relative to this moment. */
  now: Date;
  weights: MatchingWeights;
  /** A purchaser's procurement question, matched instead of its categories. */
  question?: string;
}

/** Everything the engine concluded about one candidate. */
export interface CandidateEvaluation {
  candidate: MatchCandidate;
  rules: RuleCheck[];
  eligible: boolean;
  subjectInterest: Interest;
  candidateInterest: Interest;
  /** Reciprocal fit: subjectInterest^(1-ρ) · candidateInterest^ρ. */
  fit: number;
  proximity: Proximity;
  historyFactor: number;
  /** 0 when not eligible. */
  score: number;
  /** The reasons, largest contribution first; worked out on demand (only shown suggestions need them). */
  reasons(): Reason[];
}

/** A contribution smaller than this is not worth a sentence. */
const NOTEWORTHY = 0.005;

/** A little weight for each side even when it has no data, so one empty profile does not zero the pair. */
const INTEREST_FLOOR = 0.05;

/**
 * Scores one candidate in the order: hard rules first; then fit in both directions
 * (reciprocity); graph proximity; history. Diversity comes later, over the whole list.
 */
export function evaluateCandidate(context: MatchContext, candidate: MatchCandidate, options: ScoreOptions): CandidateEvaluation {
  const { subject } = context;
  const { weights, now } = options;
  const rules = checkEligibility(subject, candidate, context.introductions, now, options.question);
  const eligible = allPassed(rules);
  const subjectInterest = interestOf(subject, candidate.node, weights, options.question);
  const candidateInterest = interestOf(candidate.node, subject, weights, options.question);
  const fit = reciprocalFit(subjectInterest.value, candidateInterest.value, weights);
  const proximity = graphProximity(candidate, context.intermediaries, now, weights.proximityScale);
  const history = historyFactor(subject.id, candidate, context.impressions, context.introductions, weights);
  const active = activity(candidate, weights);
  const base = weights.fit * fit + weights.proximity * proximity.value + weights.activity * active;
  const score = eligible ? base * history.factor : 0;
  return {
    candidate,
    rules,
    eligible,
    subjectInterest,
    candidateInterest,
    fit,
    proximity,
    historyFactor: history.factor,
    score,
    reasons: () => reasonsOf(subjectInterest, candidateInterest, fit, proximity, activityFeature(candidate, active), history.features, base, score, weights),
  };
}

/** The numbers only, for ranking thousands: an ineligible candidate is not weighed further. */
export function scoreCandidate(
  context: MatchContext,
  candidate: MatchCandidate,
  options: ScoreOptions,
): { eligible: boolean; score: number; fit: number; proximity: number } {
  const { subject } = context;
  const { weights, now } = options;
  if (!allPassed(checkEligibility(subject, candidate, context.introductions, now, options.question))) {
    return { eligible: false, score: 0, fit: 0, proximity: 0 };
  }
  const fit = reciprocalFit(
    interestOf(subject, candidate.node, weights, options.question).value,
    interestOf(candidate.node, subject, weights, options.question).value,
    weights,
  );
  const proximity = graphProximity(candidate, context.intermediaries, now, weights.proximityScale).value;
  const history = historyFactor(subject.id, candidate, context.impressions, context.introductions, weights);
  const base = weights.fit * fit + weights.proximity * proximity + weights.activity * activity(candidate, weights);
  return { eligible: true, score: base * history.factor, fit, proximity };
}

/** subjectInterest^(1-ρ) · candidateInterest^ρ: both sides must want it. */
function reciprocalFit(subjectInterest: number, candidateInterest: number, weights: MatchingWeights): number {
  return (
    Math.pow(Math.max(INTEREST_FLOOR, subjectInterest), 1 - weights.reciprocity) *
    Math.pow(Math.max(INTEREST_FLOOR, candidateInterest), weights.reciprocity)
  );
}

/** 0..1: log-scaled trust degree, full at `activitySaturation` relationships. */
function activity(candidate: MatchCandidate, weights: MatchingWeights): number {
  return Math.min(1, Math.log1p(candidate.degree) / Math.log1p(weights.activitySaturation));
}

function activityFeature(candidate: MatchCandidate, value: number): FitFeature | null {
  if (candidate.degree === 0) return null;
  return {
    kind: 'ACTIVE',
    value,
    explain: () => ({
      evidence: { count: candidate.degree },
      sentence: sentence(
        `${candidate.node.name} is actief in het netwerk: ${candidate.degree} relaties.`,
        `${candidate.node.name} is active in the network: ${candidate.degree} relationships.`,
      ),
    }),
  };
}

/**
 * Apportions the score over its reasons: the fit part in proportion to each feature's weighted
 * value on the subject's side, the reciprocity part as the gap the other side's interest made,
 * proximity as its share, history as the change its factor made. They add up to the score.
 */
function reasonsOf(
  subjectInterest: Interest,
  candidateInterest: Interest,
  fit: number,
  proximity: Proximity,
  active: FitFeature | null,
  historyFeatures: FitFeature[],
  base: number,
  score: number,
  weights: MatchingWeights,
): Reason[] {
  const reasons: Reason[] = [];
  const reason = (feature: FitFeature, contribution: number): Reason => ({ kind: feature.kind, contribution, ...feature.explain() });
  const mass = subjectInterest.features.reduce((sum, f) => sum + (subjectInterest.weights[f.kind] ?? 0) * f.value, 0);
  const subjectFitPart = weights.fit * subjectInterest.value;
  for (const feature of subjectInterest.features) {
    if (feature.value <= 0 || mass === 0) continue;
    reasons.push(reason(feature, (subjectFitPart * (subjectInterest.weights[feature.kind] ?? 0) * feature.value) / mass));
  }
  const reciprocity = weights.fit * fit - subjectFitPart;
  if (Math.abs(reciprocity) >= NOTEWORTHY) {
    const percent = Math.round(candidateInterest.value * 100);
    reasons.push({
      kind: 'RECIPROCITY',
      contribution: reciprocity,
      evidence: {},
      sentence: sentence(`Andersom past het ook: ${percent}% van wat de ander zoekt.`, `It fits the other way too: ${percent}% of what the other side looks for.`),
    });
  }
  if (proximity.feature) reasons.push(reason(proximity.feature, weights.proximity * proximity.value));
  if (active && weights.activity * active.value >= NOTEWORTHY) reasons.push(reason(active, weights.activity * active.value));
  for (const feature of historyFeatures) reasons.push(reason(feature, (score - base) / historyFeatures.length));
  return reasons.sort((a, b) => b.contribution - a.contribution);
}

import type { StakeholderNode } from '@koppel/domain';
import type { MatchingWeights } from '../matching-weights';
import type { ReasonKind } from '../suggestion';
import { financeAskFit } from './finance-ask-fit';
import type { FitFeature } from './fit-feature';
import { labelsFit } from './labels-fit';
import { marketFit } from './market-fit';
import { needMet } from './need-met';
import { regionFit } from './region-fit';
import { sharedThemes } from './shared-themes';
import { stageFit } from './stage-fit';

/** The fit features of a pair, for one side's interest in the other. */
export interface Interest {
  /** Weighted mean of the features that side cares about, 0..1. */
  value: number;
  features: FitFeature[];
  /** Weight of each feature, by kind, for apportioning contributions. */
  weights: Partial<Record<ReasonKind, number>>;
}

/** What each kind of seeker weighs: an enterprise its needs, a fund its thesis, a buyer what it buys. */
/** The features read off two profiles (the rest of the reasons come from the graph and history). */
type ProfileFeatureKind = 'NEED_MET' | 'SHARED_THEMES' | 'REGION' | 'STAGE' | 'FINANCE_ASK' | 'MARKET_FIT' | 'LABELS';

const CARES_ABOUT: Record<StakeholderNode['kind'], readonly ProfileFeatureKind[]> = {
  Entrepreneur: ['NEED_MET', 'SHARED_THEMES', 'REGION', 'STAGE', 'FINANCE_ASK', 'MARKET_FIT'],
  Fund: ['NEED_MET', 'SHARED_THEMES', 'REGION', 'STAGE', 'FINANCE_ASK', 'LABELS'],
  Purchaser: ['MARKET_FIT', 'SHARED_THEMES', 'REGION', 'LABELS'],
  Network: ['NEED_MET', 'SHARED_THEMES', 'REGION'],
  SupportProgramme: ['NEED_MET', 'SHARED_THEMES', 'REGION', 'STAGE'],
  KnowledgeInstitution: ['NEED_MET', 'SHARED_THEMES', 'REGION'],
  Municipality: ['NEED_MET', 'SHARED_THEMES', 'REGION', 'MARKET_FIT'],
  Province: ['NEED_MET', 'SHARED_THEMES', 'REGION'],
  Person: ['SHARED_THEMES', 'REGION'],
  Event: ['SHARED_THEMES', 'REGION'],
};

const FEATURE_WEIGHT: Record<ProfileFeatureKind, keyof MatchingWeights['features']> = {
  NEED_MET: 'needMet',
  SHARED_THEMES: 'themes',
  REGION: 'region',
  STAGE: 'stage',
  FINANCE_ASK: 'financeAsk',
  MARKET_FIT: 'marketFit',
  LABELS: 'labels',
};

type FeatureOf = (seeker: StakeholderNode, other: StakeholderNode, weights: MatchingWeights, question?: string) => FitFeature | null;

const FEATURES: Record<ProfileFeatureKind, FeatureOf> = {
  NEED_MET: (seeker, other) => (seeker.kind === 'Entrepreneur' ? needMet(seeker, other) : needMet(other, seeker)),
  SHARED_THEMES: (seeker, other) => sharedThemes(seeker, other),
  REGION: (seeker, other, weights) => regionFit(seeker, other, weights.regionHalfDistanceKm),
  STAGE: (seeker, other) => stageFit(seeker, other),
  FINANCE_ASK: (seeker, other) => financeAskFit(seeker, other),
  MARKET_FIT: (seeker, other, _weights, question) => marketFit(seeker, other, question),
  LABELS: (seeker, other) => labelsFit(seeker, other),
};

/**
 * How much `seeker` would want `other`. Needs are read from whichever side is the enterprise:
 * an enterprise wants those who offer what it needs, a provider wants enterprises that need
 * what it offers.
 */
export function interestOf(
  seeker: StakeholderNode,
  other: StakeholderNode,
  weights: MatchingWeights,
  question?: string,
): Interest {
  const features: FitFeature[] = [];
  const featureWeights: Partial<Record<ReasonKind, number>> = {};
  let total = 0;
  let sum = 0;
  for (const kind of CARES_ABOUT[seeker.kind]) {
    const feature = FEATURES[kind](seeker, other, weights, question);
    if (!feature) continue;
    features.push(feature);
    const weight = weights.features[FEATURE_WEIGHT[kind]];
    featureWeights[feature.kind] = weight;
    total += weight;
    sum += weight * feature.value;
  }
  return { value: total === 0 ? 0 : sum / total, features, weights: featureWeights };
}

import type { EcosystemDomain, NodeSummary, StakeholderNode, Theme } from '@koppel/domain';

/** A sentence in the two languages Koppel speaks. */
export interface Sentence {
  nl: string;
  en: string;
}

export const ELIGIBILITY_RULES = [
  'VISIBLE_FOR_MATCHMAKING',
  'NOT_ALREADY_CONNECTED',
  'NO_OPEN_OR_RECENT_INTRODUCTION',
  'FUND_OPEN_FOR_APPLICATIONS',
  'FUND_SOCIAL_ONLY',
  'FUND_REGION',
  'FUND_STAGE',
  'FUND_TICKET_SIZE',
  'PURCHASER_REGION',
  'PURCHASER_CATEGORY',
  'ORGANISATION_REACH',
  'OWN_MUNICIPALITY',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

/** One hard rule, checked for one pair. */
export interface RuleOutcome {
  rule: EligibilityRule;
  passed: boolean;
  sentence: Sentence;
}

export const REASON_KINDS = [
  'NEED_MET',
  'SHARED_THEMES',
  'REGION',
  'STAGE',
  'FINANCE_ASK',
  'MARKET_FIT',
  'LABELS',
  'WARM_PATH',
  'ACTIVE',
  'RECIPROCITY',
  'TRACK_RECORD',
  'IGNORED_BEFORE',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** What a reason rests on, so a user can check it. */
export interface Evidence {
  themes?: Theme[];
  sdgs?: number[];
  domains?: EcosystemDomain[];
  /** Who could introduce: common neighbours, strongest tie first. */
  intermediaries?: NodeSummary[];
  distanceKm?: number;
  amountEur?: number;
  categories?: string[];
  labels?: string[];
  instruments?: string[];
  count?: number;
}

export interface Reason {
  kind: ReasonKind;
  /** What this reason added to (or, when negative, took from) the score. */
  contribution: number;
  evidence: Evidence;
  sentence: Sentence;
}

export type ConfidenceLevel = 'HIGH' | 'MEDIUM' | 'LOW';

/** How far to trust a suggestion, apart from how good it looks: complete data, sure relationships. */
export interface Confidence {
  value: number;
  level: ConfidenceLevel;
  sentence: Sentence;
}

/** The warm way in: who to ask first. */
export interface WarmWayIn {
  via: NodeSummary;
  /** The weaker of the two ties through `via`, faded by age, 0..1. */
  strength: number;
  sentence: Sentence;
}

export interface Suggestion {
  target: StakeholderNode;
  /** 0..1, the ranking key. */
  score: number;
  confidence: Confidence;
  /** Largest contribution first. */
  reasons: Reason[];
  /** Every hard rule checked for this pair, all passed (else it would not be suggested). */
  eligibility: RuleOutcome[];
  warmWayIn: WarmWayIn | null;
}

/** Every candidate scored, eligible or not: for evaluation and for "why not X?". */
export interface ScoredCandidate {
  candidateId: string;
  eligible: boolean;
  /** 0 when not eligible. */
  score: number;
  fit: number;
  proximity: number;
}

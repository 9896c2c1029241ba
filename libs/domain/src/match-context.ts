import type { EnterpriseKind, Stage } from './enterprise-profile';
import type { Introduction } from './introduction';
import type { Province } from './municipalities';
import type { NodeKind } from './node-kinds';
import type { RelationshipType } from './relationship-types';
import type { Visibility } from './relationship.schema';
import type { StakeholderNode } from './stakeholder';
import type { Theme } from './themes';

/**
 * What a store hands to the matching engine for one subject: the subject, the candidates with
 * the graph-side features that are cheap where the data lives, and the history of the subject's
 * introductions. The engine (libs/matching) scores from this alone, whichever store made it.
 */

/**
 * Relationships along which someone can vouch for someone: a warm introduction runs over these.
 * Not LOCATED_IN or PART_OF (a municipality does not know everyone in it), not ORGANISED or
 * ATTENDED (being at the same event is not knowing each other).
 */
export const TRUST_RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'KNOWS',
  'WORKS_FOR',
  'MEMBER_OF',
  'PARTNERS_WITH',
  'SUPPORTED_BY',
  'FUNDED',
  'BOUGHT_FROM',
];

/**
 * Intermediaries with more trust relationships than this are left out of common neighbours: a
 * hub's share in Resource Allocation is below 1/500 anyway, and a network of 500 members is no
 * warm path; leaving them out keeps the context small on large graphs.
 */
export const MAX_INTERMEDIARY_DEGREE = 500;

/**
 * At most this many candidates of each kind per request, so a context stays small on the
 * largest graphs. Per kind, so that thousands of peer entrepreneurs never crowd out the funds,
 * the purchasers or the subject's own municipality.
 */
export const MAX_MATCH_CANDIDATES = 1000;

export interface MatchContextRequest {
  subjectId: string;
  /** The kinds of candidate wanted. */
  candidateKinds: readonly NodeKind[];
  /** Narrow the candidates where the store can do it with an index (scouting filters). */
  candidateFilter?: CandidateFilter;
  /** The relationships that may be used (and shown) as evidence; the caller's visibility. */
  visibilities: readonly Visibility[];
  /** Per kind; default MAX_MATCH_CANDIDATES. */
  maxCandidates?: number;
  /**
   * Only candidates whose reach overlaps the subject's. A node's reach is the provinces it names
   * in `regions`; else the province it is based in; else all three (a national fund, a person
   * without a place). Entry points work where the entrepreneur is; a fund scouts where it works.
   */
  sameReach?: boolean;
}

export interface CandidateFilter {
  theme?: Theme;
  province?: Province;
  stage?: Stage;
  enterpriseKind?: EnterpriseKind;
}

/** One end of a trust relationship as matching needs it: how strong, how recent, how sure. */
export interface TieFacts {
  type: RelationshipType;
  strength?: number;
  lastActiveAt?: string;
  confidence: number;
  /** FUNDED, BOUGHT_FROM, MEMBER_OF: the year it happened. */
  year?: number;
}

/**
 * A trust relationship as a search for warm paths weighs it: its identity and ends beside the
 * tie facts, without the descriptive fields and provenance a reader of the answer sees. A store
 * can keep these compactly for a whole graph; the few on the chosen paths are read in full.
 */
export interface TieBetween extends TieFacts {
  /** The relationship's id (relationshipId). */
  id: string;
  from: string;
  to: string;
  key?: string;
}

/** Someone both the subject and a candidate have a trust relationship with. */
export interface CommonNeighbour {
  id: string;
  /** Their number of trust relationships (within the visibilities asked). */
  degree: number;
  subjectTie: TieFacts;
  candidateTie: TieFacts;
}

/** How introductions to this candidate went, over all requesters: the target's track record. */
export interface TargetIntroductionRecord {
  requested: number;
  accepted: number;
  declined: number;
  /** Outcomes FUNDING, PURCHASE or COLLABORATION. */
  fruitful: number;
}

export interface MatchCandidate {
  node: StakeholderNode;
  /** Number of trust relationships (within the visibilities asked): the popularity baseline. */
  degree: number;
  /** Trust relationships directly between subject and candidate, either direction. */
  directTies: TieFacts[];
  commonNeighbours: CommonNeighbour[];
  introductionRecord: TargetIntroductionRecord;
}

/** How often a suggestion was shown to the subject, and when last. */
export interface SuggestionImpression {
  targetId: string;
  timesShown: number;
  lastShownAt: string;
}

/** A node named as evidence (an intermediary): enough to name it, nothing personal. */
export interface NodeSummary {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface MatchContext {
  subject: StakeholderNode;
  /** Of the kinds asked, visible for matchmaking, not the subject, in id order. */
  candidates: MatchCandidate[];
  /** The common neighbours named in candidates, by id. */
  intermediaries: Record<string, NodeSummary>;
  /** Every introduction the subject requested or received. */
  introductions: Introduction[];
  impressions: SuggestionImpression[];
  /** True when more candidates of some kind qualified than maxCandidates and the rest were left out. */
  truncated: boolean;
}

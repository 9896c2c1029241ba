import type { NodeKind } from '@koppel/domain';

/**
 * The suggestion shapes the web app reads from the GraphQL API (see suggestion-queries.ts): just
 * the fields the detail panel shows. They mirror the schema's `Suggestion` type; libs/matching is
 * not a web dependency, so its types are not imported here.
 */

/** `ConfidenceLevel` in the schema. */
export type ConfidenceLevel = 'HIGH' | 'MEDIUM' | 'LOW';

/** `NodeSummary`: enough to name a node and find it in the graph. */
export interface NodeSummary {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface SuggestionReason {
  /** `ReasonKind` in the schema, e.g. `SHARED_THEMES`. */
  kind: string;
  /** What the reason added to the score; negative when it took away. */
  contribution: number;
  sentence: { nl: string };
}

export interface Suggestion {
  target: NodeSummary;
  /** 0 to 1: the ranking key. */
  score: number;
  confidence: { level: ConfidenceLevel; sentence: { nl: string } };
  /** Largest contribution first. */
  reasons: SuggestionReason[];
  /** Null when nobody known to both can introduce. */
  warmWayIn: { via: NodeSummary; sentence: { nl: string } } | null;
}

/** `SuggestionList`, as far as the panel reads it. */
export interface SuggestionList {
  suggestions: Suggestion[];
}

/** The kinds whose detail panel shows suggestions, each from its own query. */
export type SuggestingKind = Extract<NodeKind, 'Entrepreneur' | 'Fund' | 'Purchaser' | 'Network'>;

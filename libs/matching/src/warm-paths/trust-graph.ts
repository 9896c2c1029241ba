import { TieBetween, TRUST_RELATIONSHIP_TYPES, ValidRelationship } from '@koppel/domain';
import { tieWeight } from '../proximity/tie-weight';

/** Below this confidence a relationship is not trusted to carry an introduction. */
export const MIN_TRUSTED_CONFIDENCE = 0.5;

/** One step of the trust graph; `relationship` is whatever the search was given: lean ties or full relationships. */
export interface TrustEdge<T extends TieBetween = ValidRelationship> {
  to: string;
  relationship: T;
  /** Faded strength times confidence, 0..1. */
  weight: number;
}

/**
 * The undirected graph of trusted relationships: only trust types, sure enough, with a weight.
 * Direction does not matter for an introduction: if A knows B, B can introduce A.
 */
export function trustGraph<T extends TieBetween>(relationships: readonly T[], now: Date): Map<string, TrustEdge<T>[]> {
  const adjacency = new Map<string, TrustEdge<T>[]>();
  const add = (from: string, edge: TrustEdge<T>) => {
    const edges = adjacency.get(from);
    if (edges) edges.push(edge);
    else adjacency.set(from, [edge]);
  };
  for (const relationship of relationships) {
    if (!TRUST_RELATIONSHIP_TYPES.includes(relationship.type) || relationship.confidence < MIN_TRUSTED_CONFIDENCE) continue;
    const weight = tieWeight(relationship, now);
    if (weight <= 0) continue;
    add(relationship.from, { to: relationship.to, relationship, weight });
    add(relationship.to, { to: relationship.from, relationship, weight });
  }
  return adjacency;
}

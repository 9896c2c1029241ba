import type { ValidRelationship } from '@koppel/domain';
import type { NeighbourhoodOptions, RelationshipScope } from './graph-store.port';

/** One hop of a store: every relationship within the scope that touches one of `ids`. */
export type RelationshipsTouching = (ids: readonly string[], scope: RelationshipScope) => Promise<ValidRelationship[]>;

export interface WalkResult {
  /** Node ids, nearest first; ties in id order, so every store answers alike. */
  nodeIds: string[];
  relationships: ValidRelationship[];
  truncated: boolean;
}

/**
 * Breadth-first walk, ignoring direction, one store round trip per hop. Both adapters use it
 * so that "the neighbourhood" means exactly the same thing whichever store answers.
 */
export async function walkNeighbourhood(
  startId: string,
  options: NeighbourhoodOptions,
  relationshipsTouching: RelationshipsTouching,
): Promise<WalkResult> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const distance = new Map<string, number>([[startId, 0]]);
  const seenRelationships = new Map<string, ValidRelationship>();
  let frontier = [startId];
  let truncated = false;

  for (let hop = 1; hop <= options.depth && frontier.length > 0; hop++) {
    const found = await relationshipsTouching(frontier, options);
    const next = new Set<string>();
    for (const rel of found) {
      seenRelationships.set(rel.id, rel);
      for (const end of [rel.from, rel.to]) {
        if (!distance.has(end)) next.add(end);
      }
    }
    const ordered = [...next].sort();
    const room = limit - distance.size;
    if (ordered.length > room) {
      truncated = true;
      ordered.length = Math.max(0, room);
    }
    for (const id of ordered) distance.set(id, hop);
    frontier = truncated ? [] : ordered;
  }

  const relationships = [...seenRelationships.values()]
    .filter((rel) => distance.has(rel.from) && distance.has(rel.to))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodeIds: [...distance.keys()], relationships, truncated };
}

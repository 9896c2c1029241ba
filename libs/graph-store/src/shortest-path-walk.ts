import type { ValidRelationship } from '@koppel/domain';
import type { PathOptions } from './graph-store.port';
import type { RelationshipsTouching } from './neighbourhood-walk';

export interface FoundPath {
  nodeIds: string[];
  relationships: ValidRelationship[];
}

/**
 * Breadth-first search from `fromId`, ignoring direction, one round trip per hop, stopping at
 * `maxHops`. Frontiers and edges are visited in id order, so among equally short paths the
 * same one is found every time.
 */
export async function shortestPathBreadthFirst(
  fromId: string,
  toId: string,
  options: PathOptions,
  relationshipsTouching: RelationshipsTouching,
): Promise<FoundPath | null> {
  if (fromId === toId) return { nodeIds: [fromId], relationships: [] };
  const reachedBy = new Map<string, ValidRelationship | null>([[fromId, null]]);
  let frontier = [fromId];

  for (let hop = 1; hop <= options.maxHops && frontier.length > 0; hop++) {
    const found = (await relationshipsTouching(frontier, options)).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const inFrontier = new Set(frontier);
    const next: string[] = [];
    for (const rel of found) {
      for (const [near, far] of [
        [rel.from, rel.to],
        [rel.to, rel.from],
      ]) {
        if (inFrontier.has(near) && !reachedBy.has(far)) {
          reachedBy.set(far, rel);
          next.push(far);
        }
      }
    }
    if (reachedBy.has(toId)) return tracePath(toId, reachedBy);
    frontier = next.sort();
  }
  return null;
}

function tracePath(toId: string, reachedBy: Map<string, ValidRelationship | null>): FoundPath {
  const nodeIds = [toId];
  const relationships: ValidRelationship[] = [];
  let current = toId;
  for (let rel = reachedBy.get(current); rel; rel = reachedBy.get(current)) {
    relationships.unshift(rel);
    current = rel.from === current ? rel.to : rel.from;
    nodeIds.unshift(current);
  }
  return { nodeIds, relationships };
}

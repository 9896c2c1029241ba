import { TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { describeWarmPaths, findWarmPaths, IntroductionPaths } from '@koppel/matching';
import { ANONYMOUS_VISIBILITIES } from '../../apps/api/src/matching/matching-queries';

const PATH_NEIGHBOURHOOD_LIMIT = 5000;

/**
 * The warm path as MatchingQueries answered it before GraphStore.relationshipsBetween: the
 * neighbourhoods of both ends (half the hops each, every relationship of every node on the way,
 * hubs included) joined and searched. Kept only as the bench's baseline, for an A/B in one run.
 */
export async function introductionPathByNeighbourhoods(
  store: GraphStore,
  fromId: string,
  toId: string,
  maxHops: number,
  maxPaths: number,
): Promise<IntroductionPaths> {
  const scope = { visibilities: ANONYMOUS_VISIBILITIES, limit: PATH_NEIGHBOURHOOD_LIMIT, withNodes: false } as const;
  const [around, aroundTarget] = await Promise.all([
    store.neighbourhood(fromId, { ...scope, depth: Math.ceil(maxHops / 2), types: TRUST_RELATIONSHIP_TYPES }),
    store.neighbourhood(toId, { ...scope, depth: Math.max(1, Math.floor(maxHops / 2)), types: TRUST_RELATIONSHIP_TYPES }),
  ]);
  const relationships = [...around.relationships, ...aroundTarget.relationships];
  const request = { fromId, toId, maxHops, maxPaths, now: new Date() };
  let found = findWarmPaths(relationships, request);
  if (found.paths.length === 0) {
    const events = await store.findRelationships({ nodeIds: [toId], types: ['ATTENDED', 'ORGANISED'], visibilities: ANONYMOUS_VISIBILITIES }, { first: 100 });
    relationships.push(...events.items);
    found = findWarmPaths(relationships, request);
  }
  return describeWarmPaths(found, { nodes: await store.getNodes(found.nodeIds), relationships }, request);
}

import { MAX_INTERMEDIARY_DEGREE, TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { describeWarmPaths, findWarmPaths, IntroductionPaths } from '@koppel/matching';
import { ANONYMOUS_VISIBILITIES } from '../../apps/api/src/matching/matching-queries';

const BRIDGE_READ_LIMIT = 100;

/**
 * The warm path as MatchingQueries answered it before GraphStore.trustTiesBetween: every trust
 * relationship on the walks between the ends read from the database, in full, by
 * relationshipsBetween (met in the middle, hubs left out), then searched. Kept only as the
 * bench's baseline, for an A/B in one run.
 */
export async function introductionPathByRelationshipsBetween(
  store: GraphStore,
  fromId: string,
  toId: string,
  maxHops: number,
  maxPaths: number,
): Promise<IntroductionPaths> {
  const relationships = await store.relationshipsBetween(fromId, toId, {
    maxHops,
    types: TRUST_RELATIONSHIP_TYPES,
    visibilities: ANONYMOUS_VISIBILITIES,
    maxIntermediaryDegree: MAX_INTERMEDIARY_DEGREE,
  });
  const request = { fromId, toId, maxHops, maxPaths, now: new Date() };
  let found = findWarmPaths(relationships, request);
  if (found.paths.length === 0) {
    const scope = { nodeIds: [toId], visibilities: ANONYMOUS_VISIBILITIES };
    const [networks, events] = await Promise.all([
      store.findRelationships({ ...scope, types: ['MEMBER_OF'] }, { first: BRIDGE_READ_LIMIT }),
      store.findRelationships({ ...scope, types: ['ATTENDED', 'ORGANISED'] }, { first: BRIDGE_READ_LIMIT }),
    ]);
    relationships.push(...networks.items, ...events.items);
    found = findWarmPaths(relationships, request);
  }
  return describeWarmPaths(found, { nodes: await store.getNodes(found.nodeIds), relationships }, request);
}

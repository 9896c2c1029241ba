import type { TieBetween } from '@koppel/domain';
import type { GraphStore, TieChoice, TiesBetweenOptions, TiesWithDetails } from './graph-store.port';
import { checkRelationshipIdentities } from './request-limits';

/**
 * trustTiesWithDetails one read after the other: the ties, the choice, then the relationships
 * and nodes chosen. What the embedded store does (its reads are in process), and what the Neo4j
 * store falls back to when what it keeps of the trust graph is not current.
 */
export async function trustTiesThenDetails<C extends TieChoice>(
  store: Pick<GraphStore, 'trustTiesBetween' | 'getRelationships' | 'getNodes'>,
  fromId: string,
  toId: string,
  options: TiesBetweenOptions,
  choose: (ties: TieBetween[]) => C,
): Promise<TiesWithDetails<C>> {
  const choice = choose(await store.trustTiesBetween(fromId, toId, options));
  checkRelationshipIdentities(choice.relationships);
  const [relationships, nodes] = await Promise.all([
    choice.relationships.length > 0 ? store.getRelationships(choice.relationships) : [],
    choice.nodeIds.length > 0 ? store.getNodes(choice.nodeIds) : [],
  ]);
  return { choice, relationships, nodes };
}

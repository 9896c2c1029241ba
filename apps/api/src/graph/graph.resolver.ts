import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ValidationError, ValidRelationship } from '@koppel/domain';
import { GraphPath as StorePath, GraphStore, MAX_PAGE_SIZE, relationshipSortKey, Subgraph as StoreSubgraph } from '@koppel/graph-store';
import { Connection, toConnection } from '../graphql/connection';
import { GRAPH_STORE } from '../store/graph-store.token';
import { NeighbourhoodArgs, RelationshipsArgs, ShortestPathArgs } from './dto/graph-walk.args';
import { RelationshipConnection } from './models/relationship.model';
import { GraphPath, Subgraph } from './models/subgraph.model';

/** Each id is one more lookup in the store: a filter names a page's worth at most. */
const MAX_FILTER_NODE_IDS = MAX_PAGE_SIZE;

/**
 * Until accounts and roles exist, every caller is anonymous, and an anonymous caller sees and
 * walks only PUBLIC relationships.
 */
const ANONYMOUS_SCOPE = { visibilities: ['PUBLIC'] } as const;

/** Reads of the graph's structure: relationships, neighbourhoods and paths. */
@Resolver()
export class GraphResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  @Query(() => RelationshipConnection, { description: 'Relationships matching the filter, ordered by id.' })
  async relationships(@Args() { filter, first, after }: RelationshipsArgs): Promise<Connection<ValidRelationship>> {
    if (filter?.nodeIds && filter.nodeIds.length > MAX_FILTER_NODE_IDS) {
      throw new ValidationError([{ field: 'filter.nodeIds', reason: `must name at most ${MAX_FILTER_NODE_IDS} nodes` }]);
    }
    return toConnection(await this.store.findRelationships({ ...filter, ...ANONYMOUS_SCOPE }, { first, after }), relationshipSortKey);
  }

  @Query(() => Subgraph, { description: 'Everything within `depth` hops of a node. NOT_FOUND for an unknown id.' })
  neighbourhood(@Args() { id, depth, types, limit }: NeighbourhoodArgs): Promise<StoreSubgraph> {
    return this.store.neighbourhood(id, { depth, types, limit, ...ANONYMOUS_SCOPE });
  }

  @Query(() => GraphPath, { nullable: true, description: 'A shortest path between two nodes; null when none.' })
  shortestPath(@Args() { from, to, maxHops, types }: ShortestPathArgs): Promise<StorePath | null> {
    return this.store.shortestPath(from, to, { maxHops, types, ...ANONYMOUS_SCOPE });
  }
}

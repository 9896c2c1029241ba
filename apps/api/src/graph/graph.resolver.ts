import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ValidationError, type ValidRelationship, type Viewer } from '@koppel/domain';
import { GraphPath as StorePath, GraphStore, MAX_PAGE_SIZE, relationshipSortKey, Subgraph as StoreSubgraph } from '@koppel/graph-store';
import { Connection, toConnection } from '../graphql/connection';
import { ViewerIfAny } from '../privacy/signed-in-viewer';
import { ViewerAccess } from '../privacy/viewer-access.service';
import { GRAPH_STORE } from '../store/graph-store.token';
import { NeighbourhoodArgs, RelationshipsArgs, ShortestPathArgs } from './dto/graph-walk.args';
import { RelationshipConnection } from './models/relationship.model';
import { GraphPath, Subgraph } from './models/subgraph.model';

/** Each id is one more lookup in the store: a filter names a page's worth at most. */
const MAX_FILTER_NODE_IDS = MAX_PAGE_SIZE;

/**
 * Reads of the graph's structure: relationships, neighbourhoods and paths. Each lists and walks
 * only the relationships the viewer may see (relationship-visibility.ts in libs/domain): the
 * store applies the scope, so paging, counts and paths never rest on a hidden tie.
 */
@Resolver()
export class GraphResolver {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly access: ViewerAccess,
  ) {}

  @Query(() => RelationshipConnection, { description: 'Relationships matching the filter, ordered by id.' })
  async relationships(@Args() { filter, first, after }: RelationshipsArgs, @ViewerIfAny() viewer: Viewer | undefined): Promise<Connection<ValidRelationship>> {
    if (filter?.nodeIds && filter.nodeIds.length > MAX_FILTER_NODE_IDS) {
      throw new ValidationError([{ field: 'filter.nodeIds', reason: `must name at most ${MAX_FILTER_NODE_IDS} nodes` }]);
    }
    const scope = this.access.relationshipScope(viewer);
    return toConnection(await this.store.findRelationships({ ...filter, ...scope }, { first, after }), relationshipSortKey);
  }

  @Query(() => Subgraph, { description: 'Everything within `depth` hops of a node. NOT_FOUND for an unknown id.' })
  neighbourhood(@Args() { id, depth, types, limit }: NeighbourhoodArgs, @ViewerIfAny() viewer: Viewer | undefined): Promise<StoreSubgraph> {
    return this.store.neighbourhood(id, { depth, types, limit, ...this.access.relationshipScope(viewer) });
  }

  @Query(() => GraphPath, { nullable: true, description: 'A shortest path between two nodes; null when none.' })
  shortestPath(@Args() { from, to, maxHops, types }: ShortestPathArgs, @ViewerIfAny() viewer: Viewer | undefined): Promise<StorePath | null> {
    return this.store.shortestPath(from, to, { maxHops, types, ...this.access.relationshipScope(viewer) });
  }
}

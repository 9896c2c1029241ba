import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { ValidRelationship, Viewer } from '@koppel/domain';
import { GraphPath as StorePath, GraphStore, relationshipSortKey, Subgraph as StoreSubgraph } from '@koppel/graph-store';
import { Connection, toConnection } from '../graphql/connection';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { visibleTo } from '../relations/relationship-scope';
import { GRAPH_STORE } from '../store/graph-store.token';
import { NeighbourhoodArgs, RelationshipsArgs, ShortestPathArgs } from './dto/graph-walk.args';
import { RelationshipConnection } from './models/relationship.model';
import { GraphPath, Subgraph } from './models/subgraph.model';

/**
 * Reads of the graph's structure: relationships, neighbourhoods and paths, over the
 * relationships the viewer may see (visibleTo: coordinators all, others the PUBLIC ones), the
 * same rule the relationship fields of the node types follow.
 */
@Resolver()
export class GraphResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  @Query(() => RelationshipConnection, { description: 'Relationships matching the filter, ordered by id.' })
  async relationships(
    @Args() { filter, first, after }: RelationshipsArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Connection<ValidRelationship>> {
    const page = await this.store.findRelationships({ ...filter, visibilities: visibleTo(viewer) }, { first, after });
    return toConnection(page, relationshipSortKey);
  }

  @Query(() => Subgraph, { description: 'Everything within `depth` hops of a node. NOT_FOUND for an unknown id.' })
  neighbourhood(@Args() { id, depth, types, limit }: NeighbourhoodArgs, @CurrentViewer() viewer: Viewer): Promise<StoreSubgraph> {
    return this.store.neighbourhood(id, { depth, types, limit, visibilities: visibleTo(viewer) });
  }

  @Query(() => GraphPath, { nullable: true, description: 'A shortest path between two nodes; null when none.' })
  shortestPath(@Args() { from, to, maxHops, types }: ShortestPathArgs, @CurrentViewer() viewer: Viewer): Promise<StorePath | null> {
    return this.store.shortestPath(from, to, { maxHops, types, visibilities: visibleTo(viewer) });
  }
}

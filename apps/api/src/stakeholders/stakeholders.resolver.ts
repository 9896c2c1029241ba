import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { hasRole, type StakeholderNode, type Viewer } from '@koppel/domain';
import { GraphStore, nodeSortKey } from '@koppel/graph-store';
import { Connection, toConnection } from '../graphql/connection';
import { ViewerIfAny } from '../privacy/signed-in-viewer';
import { GRAPH_STORE } from '../store/graph-store.token';
import { NodesArgs } from './dto/nodes.args';
import { Stakeholder } from './models';
import { StakeholderConnection } from './models/stakeholder-connection.model';

@Resolver(() => Stakeholder)
export class StakeholdersResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  @Query(() => Stakeholder, { nullable: true, description: 'One node by id; null when no node has this id.' })
  node(@Args('id', { type: () => ID, description: 'Id of the node.' }) id: string): Promise<StakeholderNode | null> {
    return this.store.getNode(id);
  }

  @Query(() => StakeholderConnection, { description: 'Nodes matching the filter, ordered by id.' })
  async nodes(@Args() { filter, first, after }: NodesArgs, @ViewerIfAny() viewer: Viewer | undefined): Promise<Connection<StakeholderNode>> {
    return toConnection(await this.store.findNodes(needsFilterFor(viewer, filter ?? {}), { first, after }), nodeSortKey);
  }
}

/**
 * Filtering by need tells whose needs include a domain, so a viewer who may not see every
 * entrepreneur's needs (another entrepreneur: needs-visibility.ts) filters among shared ones only.
 */
function needsFilterFor<F extends { needs?: unknown }>(viewer: Viewer | undefined, filter: F): F & { needsShared?: boolean } {
  if (filter.needs === undefined || filter.needs === null) return filter;
  if (viewer && hasRole(viewer, 'COORDINATOR', 'FUND', 'PURCHASER')) return filter;
  return { ...filter, needsShared: true };
}

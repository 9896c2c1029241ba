import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { StakeholderNode } from '@koppel/domain';
import { GraphStore, nodeSortKey } from '@koppel/graph-store';
import { Connection, toConnection } from '../graphql/connection';
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
  async nodes(@Args() { filter, first, after }: NodesArgs): Promise<Connection<StakeholderNode>> {
    return toConnection(await this.store.findNodes(filter ?? {}, { first, after }), nodeSortKey);
  }
}

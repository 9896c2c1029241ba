import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { NodeKind, StakeholderNode } from '@koppel/domain';
import { GraphStore, nodeSortKey } from '@koppel/graph-store';
import { Connection, toConnection } from '../graphql/connection';
import { GRAPH_STORE } from '../store/graph-store.token';
import { KindListArgs } from './dto/kind-list.args';
import * as connections from './models/kind-connections.model';

/** One typed list per main kind: `nodes` with the kind fixed, so a client needs no fragments. */
@Resolver()
export class KindListsResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  private async list(kind: NodeKind, { filter, first, after }: KindListArgs): Promise<Connection<StakeholderNode>> {
    return toConnection(await this.store.findNodes({ ...filter, kinds: [kind] }, { first, after }), nodeSortKey);
  }

  @Query(() => connections.EntrepreneurConnection, { description: 'Entrepreneurs matching the filter, ordered by id.' })
  entrepreneurs(@Args() args: KindListArgs) {
    return this.list('Entrepreneur', args);
  }

  @Query(() => connections.FundConnection, { description: 'Funds matching the filter, ordered by id.' })
  funds(@Args() args: KindListArgs) {
    return this.list('Fund', args);
  }

  @Query(() => connections.NetworkConnection, { description: 'Networks matching the filter, ordered by id.' })
  networks(@Args() args: KindListArgs) {
    return this.list('Network', args);
  }

  @Query(() => connections.PurchaserConnection, { description: 'Purchasers matching the filter, ordered by id.' })
  purchasers(@Args() args: KindListArgs) {
    return this.list('Purchaser', args);
  }

  @Query(() => connections.KnowledgeInstitutionConnection, { description: 'Knowledge institutions matching the filter, ordered by id.' })
  knowledgeInstitutions(@Args() args: KindListArgs) {
    return this.list('KnowledgeInstitution', args);
  }

  @Query(() => connections.SupportProgrammeConnection, { description: 'Support programmes matching the filter, ordered by id.' })
  supportProgrammes(@Args() args: KindListArgs) {
    return this.list('SupportProgramme', args);
  }

  @Query(() => connections.PersonConnection, { description: 'People matching the filter, ordered by id.' })
  people(@Args() args: KindListArgs) {
    return this.list('Person', args);
  }

  @Query(() => connections.EventConnection, { description: 'Events matching the filter, ordered by id.' })
  events(@Args() args: KindListArgs) {
    return this.list('Event', args);
  }
}

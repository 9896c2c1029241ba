import { Inject } from '@nestjs/common';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeKind, StakeholderNode } from '@koppel/domain';
import { GraphStore, nodeSortKey } from '@koppel/graph-store';
import type { KoppelRequest } from '../auth/koppel-request';
import { Connection, toConnection } from '../graphql/connection';
import { loadersOf } from '../relations/relation-loaders';
import { visibleTo } from '../relations/relationship-scope';
import { selectedRelationFields } from '../relations/selected-relation-fields';
import { GRAPH_STORE } from '../store/graph-store.token';
import { KindListArgs } from './dto/kind-list.args';
import * as connections from './models/kind-connections.model';

interface ListContext {
  req?: KoppelRequest;
}

/** One typed list per main kind: `nodes` with the kind fixed, so a client needs no fragments. */
@Resolver()
export class KindListsResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /**
   * A page of one kind. When the query asks relationship fields of its items, they are read with
   * the page in one store call and handed to the request's loaders, so the whole list is one
   * read (one statement on Neo4j) rather than a page, then the relationships, then their far ends.
   */
  private async list(kind: NodeKind, { filter, first, after }: KindListArgs, info: GraphQLResolveInfo, context: ListContext): Promise<Connection<StakeholderNode>> {
    const nodeFilter = { ...filter, kinds: [kind] };
    const fields = selectedRelationFields(info, kind);
    if (fields.length === 0) return toConnection(await this.store.findNodes(nodeFilter, { first, after }), nodeSortKey);
    const scope = visibleTo(context.req?.viewer);
    const read = await this.store.findNodesWithRelated(
      nodeFilter,
      { first, after },
      { fields: fields.map(({ field, first: perNodeLimit }) => ({ types: field.types, direction: field.direction, perNodeLimit })), ...scope },
    );
    loadersOf(context, this.store).primeFromList(read, fields, scope);
    return toConnection(read.page, nodeSortKey);
  }

  @Query(() => connections.EntrepreneurConnection, { description: 'Entrepreneurs matching the filter, ordered by id.' })
  entrepreneurs(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('Entrepreneur', args, info, context);
  }

  @Query(() => connections.FundConnection, { description: 'Funds matching the filter, ordered by id.' })
  funds(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('Fund', args, info, context);
  }

  @Query(() => connections.NetworkConnection, { description: 'Networks matching the filter, ordered by id.' })
  networks(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('Network', args, info, context);
  }

  @Query(() => connections.PurchaserConnection, { description: 'Purchasers matching the filter, ordered by id.' })
  purchasers(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('Purchaser', args, info, context);
  }

  @Query(() => connections.KnowledgeInstitutionConnection, { description: 'Knowledge institutions matching the filter, ordered by id.' })
  knowledgeInstitutions(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('KnowledgeInstitution', args, info, context);
  }

  @Query(() => connections.SupportProgrammeConnection, { description: 'Support programmes matching the filter, ordered by id.' })
  supportProgrammes(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('SupportProgramme', args, info, context);
  }

  @Query(() => connections.PersonConnection, { description: 'People matching the filter, ordered by id.' })
  people(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('Person', args, info, context);
  }

  @Query(() => connections.EventConnection, { description: 'Events matching the filter, ordered by id.' })
  events(@Args() args: KindListArgs, @Info() info: GraphQLResolveInfo, @Context() context: ListContext) {
    return this.list('Event', args, info, context);
  }
}

import { Inject, Type } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError, StakeholderNode, ValidRelationship } from '@koppel/domain';
import { encodeCursor, GraphStore, relationshipSortKey } from '@koppel/graph-store';
import type { KoppelRequest } from '../auth/koppel-request';
import type { PageInfo } from '../graphql/connection';
import { GRAPH_STORE } from '../store/graph-store.token';
import { Stakeholder } from '../stakeholders/models';
import { RelatedConnection, RelatedEdge } from './models/related-connection.model';
import { loadersOf } from './relation-loaders';
import { RelationField } from './relation-fields';
import { checkRelatedPageSize, MAX_RELATED_PAGE_SIZE } from './related-page-size';
import { visibleTo } from './relationship-scope';

interface GraphQLContext {
  req?: KoppelRequest;
}

/** A RelatedEdge before its `node` is resolved (by RelatedEdgeResolver, batched). */
export type RelatedEdgeValue = ValidRelationship & { otherId: string; cursor: string };

export interface RelatedConnectionValue {
  edges: RelatedEdgeValue[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A page of one node's relationships of one field, through the request's loader. */
async function relatedPage(
  store: GraphStore,
  context: GraphQLContext,
  node: StakeholderNode,
  relation: RelationField,
  first: number,
  after: string | null | undefined,
): Promise<RelatedConnectionValue> {
  checkRelatedPageSize(first);
  const page = await loadersOf(context, store).relationshipPages.load({
    nodeId: node.id,
    field: relation,
    first,
    after: after ?? null,
    ...visibleTo(context.req?.viewer),
  });
  return {
    edges: page.items.map((relationship) => ({
      ...relationship,
      otherId: relationship.from === node.id ? relationship.to : relationship.from,
      cursor: encodeCursor(relationshipSortKey(relationship)),
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

/**
 * The resolver of one node type's relationship fields, made from its entries in RELATION_FIELDS:
 * one field per entry, each a Relay connection with `first` and `after`. The decorators are
 * applied here as they would be written on a method, so the table stays the one place that says
 * which relationships a type shows.
 */
export function relationFieldsResolver(model: Type<unknown>, fields: readonly RelationField[]): Type<unknown> {
  @Resolver(() => model)
  class RelationFieldsResolver {
    constructor(@Inject(GRAPH_STORE) readonly store: GraphStore) {}
  }
  const prototype = RelationFieldsResolver.prototype as unknown as Record<string, unknown>;
  for (const relation of fields) {
    Object.defineProperty(prototype, relation.name, {
      value(this: RelationFieldsResolver, node: StakeholderNode, first: number, after: string | null, context: GraphQLContext) {
        return relatedPage(this.store, context, node, relation, first, after);
      },
      writable: true,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(prototype, relation.name) as PropertyDescriptor;
    // What TypeScript would emit for a written method (node, first, after, context): Nest reads it.
    Reflect.defineMetadata('design:paramtypes', [Object, Number, String, Object], prototype, relation.name);
    Reflect.defineMetadata('design:returntype', Promise, prototype, relation.name);
    Parent()(prototype, relation.name, 0);
    Args('first', {
      type: () => Int,
      defaultValue: 20,
      description: `How many relationships per page, 1 to ${MAX_RELATED_PAGE_SIZE}.`,
    })(prototype, relation.name, 1);
    Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' })(prototype, relation.name, 2);
    Context()(prototype, relation.name, 3);
    ResolveField(relation.name, () => RelatedConnection, { description: relation.description })(prototype, relation.name, descriptor);
  }
  Object.defineProperty(RelationFieldsResolver, 'name', { value: `${model.name}RelationFieldsResolver` });
  return RelationFieldsResolver;
}

/** The node at the far end of a relationship edge, through the request's node loader. */
@Resolver(() => RelatedEdge)
export class RelatedEdgeResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  @ResolveField(() => Stakeholder, { description: 'The node at the other end of the relationship.' })
  async node(@Parent() edge: RelatedEdgeValue, @Context() context: GraphQLContext): Promise<StakeholderNode> {
    const node = await loadersOf(context, this.store).nodes.load(edge.otherId);
    // Only when the node was deleted between reading the relationship and reading its end.
    if (!node) throw new NotFoundError('Node', edge.otherId);
    return node;
  }
}

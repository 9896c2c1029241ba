import DataLoader from 'dataloader';
import type { StakeholderNode, ValidRelationship, Visibility } from '@koppel/domain';
import type { GraphStore, NodesWithRelated, Page, RelationshipDirection } from '@koppel/graph-store';
import type { RelationField } from './relation-fields';
import type { SelectedRelationField } from './selected-relation-fields';

/** One page of one node's relationships of one field, as a resolver asks for it. */
export interface RelationPageKey {
  nodeId: string;
  field: RelationField;
  first: number;
  after: string | null;
  visibilities: readonly Visibility[];
  /** Nodes whose own ties are seen whatever their visibility (the viewer's organisation and person). */
  visibleWhenTouching: readonly string[];
}

/** What must be equal for two page requests to go to the store in one call. */
const batchKey = (key: RelationPageKey) =>
  JSON.stringify([[...key.field.types].sort(), key.field.direction, key.first, [...key.visibilities].sort(), [...key.visibleWhenTouching].sort()]);

/**
 * The loaders of one GraphQL request. Every relationship field of every item of a list is
 * collected within one tick and sent as one store call per kind of field (relationshipsOfMany),
 * and every node at the far end of those relationships as one getNodes: a nested list costs a
 * constant number of store calls, however long it is. Made per request (never shared), so no
 * answer outlives the request or leaks to another caller with other rights.
 */
export class RelationLoaders {
  readonly relationshipPages: DataLoader<RelationPageKey, Page<ValidRelationship>, string>;
  readonly nodes: DataLoader<string, StakeholderNode | null>;

  constructor(store: GraphStore) {
    this.relationshipPages = new DataLoader(
      async (keys) => {
        const answers = new Array<Page<ValidRelationship>>(keys.length);
        const groups = new Map<string, number[]>();
        keys.forEach((key, index) => {
          const group = batchKey(key);
          groups.set(group, [...(groups.get(group) ?? []), index]);
        });
        await Promise.all(
          [...groups.values()].map(async (indexes) => {
            const { field, first, visibilities, visibleWhenTouching } = keys[indexes[0]];
            const pages = await store.relationshipsOfMany(
              indexes.map((index) => ({ nodeId: keys[index].nodeId, after: keys[index].after })),
              { types: field.types, direction: field.direction as RelationshipDirection, perNodeLimit: first, visibilities, visibleWhenTouching },
            );
            indexes.forEach((index, position) => (answers[index] = pages[position]));
          }),
        );
        return answers;
      },
      { cacheKeyFn: (key) => JSON.stringify([key.nodeId, key.after, batchKey(key)]) },
    );
    this.nodes = new DataLoader(async (ids) => {
      const found = new Map((await store.getNodes(ids)).map((node) => [node.id, node]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }
  /**
   * Hands the loaders what a list read together with its page (findNodesWithRelated of `fields`,
   * in `scope`), so the relationship fields of its items and the nodes at their far ends are
   * answered from it: the same keys the fields' resolvers ask, so none of them reaches the store.
   */
  primeFromList(read: NodesWithRelated, fields: readonly SelectedRelationField[], scope: Pick<RelationPageKey, 'visibilities' | 'visibleWhenTouching'>): void {
    fields.forEach(({ field, first }, f) =>
      read.page.items.forEach((node, index) =>
        this.relationshipPages.prime({ nodeId: node.id, field, first, after: null, ...scope }, read.related[f][index]),
      ),
    );
    for (const node of read.farEnds) this.nodes.prime(node.id, node);
  }
}

const perRequest = new WeakMap<object, RelationLoaders>();

/** The loaders of the request whose GraphQL context this is, made on first use. */
export function loadersOf(context: object, store: GraphStore): RelationLoaders {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = new RelationLoaders(store);
    perRequest.set(context, loaders);
  }
  return loaders;
}

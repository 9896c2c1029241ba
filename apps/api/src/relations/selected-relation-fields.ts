import {
  getArgumentValues,
  getNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLType,
  isObjectType,
  Kind,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';
import type { NodeKind } from '@koppel/domain';
import { MAX_RELATED_FIELDS } from '@koppel/graph-store';
import { RELATION_FIELDS, RelationField } from './relation-fields';
import { MAX_RELATED_PAGE_SIZE } from './related-page-size';

/** A relationship field a list's query asks of every item, and the size of the first page it asks. */
export interface SelectedRelationField {
  field: RelationField;
  first: number;
}

/**
 * The relationship fields a typed list's query selects on its items (`edges { node { ... } }`),
 * each with the `first` it asks, so the list can read them together with its page. Only first
 * pages are taken (a field with `after` pages from its own cursor), only fields without
 * directives (an @include decides per request), only page sizes within bounds (the field's own
 * resolver refuses the others with its error), and at most MAX_RELATED_FIELDS: whatever is not
 * taken here is still answered, by the field's resolver through the request's loaders.
 */
export function selectedRelationFields(info: GraphQLResolveInfo, kind: NodeKind): SelectedRelationField[] {
  const connectionType = unwrap(info.returnType);
  const edgeType = connectionType ? unwrap(connectionType.getFields().edges?.type) : null;
  const nodeType = info.schema.getType(kind);
  if (!connectionType || !edgeType || !isObjectType(nodeType)) return [];
  const relations = new Map(RELATION_FIELDS[kind].map((relation) => [relation.name, relation]));
  const selected = new Map<string, SelectedRelationField>();
  for (const list of info.fieldNodes) {
    for (const edges of fieldsOf(list.selectionSet, info, connectionType, 'edges')) {
      for (const node of fieldsOf(edges.selectionSet, info, edgeType, 'node')) {
        for (const fieldNode of fieldsOf(node.selectionSet, info, nodeType, null)) {
          const relation = relations.get(fieldNode.name.value);
          if (!relation) continue;
          const args = getArgumentValues(nodeType.getFields()[relation.name], fieldNode, info.variableValues);
          const first = args.first as number;
          if (args.after != null || !Number.isInteger(first) || first < 1 || first > MAX_RELATED_PAGE_SIZE) continue;
          selected.set(`${relation.name}:${first}`, { field: relation, first });
        }
      }
    }
  }
  return [...selected.values()].slice(0, MAX_RELATED_FIELDS);
}

/** The object type inside any list and non-null wrappers; null for any other type. */
function unwrap(type: GraphQLType | undefined): GraphQLObjectType | null {
  const named = type ? getNamedType(type) : null;
  return isObjectType(named) ? named : null;
}

/**
 * The fields of a selection set that apply to `type` (through inline fragments and named
 * fragments whose condition is the type or an interface it implements), optionally only those
 * named `name`. A selection under a directive is left out: whether it applies is decided per request.
 */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  name: string | null,
): FieldNode[] {
  if (!selectionSet) return [];
  const applies = (condition: string | undefined) =>
    !condition || condition === type.name || type.getInterfaces().some((face) => face.name === condition);
  const found: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.directives?.length) continue;
    if (selection.kind === Kind.FIELD) {
      if (name === null || selection.name.value === name) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition?.name.value)) found.push(...fieldsOf(selection.selectionSet, info, type, name));
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && applies(fragment.typeCondition.name.value)) found.push(...fieldsOf(fragment.selectionSet, info, type, name));
    }
  }
  return found;
}

import {
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLSchema,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  GraphQLCompositeType,
} from 'graphql';

/** The field's arguments; none when they cannot be read, which execution then reports itself. */
function argumentsOf(...[fieldDef, node, variables]: Parameters<typeof getArgumentValues>): Record<string, unknown> {
  try {
    return getArgumentValues(fieldDef, node, variables);
  } catch {
    return {};
  }
}

/** The arguments that say how many items a list field returns. */
export const PAGE_ARGUMENTS = ['first', 'limit'] as const;

/** A page size an operation asks for: `Query.nodes(first: 100)`. */
export interface PageAsked {
  type: string;
  field: string;
  argument: (typeof PAGE_ARGUMENTS)[number];
  value: number;
}

/**
 * An upper bound of the fields one operation resolves: every field counts 1, and a field that
 * takes a page size (`first` or `limit`, from a literal, a variable or the schema's default)
 * multiplies what is selected below it by that size, so `nodes(first: 1000) { edges { node {
 * id name } } }` costs about 4000, and a page of nodes each with a page of neighbours multiplies.
 * graphql-armor's cost rule reads only literal `first` values, which a variable would dodge.
 * Every page size met on the way is added to `pages`, for the page-size check.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  pages: PageAsked[] = [],
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  function costOf(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, seen: ReadonlySet<string>): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const fieldDef = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!fieldDef || !selection.selectionSet) {
          total += 1;
          continue;
        }
        const args = argumentsOf(fieldDef, selection, variables);
        const pageArgument = PAGE_ARGUMENTS.find((name) => typeof args[name] === 'number');
        const pageSize = pageArgument ? (args[pageArgument] as number) : undefined;
        if (pageArgument) pages.push({ type: parent.name, field: fieldDef.name, argument: pageArgument, value: pageSize as number });
        const type = getNamedType(fieldDef.type);
        const below = isCompositeType(type) ? costOf(selection.selectionSet, type, seen) : 0;
        total += 1 + Math.max(1, pageSize ?? 1) * below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += isCompositeType(type) ? costOf(selection.selectionSet, type, seen) : 0;
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue; // validation refuses fragment cycles
        const type = schema.getType(fragment.typeCondition.name.value);
        if (isCompositeType(type)) total += costOf(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
      }
    }
    return total;
  }

  return costOf(operation.selectionSet, root, new Set());
}

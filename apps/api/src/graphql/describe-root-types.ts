import type { GraphQLSchema } from 'graphql';

/**
 * Code-first schemas give the root types no description, and every type of Koppel's schema has
 * one; the schema is built once at start, so setting them on the built types is enough.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reads: the ecosystem graph, searches, suggestions, warm paths and introductions.';
  if (mutation) mutation.description = 'Changes: nodes and relationships, and the steps of the introduction workflow.';
  return schema;
}

import type { RelationshipInput, StakeholderNode, ValidRelationship } from '@koppel/domain';

/**
 * The whole graph as one portable document: what `koppel export` writes as JSON and `koppel
 * import` reads back. Items are in the shape the domain validates, so a document made by an
 * export imports into an empty store as the same graph, provenance included.
 */
export interface GraphDocument {
  format: 'koppel-graph';
  version: 1;
  nodes: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
}

/** A stored node without what the store derives (the province, from the municipality). */
export function portableNode(node: StakeholderNode): Record<string, unknown> {
  if (node.kind === 'Province') return { ...node };
  const { province: _derived, ...rest } = node;
  return rest;
}

/** A stored relationship without its id, which is derived from type, ends and key. */
export function portableRelationship(rel: ValidRelationship): RelationshipInput & Record<string, unknown> {
  const { id: _derived, ...rest } = rel;
  return rest;
}

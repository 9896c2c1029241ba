import type { ValidRelationship } from '@koppel/domain';

/** The end of a relationship that is not `nodeId`: the node a relationship field of `nodeId` shows. */
export function farEndOf(relationship: ValidRelationship, nodeId: string): string {
  return relationship.from === nodeId ? relationship.to : relationship.from;
}

import type { ValidRelationship } from '@koppel/domain';
import type { Page } from './graph-store.port';

/** The end of a relationship that is not `nodeId`: the node a relationship field of `nodeId` shows. */
export function farEndOf(relationship: ValidRelationship, nodeId: string): string {
  return relationship.from === nodeId ? relationship.to : relationship.from;
}

/** The far ends of every page of every field, where `pagesOfFields[f][i]` is a page of `nodes[i]`'s relationships. */
export function farEndIds(pagesOfFields: readonly Page<ValidRelationship>[][], nodes: readonly { id: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const pages of pagesOfFields) {
    pages.forEach((page, index) => {
      for (const relationship of page.items) ids.add(farEndOf(relationship, nodes[index].id));
    });
  }
  return ids;
}

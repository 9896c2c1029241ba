import type { GraphStore } from '@koppel/graph-store';
import { GraphDocument, portableNode, portableRelationship } from './graph-document';

const PAGE = 1000;

export type Progress = (done: number, total: number, what: 'nodes' | 'relationships') => void;

/** Reads the whole graph from a store, page by page, into one portable document. */
export async function exportGraph(store: GraphStore, onProgress?: Progress): Promise<GraphDocument> {
  const document: GraphDocument = { format: 'koppel-graph', version: 1, nodes: [], relationships: [] };
  for (let after: string | undefined, more = true; more; ) {
    const page = await store.findNodes({}, { first: PAGE, after });
    document.nodes.push(...page.items.map(portableNode));
    onProgress?.(document.nodes.length, page.totalCount, 'nodes');
    more = page.hasNextPage;
    after = page.endCursor ?? undefined;
  }
  for (let after: string | undefined, more = true; more; ) {
    const page = await store.findRelationships({}, { first: PAGE, after });
    document.relationships.push(...page.items.map(portableRelationship));
    onProgress?.(document.relationships.length, page.totalCount, 'relationships');
    more = page.hasNextPage;
    after = page.endCursor ?? undefined;
  }
  return document;
}

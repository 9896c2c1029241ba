import type { GraphStore, Page } from '@koppel/graph-store';
import { GraphDocument, portableNode, portableRelationship } from './graph-document';

const PAGE = 1000;

export type Progress = (done: number, total: number, what: 'nodes' | 'relationships') => void;

/** Every item of a paged listing, in order, reporting progress after each page. */
async function readAll<T>(
  readPage: (after: string | undefined) => Promise<Page<T>>,
  report: (done: number, total: number) => void,
): Promise<T[]> {
  const items: T[] = [];
  for (let after: string | undefined, more = true; more; ) {
    const page = await readPage(after);
    items.push(...page.items);
    report(items.length, page.totalCount);
    more = page.hasNextPage;
    after = page.endCursor ?? undefined;
  }
  return items;
}

/** Reads the whole graph from a store, page by page, into one portable document. */
export async function exportGraph(store: GraphStore, onProgress?: Progress): Promise<GraphDocument> {
  const nodes = await readAll(
    (after) => store.findNodes({}, { first: PAGE, after }),
    (done, total) => onProgress?.(done, total, 'nodes'),
  );
  const relationships = await readAll(
    (after) => store.findRelationships({}, { first: PAGE, after }),
    (done, total) => onProgress?.(done, total, 'relationships'),
  );
  return {
    format: 'koppel-graph',
    version: 1,
    nodes: nodes.map(portableNode),
    relationships: relationships.map(portableRelationship),
  };
}

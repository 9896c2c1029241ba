import type { GraphQLRequest } from './graphql-client';
import type { ConnectionPage, GraphNode, GraphRelationship, LoadedGraph } from './graph-types';
import { GRAPH_NODES_PAGE, GRAPH_RELATIONSHIPS_PAGE } from './queries';

/** The API's largest page. */
export const MAX_PAGE_SIZE = 1000;

export interface LoadProgress {
  nodesLoaded: number;
  nodesTotal: number | null;
  relationshipsLoaded: number;
  relationshipsTotal: number | null;
}

export interface LoadGraphOptions {
  pageSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/**
 * Reads every page of a connection, in order, until `hasNextPage` is false. A server that says
 * there is more but gives no new cursor would loop forever; that is refused as an error.
 */
export async function readAllPages<T>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<T>>,
  onPage?: (loaded: number, total: number) => void,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ConnectionPage<T> = await fetchPage(after);
    for (const edge of page.edges) items.push(edge.node);
    onPage?.(items.length, page.totalCount);
    if (!page.pageInfo.hasNextPage) return items;
    const next = page.pageInfo.endCursor;
    if (!next || next === after) throw new Error('De API meldt een volgende pagina maar geeft geen nieuwe cursor.');
    after = next;
  }
}

/** Page variables; the first page has no `after` at all (not `after: null`). */
export function pageVariables(first: number, after: string | null): { first: number; after?: string } {
  return after === null ? { first } : { first, after };
}

/** The whole graph: all nodes and all relationships, paged through in parallel. */
export async function loadGraph(request: GraphQLRequest, options: LoadGraphOptions = {}): Promise<LoadedGraph> {
  const first = options.pageSize ?? MAX_PAGE_SIZE;
  const progress: LoadProgress = { nodesLoaded: 0, nodesTotal: null, relationshipsLoaded: 0, relationshipsTotal: null };
  const report = () => options.onProgress?.({ ...progress });

  const nodesLoading = readAllPages<GraphNode>(
    async (after) =>
      (await request<{ nodes: ConnectionPage<GraphNode> }>(GRAPH_NODES_PAGE, pageVariables(first, after), options.signal)).nodes,
    (loaded, total) => {
      progress.nodesLoaded = loaded;
      progress.nodesTotal = total;
      report();
    },
  );
  const relationshipsLoading = readAllPages<GraphRelationship>(
    async (after) =>
      (
        await request<{ relationships: ConnectionPage<GraphRelationship> }>(
          GRAPH_RELATIONSHIPS_PAGE,
          pageVariables(first, after),
          options.signal,
        )
      ).relationships,
    (loaded, total) => {
      progress.relationshipsLoaded = loaded;
      progress.relationshipsTotal = total;
      report();
    },
  );
  const [nodes, relationships] = await Promise.all([nodesLoading, relationshipsLoading]);
  return { nodes, relationships };
}

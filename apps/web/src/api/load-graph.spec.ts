import type { GraphQLRequest } from './graphql-client';
import type { ConnectionPage } from './graph-types';
import { loadGraph, MAX_PAGE_SIZE, readAllPages } from './load-graph';
import { GRAPH_NODES_PAGE, GRAPH_RELATIONSHIPS_PAGE } from './queries';

const page = <T>(items: T[], total: number, endCursor: string | null, hasNextPage: boolean): ConnectionPage<T> => ({
  totalCount: total,
  pageInfo: { hasNextPage, endCursor },
  edges: items.map((node) => ({ node })),
});

describe('readAllPages', () => {
  it('follows endCursor until hasNextPage is false and keeps the order', async () => {
    const asked: (string | null)[] = [];
    const pages: Record<string, ConnectionPage<number>> = {
      start: page([1, 2], 5, 'c2', true),
      c2: page([3, 4], 5, 'c4', true),
      c4: page([5], 5, 'c5', false),
    };

    const items = await readAllPages(async (after) => {
      asked.push(after);
      return pages[after ?? 'start'];
    });

    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([null, 'c2', 'c4']);
  });

  it('reports how many items it has of how many', async () => {
    const progress: [number, number][] = [];
    await readAllPages(
      async (after) => (after ? page(['b'], 2, 'b', false) : page(['a'], 2, 'a', true)),
      (loaded, total) => progress.push([loaded, total]),
    );
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('refuses a server that says there is more but gives no new cursor', async () => {
    await expect(readAllPages(async () => page([1], 9, 'same', true))).rejects.toThrow(/geen nieuwe cursor/);
    await expect(readAllPages(async () => page([1], 9, null, true))).rejects.toThrow(/geen nieuwe cursor/);
  });
});

describe('loadGraph', () => {
  it('pages through nodes and relationships with the largest page the API allows', async () => {
    const calls: { query: string; variables: Record<string, unknown> | undefined }[] = [];
    const request = (async (query: string, variables?: Record<string, unknown>) => {
      calls.push({ query, variables });
      if (query === GRAPH_NODES_PAGE) {
        return variables?.['after']
          ? { nodes: page([{ id: 'b' }], 2, 'b', false) }
          : { nodes: page([{ id: 'a' }], 2, 'a', true) };
      }
      return { relationships: page([{ id: 'r', from: 'a', to: 'b' }], 1, 'r', false) };
    }) as GraphQLRequest;

    const graph = await loadGraph(request);

    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(graph.relationships.map((r) => r.id)).toEqual(['r']);
    expect(calls.filter((c) => c.query === GRAPH_NODES_PAGE).map((c) => c.variables)).toEqual([
      { first: MAX_PAGE_SIZE },
      { first: MAX_PAGE_SIZE, after: 'a' },
    ]);
    expect(calls.filter((c) => c.query === GRAPH_RELATIONSHIPS_PAGE)).toHaveLength(1);
    expect(MAX_PAGE_SIZE).toBe(1000);
  });

  it('fails when a page cannot be loaded', async () => {
    const request = (async () => {
      throw new Error('API weg');
    }) as GraphQLRequest;
    await expect(loadGraph(request)).rejects.toThrow('API weg');
  });
});

import type { GraphQLRequest } from './graphql-client';
import { exportGraph, importGraph } from './graph-transfer';
import { EXPORT_GRAPH, IMPORT_GRAPH } from './queries';

/** A request that records what it was asked and answers `data`. */
function answering(data: unknown): { request: GraphQLRequest; asked: { query: string; variables?: Record<string, unknown> }[] } {
  const asked: { query: string; variables?: Record<string, unknown> }[] = [];
  const request = (async (query: string, variables?: Record<string, unknown>) => {
    asked.push({ query, variables });
    return data;
  }) as GraphQLRequest;
  return { request, asked };
}

describe('graph transfer over GraphQL', () => {
  it('exports in the format asked for and answers its files', async () => {
    const files = [{ name: 'koppel-graph.json', mediaType: 'application/json', content: '{"nodes":[]}' }];
    const { request, asked } = answering({ exportGraph: { files } });

    await expect(exportGraph(request, 'GRAPHML')).resolves.toEqual(files);
    expect(asked).toEqual([{ query: EXPORT_GRAPH, variables: { format: 'GRAPHML' } }]);
  });

  it('imports the files together as one input and answers the report', async () => {
    const report = { file: 'entrepreneurs.csv, relationships.csv', nodes: 2, relationships: 1 };
    const { request, asked } = answering({ importGraph: report });
    const files = [
      { name: 'entrepreneurs.csv', content: 'id,name\n' },
      { name: 'relationships.csv', content: 'type,from,to\n' },
    ];

    await expect(importGraph(request, 'CSV', files)).resolves.toEqual(report);
    expect(asked).toEqual([{ query: IMPORT_GRAPH, variables: { input: { format: 'CSV', files } } }]);
  });
});

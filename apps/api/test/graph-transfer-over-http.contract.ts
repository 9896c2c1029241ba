import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

interface ExportedFile {
  name: string;
  mediaType: string;
  content: string;
}

const IMPORT = `mutation($input: ImportGraphInput!) { importGraph(input: $input) { file nodes relationships } }`;
const EXPORT = `query($format: GraphFileFormat!) { exportGraph(format: $format) { format files { name mediaType content } } }`;
const NODE_COUNT = `{ nodes(first: 1) { totalCount } }`;

const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

/** A small network a coordinator brings in: one entrepreneur, one person, and the person's job. */
const NETWORK_FILE = {
  name: 'ondernemers-oost.json',
  content: JSON.stringify({
    nodes: [
      { id: 'ent-transfer-bakkerij', kind: 'Entrepreneur', name: 'Bakkerij Transfer', municipality: 'assen', enterpriseKind: 'SOCIAL', stage: 'STARTUP' },
      { id: 'person-transfer-ilse', kind: 'Person', name: 'Ilse Fictief', municipality: 'assen' },
    ],
    relationships: [{ type: 'WORKS_FOR', from: 'person-transfer-ilse', to: 'ent-transfer-bakkerij', role: 'eigenaar' }],
  }),
};

/**
 * importGraph and exportGraph over HTTP: coordinators bring data in and take the graph out through
 * the CLI's own code, all or nothing, every problem named. Registered last in api-over-http: it
 * adds nodes the reads before it do not expect.
 */
export function describeGraphTransferOverHttp(server: () => KoppelTestServer): void {
  describe('import and export for coordinators', () => {
    const asEntrepreneur = () => server().as(testToken(TEST_ACCOUNTS.zonnewerf));
    const nodeCount = async () => (await server().graphql<{ nodes: { totalCount: number } }>(NODE_COUNT)).data?.nodes.totalCount;

    it('exports the whole graph as JSON, as CSV files per kind and as GraphML', async () => {
      const files = async (format: string) => (await server().graphql<{ exportGraph: { files: ExportedFile[] } }>(EXPORT, { format })).data?.exportGraph.files ?? [];

      const [json] = await files('JSON');
      expect(json).toMatchObject({ name: 'koppel-graph.json', mediaType: 'application/json' });
      const document = JSON.parse(json.content) as { nodes: { id: string }[]; relationships: unknown[] };
      expect(document.nodes.map((node) => node.id)).toContain('ent-zonnewerf');
      expect(document.nodes).toHaveLength(await nodeCount() ?? -1);

      const csv = await files('CSV');
      expect(csv.map((file) => file.name)).toEqual(expect.arrayContaining(['entrepreneurs.csv', 'relationships.csv']));
      expect(csv.every((file) => file.mediaType === 'text/csv')).toBe(true);
      expect(csv.find((file) => file.name === 'relationships.csv')?.content.split('\n')[0]).toMatch(/^type,from,to,/);

      const [graphml] = await files('GRAPHML');
      expect(graphml).toMatchObject({ name: 'koppel-graph.graphml', mediaType: 'application/graphml+xml' });
      expect(graphml.content).toMatch(/<graphml[\s\S]*ent-zonnewerf/);
    });

    it('refuses import and export to anyone but a coordinator, and writes nothing', async () => {
      const before = await nodeCount();
      const imported = await asEntrepreneur().graphql(IMPORT, { input: { format: 'JSON', files: [NETWORK_FILE] } });
      expect(errorOf(imported)?.extensions?.code).toBe('FORBIDDEN');
      const exported = await asEntrepreneur().graphql(EXPORT, { format: 'JSON' });
      expect(errorOf(exported)?.extensions?.code).toBe('FORBIDDEN');
      expect(await nodeCount()).toBe(before);
    });

    it('refuses a bad CSV row naming file, line, field and reason with a suggestion, and writes nothing of the file', async () => {
      const before = await nodeCount();
      const answer = await server().graphql(IMPORT, {
        input: {
          format: 'CSV',
          files: [
            {
              name: 'entrepreneurs.csv',
              content: [
                'id,name,municipality,enterpriseKind,stage',
                'ent-transfer-a,Fietsen Transfer,groningen,SOCIAL,STARTUP',
                'ent-transfer-b,Kaas Transfer,Groningn,CONSTRUCTIVE,SCALEUP',
              ].join('\n'),
            },
          ],
        },
      });
      expect(errorOf(answer)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ field: 'entrepreneurs.csv line 3: municipality', reason: "unknown municipality 'Groningn'; did you mean 'groningen'?" }],
      });
      expect(await nodeCount()).toBe(before);
    });

    it('refuses a file list the format cannot take, naming the argument', async () => {
      const twoJson = await server().graphql(IMPORT, { input: { format: 'JSON', files: [NETWORK_FILE, NETWORK_FILE] } });
      expect(errorOf(twoJson)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.files' }] });
      const graphml = await server().graphql(IMPORT, { input: { format: 'GRAPHML', files: [NETWORK_FILE] } });
      expect(errorOf(graphml)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.format' }] });
      const notJson = await server().graphql(IMPORT, { input: { format: 'JSON', files: [{ name: 'broken.json', content: '{"nodes": [' }] } });
      expect(errorOf(notJson)?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(notJson)?.message).toMatch(/broken\.json.*is not valid JSON/);
    });

    it('imports a JSON file with its provenance, and importing it again changes nothing', async () => {
      const before = (await nodeCount()) ?? 0;
      const answer = await server().graphql<{ importGraph: unknown }>(IMPORT, { input: { format: 'JSON', files: [NETWORK_FILE] } });
      expect(answer.data?.importGraph).toEqual({ file: 'ondernemers-oost.json', nodes: 2, relationships: 1 });
      expect(await nodeCount()).toBe(before + 2);

      const read = `{ node(id: "ent-transfer-bakkerij") { name provenance { origin addedBy reference } } }`;
      const first = (await server().graphql<{ node: unknown }>(read)).data?.node;
      expect(first).toEqual({
        name: 'Bakkerij Transfer',
        provenance: { origin: 'IMPORT', addedBy: TEST_ACCOUNTS.coordinator.id, reference: 'ondernemers-oost.json' },
      });

      await server().graphql(IMPORT, { input: { format: 'JSON', files: [NETWORK_FILE] } });
      expect(await nodeCount()).toBe(before + 2);
      expect((await server().graphql<{ node: unknown }>(read)).data?.node).toEqual(first);
    });

    it('takes its own JSON export back without changing anything', async () => {
      const before = (await server().graphql<{ exportGraph: { files: ExportedFile[] } }>(EXPORT, { format: 'JSON' })).data?.exportGraph.files[0];
      const again = await server().graphql(IMPORT, { input: { format: 'JSON', files: [{ name: 'koppel-graph.json', content: before?.content }] } });
      expect(again.errors).toBeUndefined();
      const after = (await server().graphql<{ exportGraph: { files: ExportedFile[] } }>(EXPORT, { format: 'JSON' })).data?.exportGraph.files[0];
      expect(after?.content).toBe(before?.content);
    });
  });
}

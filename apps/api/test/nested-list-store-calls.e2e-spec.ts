import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeInput, RelationshipInput } from '@koppel/domain';
import { EmbeddedGraphStore } from '@koppel/graph-store';
import { KoppelTestServer, startTestServer } from './koppel-test-server';
import { addTestAccounts, TEST_ACCOUNTS, TEST_TOKEN_SECRET, testToken } from './test-accounts';

/** `count` entrepreneurs, each a member of two of five networks and funded by one of three funds. */
function ecosystem(count: number): { nodes: NodeInput[]; relationships: RelationshipInput[] } {
  const id = (n: number) => `ent-${String(n).padStart(3, '0')}`;
  const nodes: NodeInput[] = [
    ...[0, 1, 2, 3, 4].map((n): NodeInput => ({ id: `net-${n}`, kind: 'Network', name: `Netwerk ${n}` })),
    ...[0, 1, 2].map((n): NodeInput => ({ id: `fund-${n}`, kind: 'Fund', name: `Fonds ${n}` })),
    ...Array.from({ length: count }, (_, n): NodeInput => ({
      id: id(n),
      kind: 'Entrepreneur',
      name: `Onderneming ${n}`,
      enterpriseKind: 'SOCIAL',
      stage: 'STARTUP',
    })),
  ];
  const relationships = Array.from({ length: count }, (_, n): RelationshipInput[] => [
    { type: 'MEMBER_OF', from: id(n), to: `net-${n % 5}` },
    { type: 'MEMBER_OF', from: id(n), to: `net-${(n + 1) % 5}` },
    { type: 'FUNDED', from: `fund-${n % 3}`, to: id(n), amountEur: 1000 * (n + 1), year: 2020 + (n % 5) },
  ]).flat();
  return { nodes, relationships };
}

const NESTED_LIST = `query ($first: Int!) {
  entrepreneurs(first: $first) {
    edges { node { id name
      networks { totalCount edges { node { id name } year } }
      fundings { edges { node { id name } amountEur year } }
    } }
  }
}`;

interface NestedList {
  entrepreneurs: {
    edges: {
      node: {
        id: string;
        networks: { totalCount: number; edges: { node: { id: string } }[] };
        fundings: { edges: { node: { id: string }; amountEur: number }[] };
      };
    }[];
  };
}

describe('a nested list over HTTP: entrepreneurs with their networks and fundings', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'koppel-nested-'));
  let server: KoppelTestServer;

  beforeAll(async () => {
    const store = new EmbeddedGraphStore({ dataDir });
    await store.upsert(ecosystem(60), { origin: 'IMPORT', actor: 'nested-list-spec' });
    await addTestAccounts(store);
    await store.close();
    server = await startTestServer(
      { KOPPEL_DATA_DIR: dataDir, KOPPEL_TOKEN_SECRET: TEST_TOKEN_SECRET },
      join(__dirname, 'support/store-call-counting-server.cjs'),
    );
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The answer to the nested list of `first` entrepreneurs, and the store calls it made, by method. */
  async function nestedList(first: number): Promise<{ data: NestedList; calls: Record<string, number> }> {
    await fetch(`${server.baseUrl}/test/store-calls/reset`, { method: 'POST' });
    // A token signed with the server's secret: the sign-in itself would add store calls.
    const answer = await server.as(testToken(TEST_ACCOUNTS.zonnewerf)).graphql<NestedList>(NESTED_LIST, { first });
    expect(answer.errors).toBeUndefined();
    const calls = (await (await fetch(`${server.baseUrl}/test/store-calls`)).json()) as Record<string, number>;
    return { data: answer.data as NestedList, calls };
  }

  it('answers every item with its own relationships and the nodes at their other ends', async () => {
    const { data } = await nestedList(50);
    expect(data.entrepreneurs.edges).toHaveLength(50);
    const seventh = data.entrepreneurs.edges[7].node;
    expect(seventh.id).toBe('ent-007');
    expect(seventh.networks.totalCount).toBe(2);
    expect(seventh.networks.edges.map((edge) => edge.node.id)).toEqual(['net-2', 'net-3']);
    expect(seventh.fundings.edges).toEqual([{ node: { id: 'fund-1', name: 'Fonds 1' }, amountEur: 8000, year: 2022 }]);
  });

  it('reads a list of 50 items with their relationship fields and far ends in one store call, as a list of 5', async () => {
    const five = await nestedList(5);
    const fifty = await nestedList(50);
    expect(fifty.calls).toEqual(five.calls);
    expect(fifty.calls).toEqual({ findNodesWithRelated: 1 });
  });

  it('reads the fields it cannot take with the page through the loaders, a constant number of calls, with the same answer', async () => {
    const { data: together } = await nestedList(50);
    const viewer = server.as(testToken(TEST_ACCOUNTS.zonnewerf));
    const firstPage = await viewer.graphql<{ entrepreneurs: { edges: { node: { networks: { pageInfo: { endCursor: string } } } }[] } }>(
      '{ entrepreneurs(first: 1) { edges { node { networks(first: 1) { pageInfo { endCursor } } } } } }',
    );
    const after = firstPage.data?.entrepreneurs.edges[0].node.networks.pageInfo.endCursor;
    await fetch(`${server.baseUrl}/test/store-calls/reset`, { method: 'POST' });
    // A field under @include is decided per request, and one with its own cursor pages on its own.
    const asked = await viewer.graphql<NestedList>(
      `query ($first: Int!, $withFundings: Boolean!, $after: String) {
        entrepreneurs(first: $first) {
          edges { node { id name
            networks { totalCount edges { node { id name } year } }
            fundings @include(if: $withFundings) { edges { node { id name } amountEur year } }
            laterNetworks: networks(first: 1, after: $after) { totalCount }
          } }
        }
      }`,
      { first: 50, withFundings: true, after },
    );
    expect(asked.errors).toBeUndefined();
    const calls = (await (await fetch(`${server.baseUrl}/test/store-calls`)).json()) as Record<string, number>;
    expect(calls).toEqual({ findNodesWithRelated: 1, relationshipsOfMany: 2, getNodes: 1 });
    const withoutLater = (data: NestedList | null | undefined) => data?.entrepreneurs.edges.map(({ node }) => ({ ...node, laterNetworks: undefined }));
    expect(withoutLater(asked.data)).toEqual(withoutLater(together));
  });

  it('takes relationship fields asked through fragments with the page too', async () => {
    await fetch(`${server.baseUrl}/test/store-calls/reset`, { method: 'POST' });
    const asked = await server.as(testToken(TEST_ACCOUNTS.zonnewerf)).graphql<NestedList>(
      `query { entrepreneurs(first: 10) { edges { node { ...WithNetworks ... on Entrepreneur { fundings(first: 5) { edges { amountEur } } } } } } }
       fragment WithNetworks on Entrepreneur { id networks { totalCount edges { node { id } } } }`,
    );
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.entrepreneurs.edges[7].node.networks.edges.map((edge) => edge.node.id)).toEqual(['net-2', 'net-3']);
    const calls = (await (await fetch(`${server.baseUrl}/test/store-calls`)).json()) as Record<string, number>;
    expect(calls).toEqual({ findNodesWithRelated: 1 });
  });
});

import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

type Edge = { node: { id: string; name?: string }; cursor: string; [property: string]: unknown };
type Related = { totalCount: number; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

/**
 * Relationships as fields of the node types, the typed lists and their filters, over HTTP on
 * the contract fixture (see api-over-http.contract). Read-only: it changes nothing.
 */
export function describeRelationFieldsOverHttp(server: () => KoppelTestServer): void {
  describe('relationships as fields, and the typed lists', () => {
    const asEntrepreneur = () => server().as(testToken(TEST_ACCOUNTS.zonnewerf));

    it('answers an entrepreneur’s networks and fundings with the relationship’s properties, provenance and far end', async () => {
      const answer = await server().graphql<{ node: { networks: Related; fundings: Related; locatedIn: Related } }>(`{
        node(id: "ent-zonnewerf") { ... on Entrepreneur {
          networks { totalCount edges { year node { id name } provenance { addedBy } } }
          fundings { totalCount edges { amountEur year instrument type from to node { id kind } } }
          locatedIn { totalCount }
        } }
      }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.node.networks).toEqual({
        totalCount: 1,
        edges: [{ year: 2020, node: { id: 'net-impact-noord', name: 'Impact Noord' }, provenance: { addedBy: 'contract-suite' } }],
      });
      expect(answer.data?.node.fundings).toEqual({
        totalCount: 1,
        edges: [
          { amountEur: 50000, year: 2021, instrument: 'LOAN', type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf', node: { id: 'fund-noord', kind: 'Fund' } },
        ],
      });
      expect(answer.data?.node.locatedIn.totalCount).toBe(0);
    });

    it('answers the other side too: a network’s members, a fund’s fundings, a person’s employer, a purchaser’s suppliers', async () => {
      const answer = await server().graphql<{
        network: { members: Related; people: Related };
        fund: { funded: Related };
        person: { worksFor: Related };
        purchaser: { suppliers: Related };
      }>(`{
        network: node(id: "net-impact-noord") { ... on Network { members { edges { node { id } } } people { edges { role node { id } } } } }
        fund: node(id: "fund-noord") { ... on Fund { funded { edges { node { id } } } } }
        person: node(id: "person-anouk") { ... on Person { worksFor { edges { node { id } } } } }
        purchaser: node(id: "purchaser-groningen") { ... on Purchaser { suppliers { edges { amountEur node { id } } } } }
      }`);
      expect(answer.errors).toBeUndefined();
      const ids = (related: Related) => related.edges.map((edge) => edge.node.id);
      expect(ids(answer.data!.network.members)).toEqual(['ent-werkplaats', 'ent-zonnewerf']);
      expect(answer.data!.network.people.edges).toEqual([{ role: 'community manager', node: { id: 'person-anouk' } }]);
      expect(ids(answer.data!.fund.funded)).toEqual(['ent-zonnewerf']);
      expect(ids(answer.data!.person.worksFor)).toEqual(['net-impact-noord']);
      expect(answer.data!.purchaser.suppliers.edges).toEqual([{ amountEur: 12500, node: { id: 'ent-werkplaats' } }]);
    });

    it('shows a tie only coordinators may see to a coordinator and to its ends, and not to another entrepreneur', async () => {
      const query = `{
        node(id: "ent-zonnewerf") { ... on Entrepreneur { knows { totalCount edges { visibility node { id } } } } }
        relationships(filter: { types: [KNOWS] }) { totalCount }
      }`;
      const coordinator = await server().graphql<{ node: { knows: Related }; relationships: { totalCount: number } }>(query);
      expect(coordinator.data?.node.knows).toEqual({ totalCount: 1, edges: [{ visibility: 'COORDINATORS', node: { id: 'ent-kringloop' } }] });
      expect(coordinator.data?.relationships.totalCount).toBe(2);
      const end = await asEntrepreneur().graphql<{ node: { knows: Related }; relationships: { totalCount: number } }>(query);
      expect(end.data?.node.knows).toEqual(coordinator.data?.node.knows);
      expect(end.data?.relationships.totalCount).toBe(2);
      const other = await server().as(testToken(TEST_ACCOUNTS.werkplaats)).graphql<{ node: { knows: Related }; relationships: { totalCount: number } }>(query);
      expect(other.data?.node.knows).toEqual({ totalCount: 0, edges: [] });
      expect(other.data?.relationships.totalCount).toBe(1);
    });

    it('pages a relationship field with first and after', async () => {
      const query = `query ($after: String) {
        node(id: "net-impact-noord") { ... on Network { members(first: 1, after: $after) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
        } } }
      }`;
      type Members = { node: { members: Related } };
      const first = await server().graphql<Members>(query, { after: null });
      expect(first.data?.node.members).toMatchObject({ totalCount: 2, edges: [{ node: { id: 'ent-werkplaats' } }], pageInfo: { hasNextPage: true } });
      const second = await server().graphql<Members>(query, { after: first.data?.node.members.pageInfo.endCursor });
      expect(second.data?.node.members).toMatchObject({ edges: [{ node: { id: 'ent-zonnewerf' } }], pageInfo: { hasNextPage: false } });
    });

    it('refuses a page size over the maximum and a cursor it did not give out, with BAD_USER_INPUT naming the argument', async () => {
      const tooMany = await server().graphql(`{ node(id: "net-impact-noord") { ... on Network { members(first: 500) { totalCount } } } }`);
      expect(errorOf(tooMany)?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ field: 'first', reason: 'must be a whole number from 1 to 100' }] });
      const bogus = await server().graphql(`{ node(id: "net-impact-noord") { ... on Network { members(after: "bogus") { totalCount } } } }`);
      expect(errorOf(bogus)?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ field: 'after', reason: 'is not a cursor this API gave out' }] });
    });

    it('lists one kind with its own fields, filtered by stage, enterprise kind, name, theme and province', async () => {
      type Ids = { totalCount: number; edges: { node: { id: string } }[] };
      const answer = await server().graphql<{ startups: Ids; social: Ids; named: Ids; circular: Ids; funds: Ids }>(`{
        startups: entrepreneurs(filter: { stage: STARTUP }) { totalCount edges { node { id stage } } }
        social: entrepreneurs(filter: { enterpriseKind: SOCIAL, province: DRENTHE }) { totalCount edges { node { id } } }
        named: entrepreneurs(filter: { nameContains: "noord" }) { totalCount edges { node { id } } }
        circular: nodes(filter: { theme: CIRCULAR_ECONOMY, kinds: [Entrepreneur] }) { totalCount edges { node { id } } }
        funds(filter: { nameContains: "NOORD" }) { totalCount edges { node { id ticketMaxEur } } }
      }`);
      expect(answer.errors).toBeUndefined();
      const ids = (list: Ids) => list.edges.map((edge) => edge.node.id);
      expect(ids(answer.data!.startups)).toEqual(['ent-zonnewerf']);
      expect(ids(answer.data!.social)).toEqual(['ent-kringloop']);
      expect(ids(answer.data!.named)).toEqual(['ent-werkplaats']);
      expect(ids(answer.data!.circular)).toEqual(['ent-kringloop', 'ent-werkplaats']);
      expect(answer.data!.funds.edges).toEqual([{ node: { id: 'fund-noord', ticketMaxEur: 250000 } }]);
    });
  });
}

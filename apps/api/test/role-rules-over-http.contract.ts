import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];
const codeOf = (answer: GraphQLAnswer<unknown>) => errorOf(answer)?.extensions?.code;

/**
 * The role rules of issue 5 on the paths privacy-over-http.contract does not walk: contact data
 * and needs in connections and nested fields, shared needs, another entrepreneur's requests,
 * scouting only what is visible for matchmaking, reviewing for coordinators only; and NOT_FOUND for
 * every operation that takes the id of something that must exist. Werkplaats has no accepted
 * introduction, so it sees no one's contact data.
 */
export function describeRoleRulesOverHttp(server: () => KoppelTestServer): void {
  describe('role rules on every path', () => {
    const coordinator = () => server();
    const as = (account: keyof typeof TEST_ACCOUNTS) => server().as(testToken(TEST_ACCOUNTS[account]));

    describe('personal contact data', () => {
      const everyPath = `{
        people(filter: { nameContains: "Anouk" }) { edges { node { email phone } } }
        node(id: "net-impact-noord") { ... on Network { people { edges { node { ... on Person { email phone } } } } } }
        neighbourhood(id: "net-impact-noord", depth: 1) { nodes { id ... on Person { email phone } } }
      }`;
      type Paths = {
        people: { edges: { node: { email: string | null; phone: string | null } }[] };
        node: { people: { edges: { node: { email: string | null; phone: string | null } }[] } };
        neighbourhood: { nodes: { id: string; email?: string | null; phone?: string | null }[] };
      };
      const contactsOn = (answer: GraphQLAnswer<Paths>) => [
        answer.data?.people.edges[0].node,
        answer.data?.node.people.edges[0].node,
        answer.data?.neighbourhood.nodes.filter((node) => node.id === 'person-anouk').map(({ email, phone }) => ({ email, phone }))[0],
      ];
      const anouk = { email: 'anouk@example.org', phone: '+31 6 1234 5678' };

      it('reaches a coordinator in lists, nested fields and neighbourhoods', async () => {
        const answer = await coordinator().graphql<Paths>(everyPath);
        expect(answer.errors).toBeUndefined();
        expect(contactsOn(answer)).toEqual([anouk, anouk, anouk]);
      });

      it('is masked (null, no error) for an entrepreneur, a fund and a purchaser on each of those paths', async () => {
        for (const account of ['werkplaats', 'fund', 'purchaser'] as const) {
          const answer = await as(account).graphql<Paths>(everyPath);
          expect(answer.errors).toBeUndefined();
          expect({ account, contacts: contactsOn(answer) }).toEqual({ account, contacts: [{ email: null, phone: null }, { email: null, phone: null }, { email: null, phone: null }] });
        }
      });
    });

    describe('an entrepreneur’s needs', () => {
      const needsOf = `{ entrepreneurs(first: 10) { edges { node { id needsShared needs { domain } } } } }`;
      type Listed = { entrepreneurs: { edges: { node: { id: string; needsShared: boolean; needs: { domain: string }[] | null } }[] } };
      const needsById = async (account: keyof typeof TEST_ACCOUNTS) =>
        Object.fromEntries(((await as(account).graphql<Listed>(needsOf)).data?.entrepreneurs.edges ?? []).map(({ node }) => [node.id, node.needs]));

      it('reaches another entrepreneur when shared, in the typed list and by id, and not when unshared', async () => {
        const seenByZonnewerf = await needsById('zonnewerf');
        expect(seenByZonnewerf['ent-zuivel-gedeeld']).toEqual([{ domain: 'KNOWLEDGE' }]);
        expect(seenByZonnewerf['ent-werkplaats']).toBeNull();
        expect(seenByZonnewerf['ent-zonnewerf']).toEqual([{ domain: 'FINANCE' }]);
        const byId = await as('werkplaats').graphql(`{ node(id: "ent-zuivel-gedeeld") { ... on Entrepreneur { needsShared needs { domain } } } }`);
        expect(byId.data).toEqual({ node: { needsShared: true, needs: [{ domain: 'KNOWLEDGE' }] } });
        const filtered = await as('werkplaats').graphql<{ nodes: { edges: { node: { id: string } }[] } }>(`{ nodes(filter: { needs: KNOWLEDGE }) { edges { node { id } } } }`);
        expect(filtered.data?.nodes.edges.map((edge) => edge.node.id)).toEqual(['ent-zuivel-gedeeld']);
      });

      it('reaches coordinators, funds and purchasers whether shared or not', async () => {
        for (const account of ['coordinator', 'fund', 'purchaser'] as const) {
          const seen = await needsById(account);
          expect({ account, werkplaats: seen['ent-werkplaats'] }).toEqual({ account, werkplaats: [{ domain: 'MARKET_POLICY' }] });
        }
      });
    });

    describe('introduction requests', () => {
      it('an entrepreneur lists its own, not another entrepreneur’s', async () => {
        expect((await as('zonnewerf').graphql(`{ introductions(involving: "ent-zonnewerf") { totalCount } }`)).errors).toBeUndefined();
        const other = await as('zonnewerf').graphql(`{ introductions(involving: "ent-werkplaats") { totalCount } }`);
        expect(errorOf(other)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining("involving 'ent-werkplaats' is not the organisation of this account") });
      });

      it('only a coordinator or admin reviews: every other role is FORBIDDEN before the id is looked at', async () => {
        const review = `mutation { reviewIntroduction(id: "intro:e2e-nobody", decision: APPROVE) { status } }`;
        for (const account of ['zonnewerf', 'fund', 'purchaser'] as const) {
          const answer = await as(account).graphql(review);
          expect({ account, code: codeOf(answer) }).toEqual({ account, code: 'FORBIDDEN' });
        }
        expect(codeOf(await coordinator().graphql(review))).toBe('NOT_FOUND');
        expect(codeOf(await as('admin').graphql(review))).toBe('NOT_FOUND');
      });
    });

    it('a relationship is changed only by its ends’ accounts or a coordinator', async () => {
      const change = `mutation { updateRelationship(relationship: { type: FUNDED, from: "fund-noord", to: "ent-zonnewerf" }, patch: { year: 2021 }) { year } }`;
      expect(errorOf(await as('kringloop').graphql(change))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect((await as('fund').graphql(change)).data).toEqual({ updateRelationship: { year: 2021 } });
    });

    describe('scouting', () => {
      const candidate = { id: 'ent-e2e-scout', name: 'E2E Scoutbaar', municipality: 'groningen', enterpriseKind: 'SOCIAL', stage: 'STARTUP' };
      const scouted = async () =>
        (await as('fund').graphql<{ scoutEntrepreneurs: { suggestions: { target: { id: string } }[] } }>(
          `{ scoutEntrepreneurs(fundId: "fund-noord", limit: 50) { suggestions { target { id } } } }`,
        )).data?.scoutEntrepreneurs.suggestions.map((suggestion) => suggestion.target.id);

      it('a fund finds an entrepreneur visible for matchmaking, and no longer once it opts out', async () => {
        const created = await coordinator().graphql(`mutation ($input: CreateEntrepreneurInput!) { createEntrepreneur(input: $input) { id } }`, { input: candidate });
        expect(created.errors).toBeUndefined();
        try {
          expect(await scouted()).toContain('ent-e2e-scout');
          const optOut = await coordinator().graphql(`mutation { setVisibleForMatchmaking(organisationId: "ent-e2e-scout", visible: false) { id } }`);
          expect(optOut.errors).toBeUndefined();
          expect(await scouted()).not.toContain('ent-e2e-scout');
        } finally {
          await coordinator().graphql(`mutation { deleteNode(id: "ent-e2e-scout") }`);
        }
      });
    });

    describe('NOT_FOUND for an unknown id', () => {
      const unknown: [string, string][] = [
        ['introduction', `{ introduction(id: "intro:e2e-nobody") { id } }`],
        ['introductionPath', `{ introductionPath(from: "ent-kringloop", to: "e2e-nobody") { askFirst { id } } }`],
        ['suggestNetworkMembers', `{ suggestNetworkMembers(networkId: "net-e2e-nobody") { truncated } }`],
        ['scoutEntrepreneurs', `{ scoutEntrepreneurs(fundId: "fund-e2e-nobody") { truncated } }`],
        ['findSuppliers', `{ findSuppliers(purchaserId: "purchaser-e2e-nobody") { truncated } }`],
        ['recordIntroductionOutcome', `mutation { recordIntroductionOutcome(id: "intro:e2e-nobody", outcome: { kind: MET, on: "2026-01-01" }) { id } }`],
        ['setVisibleForMatchmaking', `mutation { setVisibleForMatchmaking(organisationId: "e2e-nobody", visible: false) { id } }`],
        ['forgetPerson', `mutation { forgetPerson(personId: "person-e2e-nobody", reason: "test") { accountsRemoved } }`],
      ];
      it.each(unknown)('%s', async (_operation, document) => {
        expect(codeOf(await coordinator().graphql(document))).toBe('NOT_FOUND');
      });
    });
  });
}

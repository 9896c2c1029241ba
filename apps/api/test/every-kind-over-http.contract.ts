import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

/** Per kind: its typed list, and the fields a new one needs beside its name. Entrepreneur: editing-over-http.contract. */
const KINDS = [
  { kind: 'Event', list: 'events', required: { date: '2026-05-12' } },
  { kind: 'Fund', list: 'funds', required: {} },
  { kind: 'KnowledgeInstitution', list: 'knowledgeInstitutions', required: {} },
  { kind: 'Municipality', list: null, required: { municipality: 'emmen' } },
  { kind: 'Network', list: 'networks', required: {} },
  { kind: 'Person', list: 'people', required: {} },
  { kind: 'Province', list: null, required: { province: 'DRENTHE' } },
  { kind: 'Purchaser', list: 'purchasers', required: { purchaserType: 'MUNICIPALITY' } },
  { kind: 'SupportProgramme', list: 'supportProgrammes', required: {} },
] as const;

/**
 * Create, list, update and delete for every node kind besides the entrepreneur, with the errors
 * each refuses with. Every test removes what it made, so the fixture stays as it was.
 */
export function describeEveryKindOverHttp(server: () => KoppelTestServer): void {
  describe('every node kind: create, list, update, delete', () => {
    const coordinator = () => server();
    const as = (account: keyof typeof TEST_ACCOUNTS) => server().as(testToken(TEST_ACCOUNTS[account]));

    describe.each(KINDS)('$kind', ({ kind, list, required }) => {
      const create = `mutation ($input: Create${kind}Input!) { create${kind}(input: $input) { id kind name } }`;
      const update = `mutation ($id: ID!, $patch: Update${kind}Input!) { update${kind}(id: $id, patch: $patch) { id name } }`;
      const id = `e2e-every-kind-${kind.toLowerCase()}`;
      const input = { id, name: `E2E ${kind}`, ...required };

      it(`lets a coordinator create a ${kind}, find it, rename it (not an entrepreneur: FORBIDDEN) and delete it`, async () => {
        const created = await coordinator().graphql(create, { input });
        expect(created.errors).toBeUndefined();
        expect(created.data).toEqual({ [`create${kind}`]: { id, kind, name: `E2E ${kind}` } });
        try {
          if (list) {
            const listed = await coordinator().graphql<Record<string, { edges: { node: { id: string } }[] }>>(
              `{ ${list}(filter: { nameContains: "E2E" }) { edges { node { id } } } }`,
            );
            expect(listed.data?.[list].edges.map((edge) => edge.node.id)).toEqual([id]);
          }
          const renamed = await coordinator().graphql(update, { id, patch: { name: `E2E ${kind} hernoemd` } });
          expect(renamed.errors).toBeUndefined();
          expect(renamed.data).toEqual({ [`update${kind}`]: { id, name: `E2E ${kind} hernoemd` } });
          const foreign = await as('zonnewerf').graphql(update, { id, patch: { name: 'Overgenomen' } });
          expect(errorOf(foreign)?.extensions?.code).toBe('FORBIDDEN');
          const emptied = await coordinator().graphql(update, { id, patch: { name: '' } });
          expect(errorOf(emptied)?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ field: 'patch.name', reason: 'must not be empty' }] });
          const again = await coordinator().graphql(create, { input });
          expect(errorOf(again)?.extensions?.code).toBe('CONFLICT');
        } finally {
          expect((await coordinator().graphql(`mutation ($id: ID!) { deleteNode(id: $id) }`, { id })).data).toEqual({ deleteNode: id });
        }
        expect((await coordinator().graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id })).data).toEqual({ node: null });
      });

      it(`refuses a new ${kind} from an entrepreneur (FORBIDDEN), with an empty name (BAD_USER_INPUT), and an unknown one to update (NOT_FOUND)`, async () => {
        const foreign = await as('zonnewerf').graphql(create, { input });
        expect(errorOf(foreign)?.extensions?.code).toBe('FORBIDDEN');
        const empty = await coordinator().graphql(create, { input: { ...input, name: '' } });
        expect(errorOf(empty)?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.name', reason: 'must not be empty' }] });
        const unknown = await coordinator().graphql(update, { id: 'e2e-nobody', patch: { name: 'X' } });
        expect(errorOf(unknown)).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: `${kind} 'e2e-nobody' does not exist` });
        expect((await coordinator().graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id })).data).toEqual({ node: null });
      });
    });

    it('lets a fund’s own account change its fund, and refuses a purchaser’s account', async () => {
      const rename = (name: string) => `mutation { updateFund(id: "fund-noord", patch: { name: "${name}" }) { name } }`;
      const own = await as('fund').graphql(rename('Noordelijk Impactfonds BV'));
      expect(own.data).toEqual({ updateFund: { name: 'Noordelijk Impactfonds BV' } });
      const other = await as('purchaser').graphql(rename('Overgenomen'));
      expect(errorOf(other)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: "an account may change only its own organisation, not 'fund-noord'" });
      expect((await coordinator().graphql(rename('Noordelijk Impactfonds'))).data).toEqual({ updateFund: { name: 'Noordelijk Impactfonds' } });
    });

    it('lists the 40 municipalities of the three provinces, with their codes', async () => {
      const answer = await as('purchaser').graphql<{ municipalities: { code: string; mainTown: string }[] }>(`{ municipalities { code mainTown } }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.municipalities).toHaveLength(40);
      expect(answer.data?.municipalities.map((municipality) => municipality.code)).toEqual(expect.arrayContaining(['groningen', 'assen', 'leeuwarden']));
    });
  });
}

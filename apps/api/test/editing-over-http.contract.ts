import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

const CREATE_ENTREPRENEUR = `mutation ($input: CreateEntrepreneurInput!) {
  createEntrepreneur(input: $input) { id kind name municipality province stage sdgs provenance { origin addedBy } }
}`;
const UPDATE_ENTREPRENEUR = `mutation ($id: ID!, $patch: UpdateEntrepreneurInput!) {
  updateEntrepreneur(id: $id, patch: $patch) { id name description foundedYear themes provenance { origin addedBy } }
}`;
const DELETE_NODE = `mutation ($id: ID!) { deleteNode(id: $id) }`;
const CREATE_RELATIONSHIP = `mutation ($input: NewRelationshipInput!) {
  createRelationship(input: $input) { id type from to year strength amountEur visibility provenance { origin addedBy } }
}`;
const UPDATE_RELATIONSHIP = `mutation ($relationship: RelationshipRefInput!, $patch: RelationshipPropertiesInput!) {
  updateRelationship(relationship: $relationship, patch: $patch) { id year role provenance { addedBy } }
}`;
const DELETE_RELATIONSHIP = `mutation ($relationship: RelationshipRefInput!) { deleteRelationship(relationship: $relationship) }`;
const NODE = `query ($id: ID!) { node(id: $id) { id name description } }`;

const NEW_ENTREPRENEUR = { name: 'Bakkerij De Korrel', municipality: 'assen', enterpriseKind: 'SOCIAL', stage: 'IDEA', sdgs: [2, 8] };

/**
 * Creating, updating and deleting nodes and the relationships users keep, over HTTP, with who
 * may (may-edit in libs/domain). Every test leaves the fixture as it found it, so the suites
 * after it see the same graph.
 */
export function describeEditingOverHttp(server: () => KoppelTestServer): void {
  describe('creating, updating and deleting', () => {
    // The default session is the coordinator's (api-over-http.contract signs in so).
    const coordinator = () => server();
    const as = (account: keyof typeof TEST_ACCOUNTS) => server().as(testToken(TEST_ACCOUNTS[account]));
    const nodeNamed = async (name: string) =>
      (await coordinator().graphql<{ nodes: { totalCount: number } }>(`query ($name: String!) { nodes(filter: { nameContains: $name }) { totalCount } }`, { name }))
        .data?.nodes.totalCount;

    describe('nodes', () => {
      it('lets a coordinator add a node, made by that account, with an id from its name, and delete it again', async () => {
        const created = await coordinator().graphql<{ createEntrepreneur: { id: string } }>(CREATE_ENTREPRENEUR, { input: NEW_ENTREPRENEUR });
        expect(created.errors).toBeUndefined();
        expect(created.data?.createEntrepreneur).toEqual({
          id: 'ent:bakkerij-de-korrel',
          kind: 'Entrepreneur',
          name: 'Bakkerij De Korrel',
          municipality: 'assen',
          province: 'DRENTHE',
          stage: 'IDEA',
          sdgs: [2, 8],
          provenance: { origin: 'USER', addedBy: TEST_ACCOUNTS.coordinator.id },
        });
        const again = await coordinator().graphql<{ createEntrepreneur: { id: string } }>(CREATE_ENTREPRENEUR, { input: NEW_ENTREPRENEUR });
        expect(again.data?.createEntrepreneur.id).toBe('ent:bakkerij-de-korrel-2');

        for (const id of ['ent:bakkerij-de-korrel', 'ent:bakkerij-de-korrel-2']) {
          expect((await coordinator().graphql(DELETE_NODE, { id })).data).toEqual({ deleteNode: id });
        }
        expect(await nodeNamed('Korrel')).toBe(0);
      });

      it('refuses bad input with BAD_USER_INPUT naming each field and reason, and writes nothing', async () => {
        const answer = await coordinator().graphql(CREATE_ENTREPRENEUR, {
          input: { ...NEW_ENTREPRENEUR, municipality: 'Asen', sdgs: [18], website: 'not a url' },
        });
        expect(errorOf(answer)?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(errorOf(answer)?.extensions?.issues).toEqual([
          { field: 'input.municipality', reason: "unknown municipality 'Asen'; did you mean 'assen'?" },
          { field: 'input.website', reason: 'must be a URL' },
          { field: 'input.sdgs[0]', reason: expect.stringContaining('17') },
        ]);
        expect(await nodeNamed('Korrel')).toBe(0);
      });

      it('refuses an id that is taken with CONFLICT', async () => {
        const answer = await coordinator().graphql(CREATE_ENTREPRENEUR, { input: { ...NEW_ENTREPRENEUR, id: 'ent-zonnewerf' } });
        expect(errorOf(answer)?.extensions?.code).toBe('CONFLICT');
        const zonnewerf = await coordinator().graphql<{ node: { name: string } }>(NODE, { id: 'ent-zonnewerf' });
        expect(zonnewerf.data?.node.name).toBe('Zonnewerf Coöperatie');
      });

      it('leaves adding and deleting nodes to coordinators: FORBIDDEN for an organisation’s account, nothing written', async () => {
        const create = await as('zonnewerf').graphql(CREATE_ENTREPRENEUR, { input: NEW_ENTREPRENEUR });
        expect(errorOf(create)).toMatchObject({ message: 'only coordinators may add nodes; ask a coordinator to add it', extensions: { code: 'FORBIDDEN' } });
        const remove = await as('zonnewerf').graphql(DELETE_NODE, { id: 'ent-zonnewerf' });
        expect(errorOf(remove)?.extensions?.code).toBe('FORBIDDEN');
        expect(await nodeNamed('Korrel')).toBe(0);
        expect((await coordinator().graphql<{ node: unknown }>(NODE, { id: 'ent-zonnewerf' })).data?.node).not.toBeNull();
      });

      it('lets an organisation’s own account change the fields it sends, keeping the others and the first provenance', async () => {
        const changed = await as('zonnewerf').graphql(UPDATE_ENTREPRENEUR, {
          id: 'ent-zonnewerf',
          patch: { description: 'Zonnepanelen op sociale huurwoningen', foundedYear: null },
        });
        expect(changed.errors).toBeUndefined();
        expect(changed.data).toEqual({
          updateEntrepreneur: {
            id: 'ent-zonnewerf',
            name: 'Zonnewerf Coöperatie',
            description: 'Zonnepanelen op sociale huurwoningen',
            foundedYear: null,
            themes: ['ENERGY_TRANSITION', 'CO2_REDUCTION'],
            provenance: { origin: 'IMPORT', addedBy: 'contract-suite' },
          },
        });
        const restored = await coordinator().graphql(UPDATE_ENTREPRENEUR, { id: 'ent-zonnewerf', patch: { description: null, foundedYear: 2019 } });
        expect(restored.data).toMatchObject({ updateEntrepreneur: { description: null, foundedYear: 2019 } });
      });

      it('lets an entrepreneur share its needs with other entrepreneurs, and take them back', async () => {
        const needsAs = async (name: keyof typeof TEST_ACCOUNTS) =>
          (await as(name).graphql<{ node: { needs: unknown[] | null } }>(`{ node(id: "ent-zonnewerf") { ... on Entrepreneur { needs { domain } } } }`)).data?.node.needs;
        expect(await needsAs('kringloop')).toBeNull();
        const shared = await as('zonnewerf').graphql(UPDATE_ENTREPRENEUR, { id: 'ent-zonnewerf', patch: { needsShared: true } });
        expect(shared.errors).toBeUndefined();
        expect(await needsAs('kringloop')).toEqual([{ domain: 'FINANCE' }]);
        await as('zonnewerf').graphql(UPDATE_ENTREPRENEUR, { id: 'ent-zonnewerf', patch: { needsShared: false } });
        expect(await needsAs('kringloop')).toBeNull();
      });

      it('lets a coordinator record a person with contact data, checked like an import', async () => {
        const create = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id ... on Person { email phone } } }`;
        const bad = await coordinator().graphql(create, { input: { name: 'Femke Fictief', email: 'femke-at-example.org' } });
        expect(errorOf(bad)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'input.email', reason: 'must be an e-mail address' }] });
        const made = await coordinator().graphql<{ createPerson: { id: string; email: string; phone: string } }>(create, {
          input: { name: 'Femke Fictief', email: 'femke@example.org', phone: '+31 6 0000 0042' },
        });
        expect(made.data?.createPerson).toMatchObject({ email: 'femke@example.org', phone: '+31 6 0000 0042' });
        await coordinator().graphql(DELETE_NODE, { id: made.data?.createPerson.id });
      });

      it('refuses to change another organisation (FORBIDDEN), an unknown id or one of another kind (NOT_FOUND), a bad value (BAD_USER_INPUT)', async () => {
        const other = await as('kringloop').graphql(UPDATE_ENTREPRENEUR, { id: 'ent-zonnewerf', patch: { name: 'Overgenomen' } });
        expect(errorOf(other)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: "an account may change only its own organisation, not 'ent-zonnewerf'" });
        const unknown = await coordinator().graphql(UPDATE_ENTREPRENEUR, { id: 'ent-nobody', patch: { name: 'X' } });
        expect(errorOf(unknown)).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: "Entrepreneur 'ent-nobody' does not exist" });
        const otherKind = await coordinator().graphql(`mutation { updateFund(id: "ent-zonnewerf", patch: { name: "X" }) { id } }`);
        expect(errorOf(otherKind)?.extensions?.code).toBe('NOT_FOUND');
        const bad = await coordinator().graphql(UPDATE_ENTREPRENEUR, { id: 'ent-zonnewerf', patch: { foundedYear: 1700, name: '' } });
        expect(errorOf(bad)?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          issues: [
            { field: 'patch.name', reason: 'must not be empty' },
            { field: 'patch.foundedYear', reason: expect.stringContaining('1800') },
          ],
        });
        const unknownDelete = await coordinator().graphql(DELETE_NODE, { id: 'ent-nobody' });
        expect(errorOf(unknownDelete)?.extensions?.code).toBe('NOT_FOUND');
        expect((await coordinator().graphql<{ node: { name: string } }>(NODE, { id: 'ent-zonnewerf' })).data?.node.name).toBe('Zonnewerf Coöperatie');
      });

      it('refuses every change to a caller who is not signed in', async () => {
        const answer = await server().as(null).graphql(CREATE_ENTREPRENEUR, { input: NEW_ENTREPRENEUR });
        expect(errorOf(answer)?.extensions?.code).toBe('UNAUTHENTICATED');
      });
    });

    describe('relationships', () => {
      const membership = { type: 'MEMBER_OF', from: 'ent-kringloop', to: 'net-impact-noord' };

      it('lets an organisation add a membership of its own, change its properties and delete it', async () => {
        const created = await as('kringloop').graphql(CREATE_RELATIONSHIP, { input: { ...membership, year: 2025 } });
        expect(created.errors).toBeUndefined();
        expect(created.data).toEqual({
          createRelationship: {
            id: 'ent-kringloop>MEMBER_OF>net-impact-noord',
            type: 'MEMBER_OF',
            from: 'ent-kringloop',
            to: 'net-impact-noord',
            year: 2025,
            strength: null,
            amountEur: null,
            visibility: 'PUBLIC',
            provenance: { origin: 'USER', addedBy: TEST_ACCOUNTS.kringloop.id },
          },
        });
        const members = await coordinator().graphql<{ node: { members: { totalCount: number } } }>(
          `{ node(id: "net-impact-noord") { ... on Network { members { totalCount } } } }`,
        );
        expect(members.data?.node.members.totalCount).toBe(3);

        const updated = await as('kringloop').graphql(UPDATE_RELATIONSHIP, { relationship: membership, patch: { year: 2024, role: 'bestuurslid' } });
        expect(updated.data).toEqual({
          updateRelationship: { id: 'ent-kringloop>MEMBER_OF>net-impact-noord', year: 2024, role: 'bestuurslid', provenance: { addedBy: TEST_ACCOUNTS.kringloop.id } },
        });

        const deleted = await as('kringloop').graphql(DELETE_RELATIONSHIP, { relationship: membership });
        expect(deleted.data).toEqual({ deleteRelationship: 'ent-kringloop>MEMBER_OF>net-impact-noord' });
        const after = await coordinator().graphql<{ node: { networks: { totalCount: number } } }>(
          `{ node(id: "ent-kringloop") { ... on Entrepreneur { networks { totalCount } } } }`,
        );
        expect(after.data?.node.networks.totalCount).toBe(0);
      });

      it('lets a coordinator record a funding with its properties, a second one apart by its key', async () => {
        const funding = { type: 'FUNDED', from: 'fund-noord', to: 'ent-kringloop', amountEur: 20000, year: 2025, instrument: 'GRANT' };
        const first = await coordinator().graphql(CREATE_RELATIONSHIP, { input: funding });
        const second = await coordinator().graphql(CREATE_RELATIONSHIP, { input: { ...funding, key: '2026', year: 2026 } });
        expect([first.errors, second.errors]).toEqual([undefined, undefined]);
        const fundings = await coordinator().graphql<{ node: { fundings: { edges: { amountEur: number; year: number; key: string | null }[] } } }>(
          `{ node(id: "ent-kringloop") { ... on Entrepreneur { fundings { edges { amountEur year key } } } } }`,
        );
        expect(fundings.data?.node.fundings.edges).toEqual([
          { amountEur: 20000, year: 2025, key: null },
          { amountEur: 20000, year: 2026, key: '2026' },
        ]);
        for (const key of [undefined, '2026']) {
          const ref = { type: 'FUNDED', from: 'fund-noord', to: 'ent-kringloop', ...(key ? { key } : {}) };
          expect((await coordinator().graphql(DELETE_RELATIONSHIP, { relationship: ref })).errors).toBeUndefined();
        }
      });

      it('refuses a relationship the account is no end of (FORBIDDEN), an unknown end or relationship (NOT_FOUND), one that exists (CONFLICT)', async () => {
        const foreign = await as('fund').graphql(CREATE_RELATIONSHIP, { input: membership });
        expect(errorOf(foreign)).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
        const unknownEnd = await coordinator().graphql(CREATE_RELATIONSHIP, { input: { ...membership, to: 'net-nobody' } });
        expect(errorOf(unknownEnd)).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: "Node 'net-nobody' does not exist" });
        const existing = await coordinator().graphql(CREATE_RELATIONSHIP, {
          input: { type: 'MEMBER_OF', from: 'ent-zonnewerf', to: 'net-impact-noord' },
        });
        expect(errorOf(existing)?.extensions?.code).toBe('CONFLICT');
        const missing = { relationship: membership };
        expect(errorOf(await coordinator().graphql(UPDATE_RELATIONSHIP, { ...missing, patch: { year: 2020 } }))?.extensions?.code).toBe('NOT_FOUND');
        expect(errorOf(await coordinator().graphql(DELETE_RELATIONSHIP, missing))).toMatchObject({
          extensions: { code: 'NOT_FOUND' },
          message: "Relationship 'ent-kringloop>MEMBER_OF>net-impact-noord' does not exist",
        });
        const foreignDelete = await as('kringloop').graphql(DELETE_RELATIONSHIP, {
          relationship: { type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf' },
        });
        expect(errorOf(foreignDelete)?.extensions?.code).toBe('FORBIDDEN');
      });

      it('refuses bad properties and ends of the wrong kind with BAD_USER_INPUT naming the field, and writes nothing', async () => {
        const tooStrong = await coordinator().graphql(CREATE_RELATIONSHIP, {
          input: { type: 'KNOWS', from: 'ent-kringloop', to: 'ent-werkplaats', strength: 2 },
        });
        expect(errorOf(tooStrong)?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          issues: [{ field: 'input.strength', reason: expect.stringContaining('1') }],
        });
        const wrongKind = await coordinator().graphql(CREATE_RELATIONSHIP, {
          input: { type: 'FUNDED', from: 'ent-werkplaats', to: 'ent-kringloop', amountEur: 100 },
        });
        expect(errorOf(wrongKind)?.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          issues: [{ field: 'input.from', reason: 'FUNDED cannot start at kind Entrepreneur (allowed: Fund, Municipality, Province)' }],
        });
        const badPatch = await coordinator().graphql(UPDATE_RELATIONSHIP, {
          relationship: { type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf' },
          patch: { year: 1500 },
        });
        expect(errorOf(badPatch)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'patch.year' }] });
        const ties = await coordinator().graphql<{ node: { knows: { totalCount: number }; fundings: { edges: { year: number }[] } } }>(
          `{ node(id: "ent-zonnewerf") { ... on Entrepreneur { knows { totalCount } fundings { edges { year } } } } }`,
        );
        expect(ties.data?.node.fundings.edges).toEqual([{ year: 2021 }]);
        const kringloop = await coordinator().graphql<{ node: { knows: { totalCount: number } } }>(
          `{ node(id: "ent-kringloop") { ... on Entrepreneur { knows { totalCount } } } }`,
        );
        expect(kringloop.data?.node.knows.totalCount).toBe(2);
      });
    });
  });
}

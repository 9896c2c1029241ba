import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS } from './test-accounts';

/** People the privacy rules are shown on, beside the contract fixture. All fictional. */
export const PRIVACY_NODES = [
  { id: 'person-bram', kind: 'Person', name: 'Bram Fictief', email: 'bram@example.org', phone: '+31 6 0000 0099' },
  { id: 'person-erik', kind: 'Person', name: 'Erik Verzonnen', email: 'erik@example.org' },
  // Shares its needs with other entrepreneurs; out of matchmaking, so no suggestion test meets it.
  {
    id: 'ent-zuivel-gedeeld',
    kind: 'Entrepreneur',
    name: 'Zuivelhoeve Gedeeld',
    municipality: 'emmen',
    enterpriseKind: 'CONSTRUCTIVE',
    stage: 'IDEA',
    needs: [{ domain: 'KNOWLEDGE', description: 'onderzoek naar weidemelk' }],
    needsShared: true,
    visibleForMatchmaking: false,
  },
] as const;
export const PRIVACY_RELATIONSHIPS = [{ type: 'WORKS_FOR', from: 'person-bram', to: 'fund-noord' }] as const;

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

/**
 * Who may see what, over HTTP with real sign-ins (libs/domain contact-, needs- and
 * relationship-visibility), consent, erasure and a person's own export. It writes (an accepted
 * introduction of Zonnewerf to the fund, a forgotten person) what the other suites do not read.
 */
export function describePrivacyOverHttp(server: () => KoppelTestServer): void {
  describe('privacy: who may see what, consent, erasure, export', () => {
    const tokens: Record<string, string> = {};
    const as = (name: keyof typeof TEST_ACCOUNTS | 'erik') => server().as(tokens[name]);
    const signIn = async (email: string, password: string) =>
      (await server().as(null).graphql<{ signIn: { token: string } }>(SIGN_IN, { email, password })).data?.signIn.token ?? '';

    beforeAll(async () => {
      for (const [name, account] of Object.entries(TEST_ACCOUNTS)) tokens[name] = await signIn(account.email, account.password);
    });

    const bramsEmail = async (name: keyof typeof TEST_ACCOUNTS) =>
      (await as(name).graphql<{ node: { email: string | null } }>(`{ node(id: "person-bram") { ... on Person { email } } }`)).data?.node.email;

    it('masks contact data (null, no error) for everyone but coordinators and the parties of an accepted introduction', async () => {
      expect(await bramsEmail('coordinator')).toBe('bram@example.org');
      expect(await bramsEmail('admin')).toBe('bram@example.org');
      for (const name of ['zonnewerf', 'werkplaats', 'fund', 'purchaser'] as const) expect(await bramsEmail(name)).toBeNull();

      const requested = await as('zonnewerf').graphql<{ requestIntroduction: { id: string } }>(
        `mutation { requestIntroduction(input: { targetId: "fund-noord", message: "Kennismaken?" }) { id } }`,
      );
      const id = requested.data?.requestIntroduction.id;
      const contacts = `{ introduction(id: "${id}") { contacts { sideId personId name email phone } } }`;
      expect((await as('zonnewerf').graphql<{ introduction: { contacts: unknown } }>(contacts)).data?.introduction.contacts).toBeNull();
      expect(await bramsEmail('zonnewerf')).toBeNull();

      const accepted = await as('fund').graphql(`mutation { respondToIntroduction(id: "${id}", accept: true) { status } }`);
      expect(accepted.errors).toBeUndefined();
      const bram = { sideId: 'fund-noord', personId: 'person-bram', name: 'Bram Fictief', email: 'bram@example.org', phone: '+31 6 0000 0099' };
      expect((await as('zonnewerf').graphql<{ introduction: { contacts: unknown } }>(contacts)).data?.introduction.contacts).toEqual([bram]);
      expect((await as('fund').graphql<{ introduction: { contacts: unknown } }>(contacts)).data?.introduction.contacts).toEqual([bram]);
      expect(await bramsEmail('zonnewerf')).toBe('bram@example.org');
      // Someone else is refused the whole introduction, contacts and all.
      expect((await as('werkplaats').graphql(contacts)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await bramsEmail('werkplaats')).toBeNull();
    });

    it('shows an entrepreneur’s unshared needs to itself, coordinators, funds and purchasers, not to other entrepreneurs', async () => {
      const needs = async (name: keyof typeof TEST_ACCOUNTS) =>
        (await as(name).graphql<{ node: { needs: unknown[] | null; needsShared: boolean } }>(
          `{ node(id: "ent-zonnewerf") { ... on Entrepreneur { needsShared needs { domain } } } }`,
        )).data?.node;
      for (const name of ['zonnewerf', 'coordinator', 'fund', 'purchaser'] as const) {
        expect(await needs(name)).toEqual({ needsShared: false, needs: [{ domain: 'FINANCE' }] });
      }
      expect(await needs('werkplaats')).toEqual({ needsShared: false, needs: null });
      const filtered = await as('werkplaats').graphql<{ nodes: { totalCount: number } }>(`{ nodes(filter: { needs: FINANCE }) { totalCount } }`);
      expect(filtered.data?.nodes.totalCount).toBe(0);
      const asFund = await as('fund').graphql<{ nodes: { totalCount: number } }>(`{ nodes(filter: { needs: FINANCE }) { totalCount } }`);
      expect(asFund.data?.nodes.totalCount).toBe(1);
    });

    it('shows a COORDINATORS tie to coordinators and to its two ends only, in lists, neighbourhoods and paths', async () => {
      const hidden = `{ relationships(filter: { types: [KNOWS], nodeIds: ["ent-zonnewerf"] }) { totalCount } }`;
      const count = async (name: keyof typeof TEST_ACCOUNTS) => (await as(name).graphql<{ relationships: { totalCount: number } }>(hidden)).data?.relationships.totalCount;
      expect(await count('coordinator')).toBe(1);
      expect(await count('zonnewerf')).toBe(1);
      expect(await count('kringloop')).toBe(1);
      expect(await count('werkplaats')).toBe(0);
      const path = `{ shortestPath(from: "ent-zonnewerf", to: "ent-kringloop", maxHops: 4) { relationships { type } } }`;
      const hops = async (name: keyof typeof TEST_ACCOUNTS) =>
        (await as(name).graphql<{ shortestPath: { relationships: unknown[] } }>(path)).data?.shortestPath.relationships.length;
      expect(await hops('zonnewerf')).toBe(1);
      expect(await hops('werkplaats')).toBe(3);
    });

    it('lets only the organisation itself or a coordinator switch its consent, which drops it from suggestions at once', async () => {
      const candidates = async () =>
        (await as('coordinator').graphql<{ suggestNetworkMembers: { suggestions: { target: { id: string } }[] } }>(
          `{ suggestNetworkMembers(networkId: "net-impact-noord") { suggestions { target { id } } } }`,
        )).data?.suggestNetworkMembers.suggestions.map((s) => s.target.id);
      const consent = (visible: boolean) => `mutation { setVisibleForMatchmaking(organisationId: "ent-kringloop", visible: ${visible}) { id visibleForMatchmaking } }`;
      expect(await candidates()).toContain('ent-kringloop');

      expect(errorOf(await as('werkplaats').graphql(consent(false)))?.extensions?.code).toBe('FORBIDDEN');
      const optedOut = await as('kringloop').graphql(consent(false));
      expect(optedOut.data).toEqual({ setVisibleForMatchmaking: { id: 'ent-kringloop', visibleForMatchmaking: false } });
      expect(await candidates()).not.toContain('ent-kringloop');

      const back = await as('coordinator').graphql(consent(true));
      expect(back.errors).toBeUndefined();
      expect(await candidates()).toContain('ent-kringloop');
    });

    it('exports a person’s own data, and refuses an account without a person', async () => {
      const mine = await as('coordinator').graphql<{ myData: { person: { id: string; email: string }; account: { id: string; email: string } } }>(
        `{ myData { person { id email } relationships { type } introductions { id } account { id email } auditEntries { action } } }`,
      );
      expect(mine.errors).toBeUndefined();
      expect(mine.data?.myData).toMatchObject({
        person: { id: 'person-anouk', email: 'anouk@example.org' },
        account: { id: TEST_ACCOUNTS.coordinator.id, email: TEST_ACCOUNTS.coordinator.email },
      });
      expect(errorOf(await as('fund').graphql(`{ myData { person { id } } }`))?.extensions?.code).toBe('FORBIDDEN');
    });

    it('forgets a person on their own request: node and account gone, the audit trail for admins only', async () => {
      const created = await as('admin').graphql(
        `mutation { createAccount(input: { email: "erik@koppel.test", password: "erik-is-fictional-1", role: FUND, organisationId: "fund-noord", personId: "person-erik" }) { id } }`,
      );
      expect(created.errors).toBeUndefined();
      tokens.erik = await signIn('erik@koppel.test', 'erik-is-fictional-1');

      const forget = (reason: string) =>
        `mutation { forgetPerson(personId: "person-erik", reason: "${reason}") { relationshipsRemoved accountsRemoved mentionsRedacted } }`;
      expect(errorOf(await as('fund').graphql(forget('weg')))?.extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await as('erik').graphql(forget(' ')))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'reason' }] });
      const forgotten = await as('erik').graphql(forget('eigen verzoek van Erik Verzonnen (erik@example.org)'));
      expect(forgotten.data).toEqual({ forgetPerson: { relationshipsRemoved: 0, accountsRemoved: 1, mentionsRedacted: 0 } });

      expect((await as('coordinator').graphql(`{ node(id: "person-erik") { id } }`)).data).toEqual({ node: null });
      expect(await signIn('erik@koppel.test', 'erik-is-fictional-1')).toBe('');
      // The token Erik signed in with, still within its quarter of an hour, no longer works either.
      expect(errorOf(await as('erik').graphql(`{ nodes { totalCount } }`))).toMatchObject({
        message: expect.stringContaining('no longer exists'),
        extensions: { code: 'UNAUTHENTICATED' },
      });

      const trail = `{ auditEntries { edges { node { action subject reason } } } }`;
      expect(errorOf(await as('coordinator').graphql(trail))?.extensions?.code).toBe('FORBIDDEN');
      const audit = await as('admin').graphql<{ auditEntries: { edges: { node: { action: string; subject: string; reason: string } }[] } }>(trail);
      const erasure = audit.data?.auditEntries.edges.map((edge) => edge.node).find((entry) => entry.action === 'FORGET_PERSON');
      expect(erasure).toEqual({ action: 'FORGET_PERSON', subject: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), reason: 'eigen verzoek van [verwijderd] ([verwijderd])' });
      expect(JSON.stringify(audit)).not.toContain('erik');
    });
  });
}

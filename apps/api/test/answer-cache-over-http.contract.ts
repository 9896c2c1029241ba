import type { KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken, type TestAccount } from './test-accounts';

const SUGGEST = `query ($subjectId: ID!) { suggestIntroductions(subjectId: $subjectId) { suggestions { target { id } } } }`;
const CREATE_RELATIONSHIP = `mutation ($input: NewRelationshipInput!) { createRelationship(input: $input) { id } }`;
const DELETE_RELATIONSHIP = `mutation ($relationship: RelationshipRefInput!) { deleteRelationship(relationship: $relationship) }`;
const CONSENT = `mutation ($id: ID!, $visible: Boolean!) { setVisibleForMatchmaking(organisationId: $id, visible: $visible) { id } }`;
const REQUEST = `mutation ($targetId: ID!) { requestIntroduction(input: { targetId: $targetId, message: "Graag kennismaken" }) { id } }`;
const RESPOND = `mutation ($id: ID!) { respondToIntroduction(id: $id, accept: false) { status } }`;

const CREATE_ENTREPRENEUR = `mutation ($input: CreateEntrepreneurInput!) { createEntrepreneur(input: $input) { id } }`;
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`;
const DELETE_NODE = `mutation ($id: ID!) { deleteNode(id: $id) }`;

/**
 * The server keeps the answers of suggestion queries (KOPPEL_SUGGESTION_CACHE_*, on by default):
 * an answer asked for twice, so kept, must still change at once after a write that changes it.
 * The subject is an entrepreneur made for these tests, with an account of its own (the suites
 * before have connected the fixture's entrepreneurs to nearly everything); each test asks twice,
 * writes, asks again, and undoes what it can. The subject goes at the end.
 */
export function describeAnswerCacheOverHttp(server: () => KoppelTestServer): void {
  describe('kept suggestion answers follow every write at once', () => {
    const coordinator = () => server();
    const as = (account: TestAccount) => server().as(testToken(account));
    let subject: TestAccount;

    beforeAll(async () => {
      const created = await as(TEST_ACCOUNTS.admin).graphql<{ createEntrepreneur: { id: string } }>(CREATE_ENTREPRENEUR, {
        input: {
          name: 'Zonnedak Proeftuin',
          municipality: 'groningen',
          enterpriseKind: 'SOCIAL',
          stage: 'STARTUP',
          themes: ['ENERGY_TRANSITION', 'CIRCULAR_ECONOMY', 'LABOUR_PARTICIPATION'],
          needs: [{ domain: 'FINANCE', description: 'startkapitaal', amountEur: 40000, instrument: 'LOAN' }],
        },
      });
      expect(created.errors).toBeUndefined();
      const organisationId = created.data?.createEntrepreneur.id as string;
      const account = { email: 'zonnedak@koppel.test', password: 'test-entrepreneur-password', role: 'ENTREPRENEUR' as const, organisationId };
      const made = await as(TEST_ACCOUNTS.admin).graphql<{ createAccount: { id: string } }>(CREATE_ACCOUNT, { input: account });
      expect(made.errors).toBeUndefined();
      subject = { ...account, id: made.data?.createAccount.id as string };
    });
    afterAll(async () => {
      if (subject) await coordinator().graphql(DELETE_NODE, { id: subject.organisationId });
    });

    async function suggested(): Promise<string[]> {
      const answer = await coordinator().graphql<{ suggestIntroductions: { suggestions: { target: { id: string } }[] } }>(SUGGEST, {
        subjectId: subject.organisationId,
      });
      expect(answer.errors).toBeUndefined();
      return answer.data?.suggestIntroductions.suggestions.map((s) => s.target.id) ?? [];
    }

    /** Asked twice, so the second answer is the kept one; both the same. */
    async function keptAnswer(): Promise<string[]> {
      const first = await suggested();
      await expect(suggested()).resolves.toEqual(first);
      expect(first.length).toBeGreaterThan(0);
      return first;
    }

    it('no longer suggests a target the subject just came to know (a new KNOWS tie), and suggests it again once the tie is gone', async () => {
      const before = await keptAnswer();
      const target = before[0];
      const tie = { type: 'KNOWS', from: subject.organisationId, to: target };
      expect((await coordinator().graphql(CREATE_RELATIONSHIP, { input: { ...tie, strength: 0.8 } })).errors).toBeUndefined();
      expect(await suggested()).not.toContain(target);
      expect((await coordinator().graphql(DELETE_RELATIONSHIP, { relationship: tie })).errors).toBeUndefined();
      await expect(suggested()).resolves.toEqual(before);
    });

    it('no longer suggests an organisation that just opted out, and suggests it again once it opts back in', async () => {
      const before = await keptAnswer();
      const target = before[0];
      expect((await coordinator().graphql(CONSENT, { id: target, visible: false })).errors).toBeUndefined();
      expect(await suggested()).not.toContain(target);
      expect((await coordinator().graphql(CONSENT, { id: target, visible: true })).errors).toBeUndefined();
      await expect(suggested()).resolves.toEqual(before);
    });

    it('no longer suggests a target once the subject asked to be introduced, nor after the target declined (cool-down)', async () => {
      const answerers = new Map<string, TestAccount>(
        [TEST_ACCOUNTS.zonnewerf, TEST_ACCOUNTS.kringloop, TEST_ACCOUNTS.werkplaats, TEST_ACCOUNTS.fund, TEST_ACCOUNTS.purchaser, TEST_ACCOUNTS.coordinator].map(
          (account) => [account.organisationId, account],
        ),
      );
      const before = await keptAnswer();
      const target = before.find((id) => answerers.has(id));
      expect(target).toBeDefined();

      const requested = await as(subject).graphql<{ requestIntroduction: { id: string } }>(REQUEST, { targetId: target });
      expect(requested.errors).toBeUndefined();
      expect(await suggested()).not.toContain(target);

      const declined = await as(answerers.get(target as string) as TestAccount).graphql(RESPOND, { id: requested.data?.requestIntroduction.id });
      expect(declined.errors).toBeUndefined();
      expect(await suggested()).not.toContain(target);
    });
  });
}

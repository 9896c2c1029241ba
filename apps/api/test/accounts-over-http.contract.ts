import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token expiresAt account { id email role organisationId personId organisation { id name } } }
}`;
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id email role organisationId personId } }`;

const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

/** Sign-in, tokens, the guard and making accounts, over HTTP, on the accounts of test-accounts.ts. */
export function describeAccountsOverHttp(server: () => KoppelTestServer): void {
  describe('accounts, sign-in and the guard', () => {
    const anonymous = () => server().as(null);
    const tokenOf = async (account: { email: string; password: string }) => {
      const answer = await anonymous().graphql<{ signIn: { token: string } }>(SIGN_IN, account);
      return answer.data?.signIn.token ?? '';
    };

    it('refuses every operation to an anonymous caller with UNAUTHENTICATED, saying how to sign in', async () => {
      for (const query of ['{ nodes(first: 1) { totalCount } }', '{ me { id } }', '{ graphStats { totalNodes } }']) {
        expect(errorOf(await anonymous().graphql(query))).toMatchObject({
          message: 'sign in first: send the token of signIn as "Authorization: Bearer <token>"',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
    });

    it('signs in with the e-mail in any case, and answers the account with its organisation, never its hash', async () => {
      const { coordinator } = TEST_ACCOUNTS;
      const answer = await anonymous().graphql<{ signIn: { token: string; expiresAt: string; account: unknown } }>(SIGN_IN, {
        email: coordinator.email.toUpperCase(),
        password: coordinator.password,
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.signIn.account).toEqual({
        id: coordinator.id,
        email: coordinator.email,
        role: 'COORDINATOR',
        organisationId: 'net-impact-noord',
        personId: 'person-anouk',
        organisation: { id: 'net-impact-noord', name: 'Impact Noord' },
      });
      const minutesLeft = (Date.parse(answer.data?.signIn.expiresAt ?? '') - Date.now()) / 60_000;
      expect(minutesLeft).toBeGreaterThan(14);
      expect(minutesLeft).toBeLessThanOrEqual(15);
      const me = await server().as(answer.data?.signIn.token ?? null).graphql(`{ me { id role } }`);
      expect(me.data).toEqual({ me: { id: coordinator.id, role: 'COORDINATOR' } });
      expect(errorOf(await server().graphql(`{ me { passwordHash } }`))?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers a wrong password and an unknown e-mail alike', async () => {
      const wrongPassword = await anonymous().graphql(SIGN_IN, { email: TEST_ACCOUNTS.fund.email, password: 'not-the-password' });
      const unknown = await anonymous().graphql(SIGN_IN, { email: 'nobody@koppel.test', password: 'not-the-password' });
      const notAnEmail = await anonymous().graphql(SIGN_IN, { email: 'nobody', password: 'not-the-password' });
      for (const answer of [wrongPassword, unknown, notAnEmail]) {
        expect(answer).toMatchObject({ data: null, errors: [{ message: 'e-mail or password is wrong', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
    });

    it('says why a token is refused: expired, or not one of its own; signIn itself still works with a bad token', async () => {
      const expired = testToken(TEST_ACCOUNTS.coordinator, { expiresAt: Math.floor(Date.now() / 1000) - 60 });
      expect(errorOf(await server().as(expired).graphql('{ me { id } }'))).toMatchObject({
        message: 'token expired: sign in again',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const forged = testToken({ ...TEST_ACCOUNTS.zonnewerf, role: 'ADMIN' }, { secret: 'some-other-secret-of-at-least-32-characters' });
      expect(errorOf(await server().as(forged).graphql('{ me { id } }'))).toMatchObject({
        message: 'token invalid: sign in again',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const signedIn = await server().as(forged).graphql<{ signIn: { token: string } }>(SIGN_IN, TEST_ACCOUNTS.fund);
      expect(signedIn.data?.signIn.token).toEqual(expect.any(String));
    });

    it('gives a signed-in account a fresh token that works', async () => {
      const token = await tokenOf(TEST_ACCOUNTS.purchaser);
      const refreshed = await server().as(token).graphql<{ refreshSession: { token: string; account: { id: string } } }>(
        `mutation { refreshSession { token account { id } } }`,
      );
      expect(refreshed.data?.refreshSession.account.id).toBe(TEST_ACCOUNTS.purchaser.id);
      const me = await server().as(refreshed.data?.refreshSession.token ?? null).graphql(`{ me { id } }`);
      expect(me.data).toEqual({ me: { id: TEST_ACCOUNTS.purchaser.id } });
      expect(errorOf(await anonymous().graphql(`mutation { refreshSession { token } }`))?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    describe('createAccount', () => {
      const input = { email: 'Nieuw.Fonds@Koppel.test', password: 'a-good-long-password', role: 'FUND', organisationId: 'fund-noord' };

      it('is refused to every role but ADMIN with FORBIDDEN naming who may', async () => {
        for (const account of [TEST_ACCOUNTS.coordinator, TEST_ACCOUNTS.zonnewerf, TEST_ACCOUNTS.fund]) {
          const answer = await server().as(await tokenOf(account)).graphql(CREATE_ACCOUNT, { input });
          expect(errorOf(answer)).toMatchObject({
            message: `createAccount is for ADMIN; this account is ${account.role}`,
            extensions: { code: 'FORBIDDEN' },
          });
        }
      });

      it('makes an account an ADMIN asks for, which can then sign in; a second one with the e-mail is a CONFLICT', async () => {
        const admin = server().as(await tokenOf(TEST_ACCOUNTS.admin));
        const made = await admin.graphql<{ createAccount: { id: string } }>(CREATE_ACCOUNT, { input });
        expect(made.errors).toBeUndefined();
        expect(made.data?.createAccount).toMatchObject({ email: 'nieuw.fonds@koppel.test', role: 'FUND', organisationId: 'fund-noord', personId: null });
        expect(await tokenOf({ email: input.email, password: input.password })).not.toBe('');
        const again = await admin.graphql(CREATE_ACCOUNT, { input: { ...input, email: 'NIEUW.FONDS@koppel.test' } });
        expect(errorOf(again)).toMatchObject({
          message: "an account with e-mail 'nieuw.fonds@koppel.test' already exists",
          extensions: { code: 'CONFLICT' },
        });
      });

      it('refuses bad input with BAD_USER_INPUT naming each field and reason, and makes nothing', async () => {
        const admin = server().as(await tokenOf(TEST_ACCOUNTS.admin));
        const cases: [Record<string, unknown>, { field: string; reason: string }[]][] = [
          [{ email: 'not-an-address', password: 'short' }, [
            { field: 'email', reason: 'must be an e-mail address, e.g. `anna@example.org`' },
            { field: 'password', reason: 'must be at least 12 characters' },
          ]],
          [{ email: 'coordinator@koppel.test', role: 'COORDINATOR', organisationId: 'ent-zonnewerf' }, [
            { field: 'organisationId', reason: "a COORDINATOR account acts for a node of kind Network, SupportProgramme or Municipality; 'ent-zonnewerf' is of kind Entrepreneur" },
          ]],
          [{ email: 'ghost@koppel.test', organisationId: 'fund-ghost' }, [{ field: 'organisationId', reason: "no node 'fund-ghost' exists" }]],
          [{ email: 'person@koppel.test', personId: 'ent-zonnewerf' }, [{ field: 'personId', reason: "'ent-zonnewerf' is of kind Entrepreneur, not Person" }]],
        ];
        for (const [change, issues] of cases) {
          const answer = await admin.graphql(CREATE_ACCOUNT, { input: { ...input, ...change } });
          expect(errorOf(answer)?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues });
          const email = String(change.email);
          expect(await anonymous().graphql(SIGN_IN, { email, password: input.password })).toMatchObject({ data: null });
        }
      });
    });
  });
}

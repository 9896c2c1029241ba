import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';
import { type TestAccount, TEST_ACCOUNTS } from './test-accounts';

/**
 * Suggestions, warm paths and the double opt-in, over HTTP, on the contract fixture (see
 * libs/graph-store/src/testing/contract-fixture.ts): Kringloop Assen knows Anouk, who works for
 * Impact Noord, whose members are Zonnewerf and Werkplaats. Fonds Noord funded Zonnewerf and funds
 * social start-ups and scale-ups in Groningen only. A COORDINATORS-only tie joins Zonnewerf and
 * Kringloop directly; callers who are not coordinators must never see it used. `call` asks as the
 * test coordinator (Anouk of Impact Noord); `as(account)` as another test account.
 */
export function describeMatchingOverHttp(server: () => KoppelTestServer): void {
  const call = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => server().graphql<T>(query, variables);
  const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];
  const tokens = new Map<string, Promise<string | null>>();
  const as = (account: TestAccount) => {
    if (!tokens.has(account.email)) {
      const signIn = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
      tokens.set(account.email, server().as(null).graphql<{ signIn: { token: string } }>(signIn, { email: account.email, password: account.password }).then((a) => a.data?.signIn.token ?? null));
    }
    return {
      graphql: async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
        server().as(await tokens.get(account.email)!).graphql<T>(query, variables),
    };
  };
  const expectForbidden = (answer: GraphQLAnswer<unknown>, message: string | RegExp) =>
    expect(errorOf(answer)).toMatchObject({
      message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
      extensions: { code: 'FORBIDDEN' },
    });

  type Listed = { suggestions: { target: { id: string }; warmWayIn: { via: { id: string } } | null; eligibility: { passed: boolean }[]; reasons: { sentence: { nl: string; en: string } }[] }[] };

  describe('suggestions and warm paths', () => {
    it('suggests entry points for an entrepreneur, explained, with who can introduce', async () => {
      const answer = await call<{ suggestIntroductions: Listed }>(`{
        suggestIntroductions(subjectId: "ent-kringloop") {
          suggestions {
            target { id }
            warmWayIn { via { id } }
            eligibility { rule passed }
            reasons { kind contribution sentence { nl en } }
            confidence { level }
          }
        }
      }`);
      expect(answer.errors).toBeUndefined();
      const suggestions = answer.data?.suggestIntroductions.suggestions ?? [];
      const network = suggestions.find((s) => s.target.id === 'net-impact-noord');
      expect(network?.warmWayIn?.via.id).toBe('person-anouk');
      // The fund works in Groningen only and funds no established enterprises; the purchaser buys nothing Kringloop offers.
      expect(suggestions.map((s) => s.target.id)).not.toContain('fund-noord');
      expect(suggestions.map((s) => s.target.id)).not.toContain('purchaser-groningen');
      for (const suggestion of suggestions) {
        expect(suggestion.eligibility.every((rule) => rule.passed)).toBe(true);
        expect(suggestion.reasons.every((reason) => reason.sentence.nl.length > 0 && reason.sentence.en.length > 0)).toBe(true);
      }
    });

    it('lets a network find entrepreneurs who should join, not its members', async () => {
      const answer = await call<{ suggestNetworkMembers: Listed }>(`{
        suggestNetworkMembers(networkId: "net-impact-noord") { suggestions { target { id } warmWayIn { via { id } } } }
      }`);
      expect(answer.data?.suggestNetworkMembers.suggestions.map((s) => [s.target.id, s.warmWayIn?.via.id])).toEqual([
        ['ent-kringloop', 'person-anouk'],
      ]);
    });

    it("lets a fund scout only enterprises its thesis allows and it has not funded yet", async () => {
      const answer = await call<{ scoutEntrepreneurs: Listed & { candidatesConsidered: number } }>(`{
        scoutEntrepreneurs(fundId: "fund-noord", filter: { province: GRONINGEN }) { candidatesConsidered suggestions { target { id } } }
      }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.scoutEntrepreneurs).toEqual({ candidatesConsidered: 1, suggestions: [] });
    });

    it('finds suppliers for a procurement question', async () => {
      const answer = await call<{ findSuppliers: Listed }>(`{
        findSuppliers(purchaserId: "purchaser-groningen", question: "zonnepanelen op sociale huurwoningen") {
          suggestions { target { id } reasons { kind evidence { categories } } }
        }
      }`);
      expect(answer.data?.findSuppliers.suggestions.map((s) => s.target.id)).toEqual(['ent-zonnewerf']);
    });

    it('finds the warm path over public ties only, and names who to ask first', async () => {
      const answer = await call<{ introductionPath: { askFirst: { id: string }; paths: { nodes: { id: string }[]; hops: number }[] } }>(`{
        introductionPath(from: "ent-kringloop", to: "ent-zonnewerf") { askFirst { id } paths { hops nodes { id } } sentence { nl } }
      }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.introductionPath.askFirst.id).toBe('person-anouk');
      expect(answer.data?.introductionPath.paths[0].nodes.map((n) => n.id)).toEqual([
        'ent-kringloop',
        'person-anouk',
        'net-impact-noord',
        'ent-zonnewerf',
      ]);
    });

    it('refuses a subject of the wrong kind, an unknown subject and a limit out of range, with codes', async () => {
      const wrongKind = await call(`{ scoutEntrepreneurs(fundId: "ent-zonnewerf") { truncated } }`);
      expect(errorOf(wrongKind)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'fundId' }] });
      const unknown = await call(`{ suggestIntroductions(subjectId: "ent-nobody") { truncated } }`);
      expect(errorOf(unknown)?.extensions?.code).toBe('NOT_FOUND');
      const limit = await call(`{ suggestIntroductions(subjectId: "ent-kringloop", limit: 0) { truncated } }`);
      expect(errorOf(limit)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'limit', reason: 'must be a whole number from 1 to 50' }] });
      const hops = await call(`{ introductionPath(from: "ent-kringloop", to: "ent-zonnewerf", maxHops: 9) { sentence { en } } }`);
      expect(errorOf(hops)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'maxHops' }] });
    });
  });

  describe('who may ask for suggestions and paths', () => {
    const { zonnewerf, kringloop, fund, purchaser } = TEST_ACCOUNTS;
    const suggest = (subjectId: string) => `{ suggestIntroductions(subjectId: "${subjectId}") { suggestions { target { id } } } }`;
    const scout = (fundId: string) => `{ scoutEntrepreneurs(fundId: "${fundId}") { candidatesConsidered } }`;
    const suppliers = (purchaserId: string) => `{ findSuppliers(purchaserId: "${purchaserId}") { suggestions { target { id } } } }`;
    const path = (from: string) => `{ introductionPath(from: "${from}", to: "net-impact-noord") { askFirst { id } } }`;
    const shown = (subjectId: string) => `mutation { recordSuggestionsShown(subjectId: "${subjectId}", targetIds: ["fund-noord"]) }`;

    it('an entrepreneur gets suggestions for its own organisation only; a fund or purchaser none', async () => {
      expect((await as(zonnewerf).graphql(suggest('ent-zonnewerf'))).errors).toBeUndefined();
      expectForbidden(await as(zonnewerf).graphql(suggest('ent-kringloop')), "subjectId 'ent-kringloop' is not the organisation of this account ('ent-zonnewerf')");
      expectForbidden(await as(fund).graphql(suggest('ent-zonnewerf')), /^suggestIntroductions is for ENTREPRENEUR, COORDINATOR or ADMIN; this account is FUND$/);
    });

    it('a fund scouts for its own fund only; an entrepreneur not at all', async () => {
      expect((await as(fund).graphql(scout('fund-noord'))).errors).toBeUndefined();
      expectForbidden(await as(fund).graphql(scout('fund-elsewhere')), "fundId 'fund-elsewhere' is not the organisation");
      expectForbidden(await as(zonnewerf).graphql(scout('fund-noord')), /is for FUND, COORDINATOR or ADMIN; this account is ENTREPRENEUR/);
    });

    it('a purchaser finds suppliers for itself only; an entrepreneur not at all', async () => {
      expect((await as(purchaser).graphql(suppliers('purchaser-groningen'))).errors).toBeUndefined();
      expectForbidden(await as(purchaser).graphql(suppliers('purchaser-elders')), "purchaserId 'purchaser-elders' is not the organisation");
      expectForbidden(await as(kringloop).graphql(suppliers('purchaser-groningen')), /is for PURCHASER, COORDINATOR or ADMIN/);
    });

    it('only a coordinator looks for network members', async () => {
      expect((await call(`{ suggestNetworkMembers(networkId: "net-impact-noord") { truncated } }`)).errors).toBeUndefined();
      expectForbidden(await as(zonnewerf).graphql(`{ suggestNetworkMembers(networkId: "net-impact-noord") { truncated } }`), /is for COORDINATOR or ADMIN; this account is ENTREPRENEUR/);
    });

    it('a warm path starts at the own organisation unless a coordinator asks', async () => {
      expect((await as(kringloop).graphql(path('ent-kringloop'))).errors).toBeUndefined();
      expectForbidden(await as(kringloop).graphql(path('ent-zonnewerf')), "from 'ent-zonnewerf' is not the organisation of this account");
      expect((await call(path('ent-zonnewerf'))).errors).toBeUndefined();
    });

    it('what was shown is recorded for the own organisation only', async () => {
      expect((await as(zonnewerf).graphql(shown('ent-zonnewerf'))).data).toEqual({ recordSuggestionsShown: true });
      expectForbidden(await as(zonnewerf).graphql(shown('ent-werkplaats')), "subjectId 'ent-werkplaats' is not the organisation");
    });
  });

  describe('introductions, double opt-in', () => {
    type Intro = { id: string; status: string; version: number };
    const REQUEST = `mutation($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id status version requesterId } }`;
    const request = (requester: TestAccount, targetId: string, review = false) =>
      as(requester).graphql<{ requestIntroduction: Intro & { requesterId: string } }>(REQUEST, {
        input: { targetId, message: 'Graag kennismaken', reasons: ['Beide circulair'], review },
      });
    const { zonnewerf, kringloop, werkplaats, fund, purchaser } = TEST_ACCOUNTS;

    it('goes request -> review -> accept -> outcome, each step by the signed-in party, kept with who took it', async () => {
      const requested = await request(kringloop, 'net-impact-noord', true);
      expect(requested.errors).toBeUndefined();
      const id = requested.data?.requestIntroduction.id;
      expect(requested.data?.requestIntroduction).toMatchObject({ status: 'AWAITING_REVIEW', requesterId: 'ent-kringloop' });

      const review = `mutation { reviewIntroduction(id: "${id}", decision: APPROVE) { status steps { action actorId } } }`;
      expectForbidden(await as(kringloop).graphql(review), /^reviewIntroduction is for COORDINATOR or ADMIN; this account is ENTREPRENEUR$/);
      const reviewed = await call<{ reviewIntroduction: Intro & { steps: { action: string; actorId: string }[] } }>(review);
      expect(reviewed.data?.reviewIntroduction.status).toBe('AWAITING_RESPONSE');
      expect(reviewed.data?.reviewIntroduction.steps.at(-1)).toEqual({ action: 'APPROVED', actorId: 'person-anouk' });

      const respond = `mutation { respondToIntroduction(id: "${id}", accept: true) { status } }`;
      expectForbidden(await as(kringloop).graphql(respond), "only the account of the target ('net-impact-noord') may accept or decline");
      const accepted = await call<{ respondToIntroduction: Intro }>(respond);
      expect(accepted.data?.respondToIntroduction.status).toBe('INTRODUCED');

      const today = new Date().toISOString().slice(0, 10);
      const record = `mutation { recordIntroductionOutcome(id: "${id}", outcome: { kind: MET, on: "${today}" }) { outcome { kind } steps { action actorId } } }`;
      expectForbidden(await as(werkplaats).graphql(record), `only the two sides of introduction '${id}' may record its outcome`);
      const outcome = await as(kringloop).graphql<{ recordIntroductionOutcome: { outcome: { kind: string }; steps: { action: string; actorId: string }[] } }>(record);
      expect(outcome.errors).toBeUndefined();
      expect(outcome.data?.recordIntroductionOutcome.outcome).toEqual({ kind: 'MET' });
      expect(outcome.data?.recordIntroductionOutcome.steps.map((step) => step.action)).toEqual(['REQUESTED', 'APPROVED', 'ACCEPTED', 'OUTCOME_RECORDED']);
      expect(outcome.data?.recordIntroductionOutcome.steps.at(-1)?.actorId).toBe('ent-kringloop');

      const suggestions = await call<{ suggestIntroductions: Listed }>(`{ suggestIntroductions(subjectId: "ent-kringloop") { suggestions { target { id } } } }`);
      expect(suggestions.data?.suggestIntroductions.suggestions.map((s) => s.target.id)).not.toContain('net-impact-noord');
    });

    it('shows an introduction and lists introductions to their parties and coordinators only', async () => {
      const id = (await request(werkplaats, 'fund-noord')).data?.requestIntroduction.id;
      const one = `{ introduction(id: "${id}") { id } }`;
      for (const allowed of [werkplaats, fund]) expect((await as(allowed).graphql(one)).data).toEqual({ introduction: { id } });
      expect((await call(one)).data).toEqual({ introduction: { id } });
      expectForbidden(await as(zonnewerf).graphql(one), `introduction '${id}' is for its two sides and coordinators only`);

      const list = (involving: string) => `{ introductions(involving: "${involving}") { edges { node { id } } } }`;
      expect((await as(fund).graphql(list('fund-noord'))).errors).toBeUndefined();
      expectForbidden(await as(fund).graphql(list('ent-werkplaats')), "involving 'ent-werkplaats' is not the organisation of this account");
      expect((await call(list('ent-werkplaats'))).errors).toBeUndefined();
    });

    it('refuses a duplicate request with CONFLICT and a request to oneself with BAD_USER_INPUT, writing nothing', async () => {
      const first = await request(werkplaats, 'ent-kringloop');
      expect(first.errors).toBeUndefined();
      const duplicate = await request(werkplaats, 'ent-kringloop');
      expect(errorOf(duplicate)?.extensions?.code).toBe('CONFLICT');
      const reverse = await request(kringloop, 'ent-werkplaats');
      expect(errorOf(reverse)?.extensions?.code).toBe('CONFLICT');
      const self = await request(werkplaats, 'ent-werkplaats');
      expect(errorOf(self)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'targetId' }] });
      const listed = await as(werkplaats).graphql<{ introductions: { totalCount: number } }>(`{ introductions(involving: "ent-werkplaats") { totalCount } }`);
      expect(listed.data?.introductions.totalCount).toBe(2);
    });

    it('tells only the requester who declined, and starts a cool-down', async () => {
      const requested = await request(zonnewerf, 'purchaser-groningen');
      const id = requested.data?.requestIntroduction.id;
      const declined = await as(purchaser).graphql(`mutation { respondToIntroduction(id: "${id}", accept: false) { status } }`);
      expect(declined.errors).toBeUndefined();
      const steps = `{ introduction(id: "${id}") { steps { action actorId } } }`;
      type Steps = { introduction: { steps: { action: string; actorId: string | null }[] } };
      expect((await as(zonnewerf).graphql<Steps>(steps)).data?.introduction.steps.at(-1)).toEqual({ action: 'DECLINED', actorId: 'purchaser-groningen' });
      expect((await call<Steps>(steps)).data?.introduction.steps.at(-1)).toEqual({ action: 'DECLINED', actorId: null });
      const again = await request(zonnewerf, 'purchaser-groningen');
      expect(errorOf(again)?.extensions?.code).toBe('CONFLICT');
      expect(errorOf(again)?.message).not.toContain('purchaser-groningen declined');
    });

    it('refuses a step out of order with CONFLICT and an unknown introduction with NOT_FOUND', async () => {
      const unknown = await call(`mutation { respondToIntroduction(id: "intro:nothing-1", accept: true) { status } }`);
      expect(errorOf(unknown)?.extensions?.code).toBe('NOT_FOUND');
      const listed = await call<{ introductions: { edges: { node: { id: string; status: string } }[] } }>(
        `{ introductions(involving: "ent-zonnewerf", statuses: [DECLINED]) { edges { node { id status } } } }`,
      );
      const declinedId = listed.data?.introductions.edges[0].node.id;
      const late = await as(purchaser).graphql(`mutation { respondToIntroduction(id: "${declinedId}", accept: true) { status } }`);
      expect(errorOf(late)?.extensions?.code).toBe('CONFLICT');
    });
  });
}

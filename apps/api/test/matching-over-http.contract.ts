import type { GraphQLAnswer, KoppelTestServer } from './koppel-test-server';

/**
 * Suggestions, warm paths and the double opt-in, over HTTP, on the contract fixture (see
 * libs/graph-store/src/testing/contract-fixture.ts): Kringloop Assen knows Anouk, who works for
 * Impact Noord, whose members are Zonnewerf and Werkplaats. Fonds Noord funded Zonnewerf and funds
 * social start-ups and scale-ups in Groningen only. A COORDINATORS-only tie joins Zonnewerf and
 * Kringloop directly; anonymous callers must never see it used.
 */
export function describeMatchingOverHttp(server: () => KoppelTestServer): void {
  const call = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => server().graphql<T>(query, variables);
  const errorOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0];

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

  describe('introductions, double opt-in', () => {
    type Intro = { id: string; status: string; version: number };
    const request = (requesterId: string, targetId: string, review = false) =>
      call<{ requestIntroduction: Intro }>(
        `mutation($input: RequestIntroductionInput!) { requestIntroduction(input: $input) { id status version } }`,
        { input: { requesterId, targetId, message: 'Graag kennismaken', reasons: ['Beide circulair'], review } },
      );

    it('goes request -> review -> accept -> outcome, every step kept with who took it', async () => {
      const requested = await request('ent-kringloop', 'net-impact-noord', true);
      expect(requested.errors).toBeUndefined();
      const id = requested.data?.requestIntroduction.id;
      expect(requested.data?.requestIntroduction.status).toBe('AWAITING_REVIEW');

      const reviewed = await call<{ reviewIntroduction: Intro }>(
        `mutation { reviewIntroduction(id: "${id}", coordinatorId: "person-anouk", decision: APPROVE) { status } }`,
      );
      expect(reviewed.data?.reviewIntroduction.status).toBe('AWAITING_RESPONSE');

      const wrongResponder = await call(`mutation { respondToIntroduction(id: "${id}", responderId: "ent-kringloop", accept: true) { status } }`);
      expect(errorOf(wrongResponder)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'responderId' }] });

      const accepted = await call<{ respondToIntroduction: Intro }>(
        `mutation { respondToIntroduction(id: "${id}", responderId: "net-impact-noord", accept: true) { status } }`,
      );
      expect(accepted.data?.respondToIntroduction.status).toBe('INTRODUCED');

      const today = new Date().toISOString().slice(0, 10);
      const outcome = await call<{ recordIntroductionOutcome: { outcome: { kind: string }; steps: { action: string }[] } }>(
        `mutation { recordIntroductionOutcome(id: "${id}", actorId: "ent-kringloop", outcome: { kind: MET, on: "${today}" }) { outcome { kind } steps { action } } }`,
      );
      expect(outcome.errors).toBeUndefined();
      expect(outcome.data?.recordIntroductionOutcome).toEqual({
        outcome: { kind: 'MET' },
        steps: ['REQUESTED', 'APPROVED', 'ACCEPTED', 'OUTCOME_RECORDED'].map((action) => ({ action })),
      });

      const suggestions = await call<{ suggestIntroductions: Listed }>(`{ suggestIntroductions(subjectId: "ent-kringloop") { suggestions { target { id } } } }`);
      expect(suggestions.data?.suggestIntroductions.suggestions.map((s) => s.target.id)).not.toContain('net-impact-noord');
    });

    it('refuses a duplicate request with CONFLICT and a request to oneself with BAD_USER_INPUT, writing nothing', async () => {
      const first = await request('ent-werkplaats', 'ent-kringloop');
      expect(first.errors).toBeUndefined();
      const duplicate = await request('ent-werkplaats', 'ent-kringloop');
      expect(errorOf(duplicate)?.extensions?.code).toBe('CONFLICT');
      const reverse = await request('ent-kringloop', 'ent-werkplaats');
      expect(errorOf(reverse)?.extensions?.code).toBe('CONFLICT');
      const self = await request('ent-werkplaats', 'ent-werkplaats');
      expect(errorOf(self)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'targetId' }] });
      const listed = await call<{ introductions: { totalCount: number } }>(`{ introductions(involving: "ent-werkplaats") { totalCount } }`);
      expect(listed.data?.introductions.totalCount).toBe(1);
    });

    it('tells only the requester who declined, and starts a cool-down', async () => {
      const requested = await request('ent-zonnewerf', 'purchaser-groningen');
      const id = requested.data?.requestIntroduction.id;
      const declined = await call(`mutation { respondToIntroduction(id: "${id}", responderId: "purchaser-groningen", accept: false) { status } }`);
      expect(declined.errors).toBeUndefined();
      const seen = await call<{ introduction: { byRequester: { actorId: string | null }[]; byOther: { actorId: string | null }[] } }>(`{
        introduction(id: "${id}") {
          byRequester: steps(viewerId: "ent-zonnewerf") { actorId }
          byOther: steps(viewerId: "fund-noord") { actorId }
        }
      }`);
      expect(seen.data?.introduction.byRequester.at(-1)?.actorId).toBe('purchaser-groningen');
      expect(seen.data?.introduction.byOther.at(-1)?.actorId).toBeNull();
      const again = await request('ent-zonnewerf', 'purchaser-groningen');
      expect(errorOf(again)?.extensions?.code).toBe('CONFLICT');
      expect(errorOf(again)?.message).not.toContain('purchaser-groningen declined');
    });

    it('refuses a step out of order with CONFLICT and an unknown introduction with NOT_FOUND', async () => {
      const unknown = await call(`mutation { respondToIntroduction(id: "intro:nothing-1", responderId: "x", accept: true) { status } }`);
      expect(errorOf(unknown)?.extensions?.code).toBe('NOT_FOUND');
      const listed = await call<{ introductions: { edges: { node: { id: string; status: string } }[] } }>(
        `{ introductions(involving: "ent-zonnewerf", statuses: [DECLINED]) { edges { node { id status } } } }`,
      );
      const declinedId = listed.data?.introductions.edges[0].node.id;
      const late = await call(`mutation { respondToIntroduction(id: "${declinedId}", responderId: "purchaser-groningen", accept: true) { status } }`);
      expect(errorOf(late)?.extensions?.code).toBe('CONFLICT');
    });
  });
}

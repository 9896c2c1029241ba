import type { KoppelTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

/**
 * BAD_USER_INPUT naming the field, for the operations whose bad input no other suite sends: one
 * bad argument each, asked by an account that may call the operation, so the input is what is
 * refused. It writes one introduction waiting for review (Zonnewerf to Impact Noord), which no
 * other suite reads.
 */
const BAD_INPUT: [operation: string, field: string, document: string][] = [
  ['auditEntries', 'first', `{ auditEntries(first: 0) { totalCount } }`],
  ['entrepreneurs', 'first', `{ entrepreneurs(first: 0) { totalCount } }`],
  ['events', 'first', `{ events(first: 1001) { totalCount } }`],
  ['funds', 'first', `{ funds(first: 0) { totalCount } }`],
  ['knowledgeInstitutions', 'first', `{ knowledgeInstitutions(first: 0) { totalCount } }`],
  ['networks', 'first', `{ networks(first: 0) { totalCount } }`],
  ['people', 'first', `{ people(first: 0) { totalCount } }`],
  ['purchasers', 'first', `{ purchasers(first: 0) { totalCount } }`],
  ['supportProgrammes', 'first', `{ supportProgrammes(first: 0) { totalCount } }`],
  ['shortestPath', 'maxHops', `{ shortestPath(from: "ent-zonnewerf", to: "ent-kringloop", maxHops: 0) { nodes { id } } }`],
  ['recordSuggestionsShown', 'targetIds', `mutation { recordSuggestionsShown(subjectId: "ent-zonnewerf", targetIds: []) }`],
  ['setVisibleForMatchmaking', 'organisationId', `mutation { setVisibleForMatchmaking(organisationId: "person-anouk", visible: false) { id } }`],
];

export function describeBadInputPerOperationOverHttp(server: () => KoppelTestServer): void {
  describe('bad input, per operation', () => {
    const admin = () => server().as(testToken(TEST_ACCOUNTS.admin));

    it.each(BAD_INPUT)('%s refuses a bad `%s` with BAD_USER_INPUT naming it', async (_operation, field, document) => {
      const answer = await admin().graphql(document);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field, reason: expect.any(String) }] });
    });

    it('reviewIntroduction refuses an edit without its text, and recordIntroductionOutcome a date that is no date, naming the field', async () => {
      const requested = await server()
        .as(testToken(TEST_ACCOUNTS.zonnewerf))
        .graphql<{ requestIntroduction: { id: string } }>(
          `mutation { requestIntroduction(input: { targetId: "net-impact-noord", message: "Graag kennismaken", review: true }) { id } }`,
        );
      const id = requested.data?.requestIntroduction.id;
      expect(id).toEqual(expect.any(String));
      const edit = await admin().graphql(`mutation ($id: ID!) { reviewIntroduction(id: $id, decision: EDIT) { status } }`, { id });
      expect(edit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'text' }] });
      const outcome = await server()
        .as(testToken(TEST_ACCOUNTS.zonnewerf))
        .graphql(`mutation ($id: ID!) { recordIntroductionOutcome(id: $id, outcome: { kind: MET, on: "gisteren" }) { status } }`, { id });
      expect(outcome.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'outcome.on' }] });
    });
  });
}

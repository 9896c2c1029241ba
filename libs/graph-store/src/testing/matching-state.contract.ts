import { GraphBatchInput, respondToIntroduction, startIntroduction } from '@koppel/domain';
import type { GraphStore } from '../graph-store.port';
import { CONTRACT_BATCH } from './contract-fixture';

/**
 * matchingStateToken on the contract fixture: what a keeper of suggestions may trust. Part of
 * describeGraphStoreContract: `store()` is the fresh store of the test, `openBeside()` a second
 * store over the same data, as another process would open it. The subject is ent-zonnewerf;
 * ent-werkplaats is "another subject".
 */
export function describeMatchingStateContract(
  store: () => GraphStore,
  upsert: (batch: GraphBatchInput) => Promise<unknown>,
  openBeside: () => Promise<GraphStore>,
): void {
  const subject = 'ent-zonnewerf';
  const at = (day: number) => new Date(Date.UTC(2026, 7, day, 9, 0, 0));
  const token = () => store().matchingStateToken(subject);
  const introduction = (requesterId: string, targetId: string) =>
    startIntroduction({ requesterId, targetId, message: 'Mag ik kennismaken?', reasons: ['zelfde thema'] }, `intro:${requesterId}:${targetId}`, at(1));

  /** Runs the write and tells whether the subject's token differs after it. */
  async function changedBy(write: () => Promise<unknown>): Promise<boolean> {
    const before = await token();
    await write();
    return (await token()) !== before;
  }

  describe('matchingStateToken', () => {
    beforeEach(() => upsert(CONTRACT_BATCH));

    it('stays the same over reads of every kind', async () => {
      const before = await token();
      await store().getNode(subject);
      await store().findNodes({ kinds: ['Fund'] }, { first: 10 });
      await store().findRelationships({ nodeIds: [subject] }, { first: 10 });
      await store().neighbourhood(subject, { depth: 2 });
      await store().findIntroductions({ involving: subject }, { first: 10 });
      await store().matchContext({ subjectId: subject, candidateKinds: ['Fund', 'Entrepreneur'], visibilities: ['PUBLIC'] });
      await expect(token()).resolves.toBe(before);
      await expect(token()).resolves.toBe(before);
    });

    it('changes after every write of the graph: a node, a relationship, a deleted relationship, a deleted node', async () => {
      await expect(changedBy(() => upsert({ nodes: [{ id: 'fund-nieuw', kind: 'Fund', name: 'Nieuw Fonds' }] }))).resolves.toBe(true);
      await expect(changedBy(() => upsert({ relationships: [{ type: 'KNOWS', from: 'ent-werkplaats', to: 'ent-kringloop', strength: 0.9 }] }))).resolves.toBe(true);
      await expect(changedBy(() => store().deleteRelationship({ type: 'KNOWS', from: 'ent-werkplaats', to: 'ent-kringloop' }))).resolves.toBe(true);
      await expect(changedBy(() => store().deleteNode('fund-nieuw'))).resolves.toBe(true);
    });

    it("changes after every introduction write, even one between other organisations (a target's record counts for every subject)", async () => {
      const others = introduction('ent-werkplaats', 'fund-noord');
      await expect(changedBy(() => store().createIntroduction(others))).resolves.toBe(true);
      await expect(changedBy(() => store().saveIntroduction(respondToIntroduction({ ...others, version: 1 }, false, 'fund-noord', at(2))))).resolves.toBe(
        true,
      );
    });

    it("changes after the subject's own impressions, every time, and not after another subject's", async () => {
      await expect(changedBy(() => store().recordImpressions(subject, ['fund-noord'], at(1)))).resolves.toBe(true);
      await expect(changedBy(() => store().recordImpressions(subject, ['fund-noord'], at(1)))).resolves.toBe(true);
      await expect(changedBy(() => store().recordImpressions('ent-werkplaats', ['fund-noord', subject], at(3)))).resolves.toBe(false);
    });

    it('changes after writes of each kind made through another store over the same data, as another process would make them', async () => {
      await token();
      const beside = await openBeside();
      try {
        await expect(changedBy(() => beside.upsert({ nodes: [{ id: 'fund-elders', kind: 'Fund', name: 'Fonds Elders' }] }, { origin: 'USER', actor: 'another-process' }))).resolves.toBe(true);
        await expect(changedBy(() => beside.createIntroduction(introduction('ent-werkplaats', 'purchaser-groningen')))).resolves.toBe(true);
        await expect(changedBy(() => beside.recordImpressions(subject, ['fund-noord'], at(4)))).resolves.toBe(true);
      } finally {
        await beside.close();
      }
    });

    it('gives an unknown subject a token too', async () => {
      await expect(store().matchingStateToken('nobody')).resolves.toEqual(expect.any(String));
    });
  });
}

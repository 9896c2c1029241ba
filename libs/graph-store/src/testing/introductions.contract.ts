import {
  ConflictError,
  GraphBatchInput,
  Introduction,
  NotFoundError,
  recordIntroductionOutcome,
  respondToIntroduction,
  reviewIntroduction,
  startIntroduction,
  ValidationError,
} from '@koppel/domain';
import type { GraphStore, IntroductionFilter } from '../graph-store.port';
import { CONTRACT_BATCH } from './contract-fixture';

/**
 * Introductions as the store keeps them, on the contract fixture. Part of
 * describeGraphStoreContract: `store()` is the fresh store of the test.
 */
export function describeIntroductionsContract(store: () => GraphStore, upsert: (batch: GraphBatchInput) => Promise<unknown>): void {
  const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 7, day, hour, 0, 0));
  const request = (requesterId: string, targetId: string, day: number, extra: { introducerId?: string; review?: boolean } = {}) =>
    startIntroduction(
      { requesterId, targetId, message: `Mag ik kennismaken met ${targetId}?`, reasons: ['zelfde thema'], ...extra },
      `intro:${requesterId}:${targetId}`,
      at(day),
    );

  describe('introductions', () => {
    beforeEach(() => upsert(CONTRACT_BATCH));

    describe('createIntroduction and getIntroduction', () => {
      it('stores a new introduction at version 1 and reads it back whole', async () => {
        const asked = request('ent-zonnewerf', 'fund-noord', 1, { introducerId: 'person-anouk', review: true });
        const created = await store().createIntroduction(asked);
        expect(created).toEqual({ ...asked, version: 1 });
        await expect(store().getIntroduction(asked.id)).resolves.toEqual(created);
      });

      it('answers null for an introduction that does not exist', async () => {
        await expect(store().getIntroduction('intro:none')).resolves.toBeNull();
      });

      it('refuses a second introduction with the same id, even asked at the same moment, and keeps the first', async () => {
        const first = request('ent-zonnewerf', 'fund-noord', 1);
        await store().createIntroduction(first);
        await expect(store().createIntroduction({ ...first, message: 'nog een keer' })).rejects.toThrow(ConflictError);

        const pair = request('ent-werkplaats', 'purchaser-groningen', 2);
        const outcomes = await Promise.allSettled([store().createIntroduction(pair), store().createIntroduction(pair)]);
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({ reason: expect.any(ConflictError) });
        await expect(store().getIntroduction(first.id)).resolves.toMatchObject({ message: first.message, version: 1 });
      });

      it('refuses an introduction whose requester, target or introducer does not exist, and writes nothing', async () => {
        await expect(store().createIntroduction(request('nobody', 'fund-noord', 1))).rejects.toThrow("Node 'nobody' does not exist");
        await expect(store().createIntroduction(request('ent-zonnewerf', 'nobody', 1))).rejects.toThrow(NotFoundError);
        const withGhost = request('ent-zonnewerf', 'fund-noord', 1, { introducerId: 'ghost' });
        await expect(store().createIntroduction(withGhost)).rejects.toThrow("Node 'ghost' does not exist");
        await expect(store().getIntroduction(withGhost.id)).resolves.toBeNull();
        expect((await store().findIntroductions({}, { first: 10 })).totalCount).toBe(0);
      });
    });

    describe('saveIntroduction', () => {
      it('stores the next version over the version it was read at, keeping every step and the outcome', async () => {
        const created = await store().createIntroduction(request('ent-zonnewerf', 'fund-noord', 1, { review: true }));
        const approved = await store().saveIntroduction(reviewIntroduction(created, 'EDIT', 'person-anouk', at(2), 'Korter bericht'));
        expect(approved).toMatchObject({ version: 2, status: 'AWAITING_RESPONSE', message: 'Korter bericht' });
        const accepted = await store().saveIntroduction(respondToIntroduction(approved, true, 'fund-noord', at(3), 'graag'));
        const done = await store().saveIntroduction(
          recordIntroductionOutcome(accepted, { kind: 'FUNDING', on: '2026-09-01', note: 'lening van 40k' }, 'ent-zonnewerf', at(30)),
        );
        expect(done.version).toBe(4);
        const stored = await store().getIntroduction(created.id);
        expect(stored).toEqual(done);
        expect(stored?.steps.map((step) => step.action)).toEqual(['REQUESTED', 'EDITED', 'ACCEPTED', 'OUTCOME_RECORDED']);
        expect(stored?.outcome).toEqual({ kind: 'FUNDING', on: '2026-09-01', note: 'lening van 40k' });
      });

      it('refuses to save over a version it did not read: of two saves from one read, one wins', async () => {
        const created = await store().createIntroduction(request('ent-zonnewerf', 'fund-noord', 1));
        const outcomes = await Promise.allSettled([
          store().saveIntroduction(respondToIntroduction(created, true, 'fund-noord', at(2))),
          store().saveIntroduction(respondToIntroduction(created, false, 'fund-noord', at(2))),
        ]);
        const saved = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
        expect(saved).toHaveLength(1);
        expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({
          reason: expect.objectContaining({ name: 'ConflictError', message: expect.stringContaining('changed since it was read') }),
        });
        await expect(store().getIntroduction(created.id)).resolves.toEqual(saved[0]);
        await expect(store().saveIntroduction(respondToIntroduction(created, true, 'fund-noord', at(3)))).rejects.toThrow(ConflictError);
      });

      it('refuses an introduction that does not exist, and one whose parties changed', async () => {
        const never = { ...request('ent-zonnewerf', 'fund-noord', 1), version: 1 };
        await expect(store().saveIntroduction(never)).rejects.toThrow(NotFoundError);
        const created = await store().createIntroduction(never);
        await expect(store().saveIntroduction({ ...created, targetId: 'ent-kringloop' })).rejects.toThrow(ValidationError);
        await expect(store().getIntroduction(created.id)).resolves.toEqual(created);
      });
    });

    describe('findIntroductions', () => {
      let made: Introduction[];
      beforeEach(async () => {
        const asked = [
          request('ent-zonnewerf', 'fund-noord', 3),
          request('ent-werkplaats', 'fund-noord', 1),
          request('ent-zonnewerf', 'ent-werkplaats', 2),
          request('ent-kringloop', 'ent-zonnewerf', 2),
          request('ent-werkplaats', 'purchaser-groningen', 4),
        ];
        made = [];
        for (const introduction of asked) made.push(await store().createIntroduction(introduction));
        made[1] = await store().saveIntroduction(respondToIntroduction(made[1], false, 'fund-noord', at(5)));
      });
      const find = async (filter: IntroductionFilter) => (await store().findIntroductions(filter, { first: 100 })).items.map((i) => i.id);

      it('lists them by when they were requested, then by id', async () => {
        expect(await find({})).toEqual([
          'intro:ent-werkplaats:fund-noord',
          'intro:ent-kringloop:ent-zonnewerf',
          'intro:ent-zonnewerf:ent-werkplaats',
          'intro:ent-zonnewerf:fund-noord',
          'intro:ent-werkplaats:purchaser-groningen',
        ]);
      });

      it('filters by requester, target, either side, and status', async () => {
        expect(await find({ requesterId: 'ent-zonnewerf' })).toEqual(['intro:ent-zonnewerf:ent-werkplaats', 'intro:ent-zonnewerf:fund-noord']);
        expect(await find({ targetId: 'fund-noord' })).toEqual(['intro:ent-werkplaats:fund-noord', 'intro:ent-zonnewerf:fund-noord']);
        expect(await find({ involving: 'ent-zonnewerf' })).toEqual([
          'intro:ent-kringloop:ent-zonnewerf',
          'intro:ent-zonnewerf:ent-werkplaats',
          'intro:ent-zonnewerf:fund-noord',
        ]);
        expect(await find({ statuses: ['DECLINED'] })).toEqual(['intro:ent-werkplaats:fund-noord']);
        expect(await find({ involving: 'ent-werkplaats', targetId: 'fund-noord', statuses: ['AWAITING_RESPONSE', 'DECLINED'] })).toEqual([
          'intro:ent-werkplaats:fund-noord',
        ]);
        expect(await find({ involving: 'nobody' })).toEqual([]);
      });

      it('returns them whole, at their stored version', async () => {
        const [declined] = (await store().findIntroductions({ statuses: ['DECLINED'] }, { first: 1 })).items;
        expect(declined).toEqual(made[1]);
        expect(declined.version).toBe(2);
      });

      it('pages through every match once, with a total count, and refuses a cursor it did not give out', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        do {
          const page = await store().findIntroductions({ involving: 'ent-werkplaats' }, { first: 2, after });
          expect(page.totalCount).toBe(3);
          seen.push(...page.items.map((i) => i.id));
          after = page.hasNextPage ? page.endCursor : null;
          pages++;
        } while (after);
        expect(pages).toBe(2);
        expect(seen).toEqual(['intro:ent-werkplaats:fund-noord', 'intro:ent-zonnewerf:ent-werkplaats', 'intro:ent-werkplaats:purchaser-groningen']);
        await expect(store().findIntroductions({}, { first: 2, after: 'bogus' })).rejects.toThrow('after: is not a cursor');
        await expect(store().findIntroductions({}, { first: 0 })).rejects.toThrow(ValidationError);
      });
    });

    describe('beside the ecosystem graph', () => {
      /** Everything the generic reads (and so export and stats) can see. */
      const visibleGraph = async () => ({
        nodes: await store().findNodes({}, { first: 100 }),
        relationships: await store().findRelationships({}, { first: 100 }),
        counts: await store().countByKind(),
        neighbourhood: await store().neighbourhood('fund-noord', { depth: 4 }),
        path: await store().shortestPath('fund-noord', 'purchaser-groningen', { maxHops: 3 }),
      });

      it('are never seen by node, relationship, neighbourhood, path or count reads, nor are impressions', async () => {
        const before = await visibleGraph();
        expect(before.path).toBeNull();
        await store().createIntroduction(request('fund-noord', 'purchaser-groningen', 1, { introducerId: 'person-anouk' }));
        await store().createIntroduction(request('purchaser-groningen', 'ent-kringloop', 2));
        await store().recordImpressions('fund-noord', ['purchaser-groningen', 'ent-kringloop'], at(3));
        expect(await visibleGraph()).toEqual(before);
      });

      it('go with a deleted requester or target; one it was only asked to make stays, without introducer, at the next version', async () => {
        const fromFund = await store().createIntroduction(request('fund-noord', 'ent-werkplaats', 1));
        const toFund = await store().createIntroduction(request('ent-zonnewerf', 'fund-noord', 2));
        const viaAnouk = await store().createIntroduction(request('ent-kringloop', 'ent-werkplaats', 3, { introducerId: 'person-anouk' }));
        await store().deleteNode('fund-noord');
        await expect(store().getIntroduction(fromFund.id)).resolves.toBeNull();
        await expect(store().getIntroduction(toFund.id)).resolves.toBeNull();

        await store().deleteNode('person-anouk');
        const { introducerId: _gone, ...rest } = viaAnouk;
        await expect(store().getIntroduction(viaAnouk.id)).resolves.toEqual({ ...rest, version: 2 });
        expect((await store().findIntroductions({}, { first: 100 })).items.map((i) => i.id)).toEqual([viaAnouk.id]);
      });
    });
  });
}

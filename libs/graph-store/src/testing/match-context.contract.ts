import {
  GraphBatchInput,
  Introduction,
  MAX_INTERMEDIARY_DEGREE,
  MatchContext,
  MatchContextRequest,
  NotFoundError,
  recordIntroductionOutcome,
  respondToIntroduction,
  startIntroduction,
  ValidationError,
  VISIBILITIES,
} from '@koppel/domain';
import type { GraphStore } from '../graph-store.port';
import { MATCH_BATCH, MATCH_NODES } from './contract-fixture';

/**
 * GraphStore.matchContext, specified on the match fixture (see contract-fixture.ts for its
 * picture). Part of describeGraphStoreContract: `store()` is the fresh store of the test.
 */
export function describeMatchContextContract(
  store: () => GraphStore,
  upsert: (batch: GraphBatchInput) => Promise<unknown>,
  openBeside: () => Promise<GraphStore>,
): void {
  const PUBLIC = ['PUBLIC'] as const;
  const context = (request: Partial<MatchContextRequest> = {}) =>
    store().matchContext({ subjectId: 'm-subject', candidateKinds: ['Entrepreneur'], visibilities: PUBLIC, ...request });
  const candidateIds = (found: MatchContext) => found.candidates.map((candidate) => candidate.node.id);
  const candidate = (found: MatchContext, id: string) => {
    const match = found.candidates.find((c) => c.node.id === id);
    if (!match) throw new Error(`${id} is not a candidate`);
    return match;
  };
  const at = (day: number) => new Date(Date.UTC(2026, 6, day, 9, 0, 0));
  const requestIntroduction = (requesterId: string, targetId: string, day: number): Introduction =>
    startIntroduction({ requesterId, targetId, message: `${requesterId} would like to meet ${targetId}` }, `intro:${requesterId}:${targetId}`, at(day));

  describe('matchContext', () => {
    beforeEach(() => upsert(MATCH_BATCH));

    describe('subject and candidates', () => {
      it('returns the subject as stored, without provenance, and refuses an unknown subject', async () => {
        const found = await context();
        const { provenance: _provenance, ...stored } = (await store().getNode('m-subject')) ?? {};
        expect(found.subject).toEqual(stored);
        await expect(context({ subjectId: 'nobody' })).rejects.toThrow(NotFoundError);
      });

      it('offers nodes of the kinds asked, in id order, never the subject and never one opted out of matchmaking', async () => {
        const found = await context();
        expect(candidateIds(found)).toEqual(['m-ent-a', 'm-ent-b', 'm-ent-c', 'm-ent-d']);
        expect(found.truncated).toBe(false);
        expect(candidateIds(await context({ candidateKinds: ['Person', 'Fund'] }))).toEqual(['m-fund', 'm-person-eva', 'm-person-joost']);
        expect(candidateIds(await context({ candidateKinds: ['Network'] }))).toEqual([]);
        expect(candidateIds(await context({ candidateKinds: [] }))).toEqual([]);
      });

      it('returns each candidate node whole, as stored', async () => {
        const found = await context();
        const { provenance: _provenance, ...stored } = (await store().getNode('m-ent-b')) ?? {};
        expect(candidate(found, 'm-ent-b').node).toEqual(stored);
      });

      it('narrows candidates by theme, province, stage and enterprise kind; the last two only match entrepreneurs', async () => {
        const kinds = ['Entrepreneur', 'Fund'] as const;
        const filtered = async (candidateFilter: MatchContextRequest['candidateFilter']) =>
          candidateIds(await context({ candidateKinds: kinds, candidateFilter }));
        expect(await filtered({ theme: 'CIRCULAR_ECONOMY' })).toEqual(['m-ent-a', 'm-ent-b']);
        expect(await filtered({ province: 'GRONINGEN' })).toEqual(['m-ent-a', 'm-ent-d', 'm-fund']);
        expect(await filtered({ stage: 'STARTUP' })).toEqual(['m-ent-a', 'm-ent-c']);
        expect(await filtered({ enterpriseKind: 'CONSTRUCTIVE' })).toEqual(['m-ent-b']);
        expect(await filtered({ theme: 'FOOD', province: 'GRONINGEN', enterpriseKind: 'SOCIAL' })).toEqual(['m-ent-a', 'm-ent-d']);
      });

      it('keeps, when too many qualify, those sharing the most themes with the subject, ties by id, and says so', async () => {
        // Shared with the subject: a 2, b 1, d 1, c 0.
        const three = await context({ maxCandidates: 3 });
        expect(candidateIds(three)).toEqual(['m-ent-a', 'm-ent-b', 'm-ent-d']);
        expect(three.truncated).toBe(true);
        expect(candidateIds(await context({ maxCandidates: 2 }))).toEqual(['m-ent-a', 'm-ent-b']);
        const all = await context({ maxCandidates: 4 });
        expect(candidateIds(all)).toHaveLength(4);
        expect(all.truncated).toBe(false);
      });

      it('caps each kind on its own, so peers never crowd out the other kinds', async () => {
        const capped = await context({ candidateKinds: ['Entrepreneur', 'Fund'], maxCandidates: 1 });
        expect(candidateIds(capped)).toEqual(['m-ent-a', 'm-fund']);
        expect(capped.truncated).toBe(true);
      });

      it('keeps, when asked, only candidates whose reach overlaps the subject’s: regions named, else their province, else everywhere', async () => {
        await upsert({
          nodes: [
            { id: 'm-fund-north', kind: 'Fund', name: 'Noordfonds', regions: ['FRYSLAN', 'GRONINGEN'] },
            { id: 'm-fund-fries', kind: 'Fund', name: 'Fries Fonds', municipality: 'groningen', regions: ['FRYSLAN'] },
          ],
        });
        // The subject is in Groningen; m-ent-b in Leeuwarden and m-ent-c in Assen; persons have no place.
        const near = await context({ candidateKinds: ['Entrepreneur', 'Fund', 'Person'], sameReach: true });
        expect(candidateIds(near)).toEqual(['m-ent-a', 'm-ent-d', 'm-fund', 'm-fund-north', 'm-person-eva', 'm-person-joost']);
        const everywhere = await context({ candidateKinds: ['Entrepreneur', 'Fund'] });
        expect(candidateIds(everywhere)).toContain('m-fund-fries');
      });

      it('refuses a candidate limit out of range', async () => {
        await expect(context({ maxCandidates: 0 })).rejects.toThrow(ValidationError);
        await expect(context({ maxCandidates: 2.5 })).rejects.toThrow('maxCandidates: must be a whole number');
      });
    });

    describe('graph features', () => {
      it('counts each candidate’s trust relationships, either direction, as its degree; location and events are not trust', async () => {
        const found = await context();
        expect(found.candidates.map((c) => [c.node.id, c.degree])).toEqual([
          ['m-ent-a', 4],
          ['m-ent-b', 1],
          ['m-ent-c', 0],
          ['m-ent-d', 2],
        ]);
      });

      it('lists the trust relationships between subject and candidate, either direction, by relationship id', async () => {
        const found = await context();
        expect(candidate(found, 'm-ent-d').directTies).toEqual([
          { type: 'PARTNERS_WITH', confidence: 1 },
          { type: 'KNOWS', strength: 0.9, lastActiveAt: '2026-06-01', confidence: 0.8 },
        ]);
        expect(candidate(found, 'm-ent-a').directTies).toEqual([]);
      });

      it('names the common neighbours over trust ties, by id, with their degree and the strongest tie on each side', async () => {
        const found = await context();
        expect(candidate(found, 'm-ent-a').commonNeighbours).toEqual([
          {
            id: 'm-net',
            degree: 4,
            subjectTie: { type: 'MEMBER_OF', confidence: 1, year: 2020 },
            candidateTie: { type: 'MEMBER_OF', confidence: 1, year: 2021 },
          },
          {
            // Eva knows the subject (0.4) and works for it (no strength, counted as 0.5): the
            // stronger is used. She knows Alfa twice (0.7 and 0.2): the stronger is used.
            id: 'm-person-eva',
            degree: 4,
            subjectTie: { type: 'WORKS_FOR', confidence: 1 },
            candidateTie: { type: 'KNOWS', strength: 0.7, confidence: 1 },
          },
        ]);
        expect(candidate(found, 'm-ent-c').commonNeighbours).toEqual([]);
        expect(found.intermediaries).toEqual({
          'm-net': { id: 'm-net', kind: 'Network', name: 'Kringloopnetwerk' },
          'm-person-eva': { id: 'm-person-eva', kind: 'Person', name: 'Eva Mulder' },
        });
      });

      it('uses only relationships the caller may see, in every feature', async () => {
        const publicOnly = await context();
        expect(candidate(publicOnly, 'm-ent-b').commonNeighbours.map((n) => n.id)).toEqual(['m-net']);
        expect(candidate(publicOnly, 'm-ent-c').directTies).toEqual([]);
        expect(publicOnly.intermediaries).not.toHaveProperty('m-person-joost');

        const everything = await context({ visibilities: VISIBILITIES });
        expect(everything.candidates.map((c) => [c.node.id, c.degree])).toEqual([
          ['m-ent-a', 4],
          ['m-ent-b', 2],
          ['m-ent-c', 1],
          ['m-ent-d', 2],
        ]);
        expect(candidate(everything, 'm-ent-b').commonNeighbours).toEqual([
          expect.objectContaining({ id: 'm-net' }),
          {
            id: 'm-person-joost',
            degree: 2,
            subjectTie: { type: 'KNOWS', strength: 0.6, confidence: 1 },
            candidateTie: { type: 'KNOWS', strength: 0.8, confidence: 1 },
          },
        ]);
        expect(candidate(everything, 'm-ent-c').directTies).toEqual([{ type: 'KNOWS', strength: 0.3, confidence: 1 }]);

        const nothing = await context({ visibilities: [] });
        expect(nothing.candidates.every((c) => c.degree === 0 && c.directTies.length === 0 && c.commonNeighbours.length === 0)).toBe(
          true,
        );
      });

      it(`leaves out intermediaries with more than ${MAX_INTERMEDIARY_DEGREE} trust relationships, and keeps one with exactly that many`, async () => {
        const members = Array.from({ length: MAX_INTERMEDIARY_DEGREE - 1 }, (_, index) => `m-filler-${String(index).padStart(3, '0')}`);
        await upsert({
          nodes: [{ id: 'm-hub', kind: 'Network', name: 'Groot Netwerk' }, ...members.map((id) => ({ id, kind: 'Person', name: id }))],
          relationships: [
            { type: 'MEMBER_OF', from: 'm-subject', to: 'm-hub' },
            { type: 'MEMBER_OF', from: 'm-ent-c', to: 'm-hub' },
            ...members.map((id) => ({ type: 'MEMBER_OF', from: id, to: 'm-hub' })),
          ],
        });
        const hubbed = await context();
        expect(candidate(hubbed, 'm-ent-c').commonNeighbours).toEqual([]);
        expect(hubbed.intermediaries).not.toHaveProperty('m-hub');

        await store().deleteNode(members[0]);
        const kept = await context();
        expect(candidate(kept, 'm-ent-c').commonNeighbours).toEqual([
          {
            id: 'm-hub',
            degree: MAX_INTERMEDIARY_DEGREE,
            subjectTie: { type: 'MEMBER_OF', confidence: 1 },
            candidateTie: { type: 'MEMBER_OF', confidence: 1 },
          },
        ]);
      });

      it('sees every write made since an earlier context was read', async () => {
        await context();
        await upsert({
          nodes: [{ ...MATCH_NODES[3], themes: ['FOOD', 'CIRCULAR_ECONOMY'] }],
          relationships: [{ type: 'MEMBER_OF', from: 'm-ent-c', to: 'm-net' }],
        });
        const after = await context({ maxCandidates: 2 });
        expect(candidateIds(after)).toEqual(['m-ent-a', 'm-ent-c']);
        expect(candidate(after, 'm-ent-c')).toMatchObject({ degree: 1, commonNeighbours: [expect.objectContaining({ id: 'm-net', degree: 5 })] });
        await store().deleteNode('m-ent-a');
        expect(candidateIds(await context())).toEqual(['m-ent-b', 'm-ent-c', 'm-ent-d']);
      });

      it('sees a relationship made visible, a node opting out and a kind gaining a node, each written after a read', async () => {
        const before = await context({ candidateKinds: ['Entrepreneur', 'Fund'] });
        expect(candidate(before, 'm-ent-b').degree).toBe(1);
        await upsert({
          nodes: [
            { ...MATCH_NODES[4], visibleForMatchmaking: false },
            { id: 'm-fund-2', kind: 'Fund', name: 'Tweede Fonds', municipality: 'groningen', themes: ['FOOD'] },
          ],
          relationships: [{ type: 'KNOWS', from: 'm-person-joost', to: 'm-ent-b', strength: 0.8, visibility: 'PUBLIC' }],
        });
        const after = await context({ candidateKinds: ['Entrepreneur', 'Fund'] });
        expect(candidateIds(after)).toEqual(['m-ent-a', 'm-ent-b', 'm-ent-c', 'm-fund', 'm-fund-2']);
        expect(candidate(after, 'm-ent-b')).toMatchObject({
          degree: 2,
          commonNeighbours: [expect.objectContaining({ id: 'm-net' }), expect.objectContaining({ id: 'm-person-joost' })],
        });
      });

      it('sees a relationship deleted after a read', async () => {
        await upsert({ relationships: [{ type: 'KNOWS', from: 'm-person-joost', to: 'm-ent-b', strength: 0.8, visibility: 'PUBLIC' }] });
        expect(candidate(await context(), 'm-ent-b').degree).toBe(2);
        expect(await store().deleteRelationship({ type: 'KNOWS', from: 'm-person-joost', to: 'm-ent-b' })).toBe(true);
        expect(candidate(await context(), 'm-ent-b').degree).toBe(1);
      });

      it('sees writes made through another store over the same data, as another process would make them', async () => {
        await context();
        const beside = await openBeside();
        try {
          await beside.upsert(
            { nodes: [{ ...MATCH_NODES[3], themes: ['FOOD', 'CIRCULAR_ECONOMY'] }], relationships: [{ type: 'FUNDED', from: 'm-fund', to: 'm-ent-c' }] },
            { origin: 'USER', actor: 'another-process' },
          );
          const after = await context({ maxCandidates: 2 });
          expect(candidateIds(after)).toEqual(['m-ent-a', 'm-ent-c']);
          expect(candidate(after, 'm-ent-c').degree).toBe(1);
          await beside.deleteNode('m-ent-a');
          expect(candidateIds(await context())).toEqual(['m-ent-b', 'm-ent-c', 'm-ent-d']);
        } finally {
          await beside.close();
        }
      });
    });

    describe('introductions and impressions', () => {
      it('gives each candidate the record of every introduction to it, whoever asked', async () => {
        const toA = await store().createIntroduction(requestIntroduction('m-subject', 'm-ent-a', 1));
        const accepted = await store().saveIntroduction(respondToIntroduction(toA, true, 'm-ent-a', at(2)));
        await store().saveIntroduction(recordIntroductionOutcome(accepted, { kind: 'FUNDING', on: '2026-07-20' }, 'm-subject', at(20)));
        const fromB = await store().createIntroduction(requestIntroduction('m-ent-b', 'm-ent-a', 3));
        await store().saveIntroduction(respondToIntroduction(fromB, false, 'm-ent-a', at(4)));
        await store().createIntroduction(requestIntroduction('m-ent-c', 'm-ent-a', 5));
        await store().createIntroduction(requestIntroduction('m-ent-d', 'm-ent-b', 6));

        const found = await context();
        expect(candidate(found, 'm-ent-a').introductionRecord).toEqual({ requested: 3, accepted: 1, declined: 1, fruitful: 1 });
        expect(candidate(found, 'm-ent-b').introductionRecord).toEqual({ requested: 1, accepted: 0, declined: 0, fruitful: 0 });
        expect(candidate(found, 'm-ent-c').introductionRecord).toEqual({ requested: 0, accepted: 0, declined: 0, fruitful: 0 });
      });

      it('lists every introduction the subject requested or received, oldest first', async () => {
        const fromSubject = await store().createIntroduction(requestIntroduction('m-subject', 'm-ent-a', 2));
        const toSubject = await store().createIntroduction(requestIntroduction('m-ent-d', 'm-subject', 1));
        await store().createIntroduction(requestIntroduction('m-ent-b', 'm-ent-a', 3));
        expect((await context()).introductions).toEqual([toSubject, fromSubject]);
      });

      it('lists the subject’s suggestion impressions by target', async () => {
        await store().recordImpressions('m-subject', ['m-ent-b', 'm-ent-a'], at(1));
        await store().recordImpressions('m-subject', ['m-ent-a'], at(8));
        await store().recordImpressions('m-ent-a', ['m-ent-d'], at(9));
        expect((await context()).impressions).toEqual([
          { targetId: 'm-ent-a', timesShown: 2, lastShownAt: at(8).toISOString() },
          { targetId: 'm-ent-b', timesShown: 1, lastShownAt: at(1).toISOString() },
        ]);
      });
    });
  });

  describe('recordImpressions', () => {
    beforeEach(() => upsert(MATCH_BATCH));
    const impressionsOf = async (subjectId: string) =>
      (await store().matchContext({ subjectId, candidateKinds: [], visibilities: PUBLIC })).impressions;

    it('counts a target shown twice in one call once, and keeps the later time', async () => {
      await store().recordImpressions('m-subject', ['m-ent-a', 'm-ent-a'], at(5));
      await store().recordImpressions('m-subject', ['m-ent-a'], at(3));
      expect(await impressionsOf('m-subject')).toEqual([{ targetId: 'm-ent-a', timesShown: 2, lastShownAt: at(5).toISOString() }]);
    });

    it('refuses unknown ids and then records nothing', async () => {
      await expect(store().recordImpressions('m-subject', ['m-ent-a', 'nobody'], at(1))).rejects.toThrow(NotFoundError);
      await expect(store().recordImpressions('nobody', ['m-ent-a'], at(1))).rejects.toThrow("Node 'nobody' does not exist");
      expect(await impressionsOf('m-subject')).toEqual([]);
    });

    it('goes with the node that was shown or was shown to', async () => {
      await store().recordImpressions('m-subject', ['m-ent-a', 'm-ent-b'], at(1));
      await store().recordImpressions('m-ent-b', ['m-subject'], at(1));
      await store().deleteNode('m-ent-b');
      expect(await impressionsOf('m-subject')).toEqual([{ targetId: 'm-ent-a', timesShown: 1, lastShownAt: at(1).toISOString() }]);
    });
  });
}

import { GraphBatchInput, NotFoundError, TieBetween, TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import type { BetweenOptions, GraphStore, RelationshipIdentity, TiesBetweenOptions } from '../graph-store.port';

/**
 * The walk fixture: four ways from w-start to w-target, of 2, 3, 4 and 5 hops, plus what must
 * not count: dead ends, a shared event, and a network both belong to with five members.
 *
 *   w-start - w-a - w-target              (w-a also knows w-dead, who leads nowhere)
 *   w-start - w-b - w-c - w-target        (w-c - w-target is seen by coordinators only)
 *   w-start - w-d - w-e - w-f - w-target  (w-d also knows w-far, who leads nowhere)
 *   w-start - w-g - w-h - w-i - w-j - w-target
 *   w-start, w-target, w-m1..3 MEMBER_OF w-net; w-start, w-target ATTENDED w-event
 */
const person = (id: string) => ({ id, kind: 'Person', name: id });
const knows = (from: string, to: string, extra: Record<string, unknown> = {}) => ({ type: 'KNOWS', from, to, ...extra });

const WALK_BATCH: GraphBatchInput = {
  nodes: [
    ...['w-start', 'w-target', 'w-a', 'w-dead', 'w-far', 'w-b', 'w-c', 'w-d', 'w-e', 'w-f', 'w-g', 'w-h', 'w-i', 'w-j', 'w-m1', 'w-m2', 'w-m3'].map(person),
    { id: 'w-net', kind: 'Network', name: 'Walk network' },
    { id: 'w-event', kind: 'Event', name: 'Walk event', date: '2026-03-01' },
  ],
  relationships: [
    // Direction does not matter: some of these point back towards the start.
    knows('w-a', 'w-start', { strength: 0.9, lastActiveAt: '2026-01-02' }),
    knows('w-a', 'w-target'),
    knows('w-a', 'w-dead'),
    knows('w-start', 'w-b'),
    knows('w-b', 'w-c'),
    knows('w-target', 'w-c', { visibility: 'COORDINATORS' }),
    knows('w-start', 'w-d'),
    knows('w-e', 'w-d'),
    knows('w-d', 'w-far'),
    knows('w-e', 'w-f'),
    knows('w-f', 'w-target'),
    knows('w-start', 'w-g'),
    knows('w-g', 'w-h'),
    knows('w-h', 'w-i'),
    knows('w-i', 'w-j'),
    knows('w-j', 'w-target'),
    ...['w-start', 'w-target', 'w-m1', 'w-m2', 'w-m3'].map((from) => ({ type: 'MEMBER_OF', from, to: 'w-net' })),
    { type: 'ATTENDED', from: 'w-start', to: 'w-event' },
    { type: 'ATTENDED', from: 'w-target', to: 'w-event' },
  ],
};

const TWO = ['w-a>KNOWS>w-start', 'w-a>KNOWS>w-target'];
/** On a walk that steps aside and back (w-start - w-a - w-dead - w-a - w-target), on no path. */
const ASIDE_AND_BACK = ['w-a>KNOWS>w-dead'];
const THREE = ['w-b>KNOWS>w-c', 'w-start>KNOWS>w-b', 'w-target>KNOWS>w-c'];
const FOUR = ['w-e>KNOWS>w-d', 'w-e>KNOWS>w-f', 'w-f>KNOWS>w-target', 'w-start>KNOWS>w-d'];
const FIVE = ['w-g>KNOWS>w-h', 'w-h>KNOWS>w-i', 'w-i>KNOWS>w-j', 'w-j>KNOWS>w-target', 'w-start>KNOWS>w-g'];
const THROUGH_NETWORK = ['w-start>MEMBER_OF>w-net', 'w-target>MEMBER_OF>w-net'];

/**
 * GraphStore.relationshipsBetween, specified on the walk fixture. Part of
 * describeGraphStoreContract: `store()` is the fresh store of the test.
 */
export function describeRelationshipsBetweenContract(
  store: () => GraphStore,
  upsert: (batch: GraphBatchInput) => Promise<unknown>,
  openBeside: () => Promise<GraphStore>,
): void {
  const trust = { types: TRUST_RELATIONSHIP_TYPES, maxIntermediaryDegree: 4 };
  const between = async (options: Partial<BetweenOptions>, fromId = 'w-start', toId = 'w-target') =>
    (await store().relationshipsBetween(fromId, toId, { maxHops: 4, ...trust, ...options })).map((rel) => rel.id);
  const sorted = (...groups: string[][]) => groups.flat().sort();

  describe('relationshipsBetween', () => {
    beforeEach(() => upsert(WALK_BATCH));

    it('answers the relationships on every path within the hops, in either direction, and nothing off them', async () => {
      await expect(between({})).resolves.toEqual(sorted(TWO, THREE, FOUR));
      await expect(between({}, 'w-target', 'w-start')).resolves.toEqual(sorted(TWO, THREE, FOUR));
    });

    it('keeps to the hop limit, odd or even', async () => {
      await expect(between({ maxHops: 1 })).resolves.toEqual([]);
      await expect(between({ maxHops: 2 })).resolves.toEqual(sorted(TWO));
      await expect(between({ maxHops: 3 })).resolves.toEqual(sorted(TWO, THREE));
      // Beyond four hops a relationship on a walk that visits a node twice may come along.
      const five = await between({ maxHops: 5 });
      expect(five).toEqual(expect.arrayContaining(sorted(TWO, THREE, FOUR, FIVE)));
      expect(sorted(TWO, ASIDE_AND_BACK, THREE, FOUR, FIVE)).toEqual(expect.arrayContaining(five));
      await expect(between({ maxHops: 2 }, 'w-a', 'w-target')).resolves.toEqual(['w-a>KNOWS>w-target']);
    });

    it('answers the relationships in full, as findRelationships does', async () => {
      const [first] = await store().relationshipsBetween('w-start', 'w-target', { maxHops: 2, ...trust });
      const listed = await store().findRelationships({ nodeIds: ['w-a'], types: ['KNOWS'] }, { first: 10 });
      expect(first).toEqual(listed.items.find((rel) => rel.id === first.id));
      expect(first).toMatchObject({ strength: 0.9, lastActiveAt: '2026-01-02', provenance: { addedBy: 'contract-suite' } });
    });

    it('walks through no node with more relationships in scope than the bound, and through one with exactly that many', async () => {
      // w-net has five members: a hub at bound 4, walked through at bound 5.
      await expect(between({ maxHops: 2 })).resolves.toEqual(sorted(TWO));
      await expect(between({ maxHops: 2, maxIntermediaryDegree: 5 })).resolves.toEqual(sorted(TWO, THROUGH_NETWORK));
      // Counted in scope: over KNOWS alone, w-a has three relationships.
      await expect(between({ maxHops: 2, types: ['KNOWS'], maxIntermediaryDegree: 2 })).resolves.toEqual([]);
      await expect(between({ maxHops: 2, types: ['KNOWS'], maxIntermediaryDegree: 3 })).resolves.toEqual(sorted(TWO));
    });

    it('walks from a hub at either end', async () => {
      // w-start has six trust relationships and w-target five; a bound of 2 still walks from both.
      await expect(between({ maxHops: 2, maxIntermediaryDegree: 3 })).resolves.toEqual(sorted(TWO));
      await expect(between({ maxHops: 3, maxIntermediaryDegree: 2 })).resolves.toEqual(sorted(THREE));
    });

    it('follows only the types and visibilities in scope', async () => {
      await expect(between({ maxHops: 2, types: ['ATTENDED'] })).resolves.toEqual(['w-start>ATTENDED>w-event', 'w-target>ATTENDED>w-event']);
      await expect(between({ maxHops: 3, visibilities: ['PUBLIC'] })).resolves.toEqual(sorted(TWO));
      await expect(between({ maxHops: 3, visibilities: ['PUBLIC', 'COORDINATORS'] })).resolves.toEqual(sorted(TWO, THREE));
    });

    it('answers nothing from a node to itself, and refuses an unknown end or a bound out of range', async () => {
      await expect(between({}, 'w-start', 'w-start')).resolves.toEqual([]);
      await expect(between({}, 'w-start', 'nobody')).rejects.toThrow(NotFoundError);
      await expect(between({}, 'nobody', 'w-target')).rejects.toThrow(NotFoundError);
      await expect(between({ maxHops: 0 })).rejects.toThrow('maxHops:');
      await expect(between({ maxHops: 4, maxIntermediaryDegree: -1 })).rejects.toThrow('maxIntermediaryDegree:');
    });
  });

  describe('trustTiesBetween', () => {
    const ties = async (options: Partial<TiesBetweenOptions>, fromId = 'w-start', toId = 'w-target', on: GraphStore = store()) =>
      (await on.trustTiesBetween(fromId, toId, { maxHops: 4, maxIntermediaryDegree: 4, ...options })).map((tie) => tie.id);

    beforeEach(() => upsert(WALK_BATCH));

    it('answers the trust relationships relationshipsBetween answers over the trust types, for every bound', async () => {
      const cases: [Partial<BetweenOptions>, string, string][] = [
        [{}, 'w-start', 'w-target'],
        [{}, 'w-target', 'w-start'],
        [{ maxHops: 1 }, 'w-start', 'w-target'],
        [{ maxHops: 2 }, 'w-start', 'w-target'],
        [{ maxHops: 3 }, 'w-target', 'w-start'],
        [{ maxHops: 5 }, 'w-start', 'w-target'],
        [{ maxHops: 6 }, 'w-target', 'w-start'],
        [{ maxHops: 2, maxIntermediaryDegree: 5 }, 'w-start', 'w-target'],
        [{ maxHops: 3, maxIntermediaryDegree: 2 }, 'w-start', 'w-target'],
        [{ maxHops: 3, visibilities: ['PUBLIC'] }, 'w-start', 'w-target'],
        [{ maxHops: 4, visibilities: ['PUBLIC', 'COORDINATORS'] }, 'w-start', 'w-target'],
        [{ maxHops: 2 }, 'w-a', 'w-target'],
        [{ maxHops: 3 }, 'w-dead', 'w-m1'],
      ];
      for (const [options, fromId, toId] of cases) {
        const expected = await between(options, fromId, toId);
        await expect(ties(options, fromId, toId)).resolves.toEqual(expected);
      }
      await expect(ties({})).resolves.toEqual(sorted(TWO, THREE, FOUR));
    });

    it('answers each tie with its identity and tie facts, as stored', async () => {
      await upsert({ relationships: [knows('w-start', 'w-a', { key: 'second', strength: 1, confidence: 0.75, year: 2024, role: 'mentor' })] });
      const found = await store().trustTiesBetween('w-start', 'w-a', { maxHops: 1 });
      expect(found).toEqual([
        { id: 'w-a>KNOWS>w-start', type: 'KNOWS', from: 'w-a', to: 'w-start', strength: 0.9, lastActiveAt: '2026-01-02', confidence: 1 },
        { id: 'w-start>KNOWS>w-a#second', type: 'KNOWS', from: 'w-start', to: 'w-a', key: 'second', strength: 1, confidence: 0.75, year: 2024 },
      ]);
    });

    it('answers nothing from a node to itself or to a node without trust relationships, and refuses an unknown end or a bound out of range', async () => {
      await expect(ties({}, 'w-start', 'w-start')).resolves.toEqual([]);
      await expect(ties({}, 'w-start', 'w-event')).resolves.toEqual([]);
      await expect(ties({}, 'w-start', 'nobody')).rejects.toThrow(NotFoundError);
      await expect(ties({}, 'nobody', 'w-target')).rejects.toThrow(NotFoundError);
      await expect(ties({ maxHops: 0 })).rejects.toThrow('maxHops:');
      await expect(ties({ maxIntermediaryDegree: -1 })).rejects.toThrow('maxIntermediaryDegree:');
    });

    it('sees every write made after a read: a relationship deleted, added or changed, a node deleted', async () => {
      await expect(ties({ maxHops: 2 })).resolves.toEqual(sorted(TWO));
      expect(await store().deleteRelationship({ type: 'KNOWS', from: 'w-a', to: 'w-target' })).toBe(true);
      await expect(ties({ maxHops: 2 })).resolves.toEqual([]);
      await upsert({ relationships: [knows('w-start', 'w-target', { strength: 0.3 })] });
      await expect(ties({ maxHops: 1 })).resolves.toEqual(['w-start>KNOWS>w-target']);
      await upsert({ relationships: [knows('w-start', 'w-target', { strength: 0.6, visibility: 'COORDINATORS' })] });
      const [changed] = await store().trustTiesBetween('w-start', 'w-target', { maxHops: 1 });
      expect(changed).toMatchObject({ id: 'w-start>KNOWS>w-target', strength: 0.6 });
      await expect(ties({ maxHops: 1, visibilities: ['PUBLIC'] })).resolves.toEqual([]);
      await expect(ties({ maxHops: 3 })).resolves.toEqual(sorted(THREE, ['w-start>KNOWS>w-target']));
      expect(await store().deleteNode('w-c')).toBe(true);
      await expect(ties({ maxHops: 3 })).resolves.toEqual(['w-start>KNOWS>w-target']);
    });

    it('sees writes made through another store over the same data, as another process would make them', async () => {
      await expect(ties({ maxHops: 2 })).resolves.toEqual(sorted(TWO));
      const beside = await openBeside();
      try {
        await beside.upsert({ relationships: [knows('w-b', 'w-target')] }, { origin: 'USER', actor: 'another-process' });
        await expect(ties({ maxHops: 2 })).resolves.toEqual(sorted(TWO, ['w-b>KNOWS>w-target', 'w-start>KNOWS>w-b']));
        await expect(ties({ maxHops: 2 }, 'w-start', 'w-target', beside)).resolves.toEqual(sorted(TWO, ['w-b>KNOWS>w-target', 'w-start>KNOWS>w-b']));
        expect(await beside.deleteRelationship({ type: 'KNOWS', from: 'w-a', to: 'w-start' })).toBe(true);
        await expect(ties({ maxHops: 2 })).resolves.toEqual(['w-b>KNOWS>w-target', 'w-start>KNOWS>w-b']);
      } finally {
        await beside.close();
      }
    });
  });

  describe('trustTiesWithDetails', () => {
    const options: TiesBetweenOptions = { maxHops: 2, maxIntermediaryDegree: 4 };
    /** Chooses every tie and both ends (and what does not exist), and keeps the tie ids it chose from. */
    const everything = (ties: TieBetween[]) => ({
      tieIds: ties.map((tie) => tie.id),
      relationships: [...ties, { type: 'KNOWS' as const, from: 'w-start', to: 'nobody' }],
      nodeIds: ['w-target', 'nobody', 'w-start'],
    });

    beforeEach(() => upsert(WALK_BATCH));

    it('hands choose the ties trustTiesBetween answers, and answers what it chose in full, as getRelationships and getNodes do', async () => {
      const ties = await store().trustTiesBetween('w-start', 'w-target', options);
      const read = await store().trustTiesWithDetails('w-start', 'w-target', options, everything);
      expect(read.choice.tieIds).toEqual(ties.map((tie) => tie.id));
      expect(read.choice.tieIds).toEqual(sorted(TWO));
      expect(read.relationships).toEqual(await store().getRelationships(ties));
      expect(read.relationships.map((relationship) => relationship.id)).toEqual(sorted(TWO));
      expect(read.nodes).toEqual(await store().getNodes(['w-target', 'w-start']));
      const nothing = await store().trustTiesWithDetails('w-start', 'w-target', options, () => ({ relationships: [], nodeIds: [] }));
      expect(nothing).toEqual({ choice: { relationships: [], nodeIds: [] }, relationships: [], nodes: [] });
    });

    it('refuses an unknown end, a bound out of range, or more chosen relationships than a page holds', async () => {
      await store().trustTiesWithDetails('w-start', 'w-target', options, everything);
      await expect(store().trustTiesWithDetails('w-start', 'nobody', options, everything)).rejects.toThrow(NotFoundError);
      await expect(store().trustTiesWithDetails('nobody', 'w-target', options, everything)).rejects.toThrow(NotFoundError);
      await expect(store().trustTiesWithDetails('w-start', 'w-target', { maxHops: 0 }, everything)).rejects.toThrow('maxHops:');
      const tooMany = () => ({ relationships: Array.from({ length: 1001 }, () => knows('w-a', 'w-start') as RelationshipIdentity), nodeIds: [] });
      await expect(store().trustTiesWithDetails('w-start', 'w-target', options, tooMany)).rejects.toThrow('identities: must name at most 1000 relationships');
    });

    it('chooses from the ties after every write since its last call, made through another store too, and reads the details as written', async () => {
      await expect(store().trustTiesWithDetails('w-start', 'w-target', options, everything)).resolves.toMatchObject({ choice: { tieIds: sorted(TWO) } });
      const beside = await openBeside();
      try {
        await beside.upsert({ relationships: [knows('w-b', 'w-target'), knows('w-a', 'w-target', { strength: 0.2 })] }, { origin: 'USER', actor: 'another-process' });
        const read = await store().trustTiesWithDetails('w-start', 'w-target', options, everything);
        const now = sorted(TWO, ['w-b>KNOWS>w-target', 'w-start>KNOWS>w-b']);
        expect(read.choice.tieIds).toEqual(now);
        expect(read.choice.relationships).toContainEqual(expect.objectContaining({ id: 'w-a>KNOWS>w-target', strength: 0.2 }));
        expect(read.relationships.map((relationship) => relationship.id)).toEqual(now);
        expect(read.relationships.find((relationship) => relationship.id === 'w-a>KNOWS>w-target')).toMatchObject({ strength: 0.2 });
        expect(await beside.deleteNode('w-target')).toBe(true);
        await expect(store().trustTiesWithDetails('w-start', 'w-target', options, everything)).rejects.toThrow(NotFoundError);
      } finally {
        await beside.close();
      }
    });
  });

  describe('getRelationships', () => {
    beforeEach(() => upsert(WALK_BATCH));

    it('answers the relationships that exist among the identities asked, in full and in the order asked', async () => {
      const asked = [
        { type: 'KNOWS' as const, from: 'w-j', to: 'w-target' },
        { type: 'KNOWS' as const, from: 'w-target', to: 'w-j' },
        { type: 'MEMBER_OF' as const, from: 'w-m1', to: 'w-net' },
        { type: 'KNOWS' as const, from: 'w-a', to: 'w-start' },
        { type: 'KNOWS' as const, from: 'w-a', to: 'w-start', key: 'other' },
      ];
      const found = await store().getRelationships(asked);
      expect(found.map((rel) => rel.id)).toEqual(['w-j>KNOWS>w-target', 'w-m1>MEMBER_OF>w-net', 'w-a>KNOWS>w-start']);
      expect(found[2]).toEqual(await store().getRelationship(asked[3]));
      await expect(store().getRelationships([])).resolves.toEqual([]);
    });

    it('refuses more identities than a page holds', async () => {
      const many = Array.from({ length: 1001 }, () => ({ type: 'KNOWS' as const, from: 'w-a', to: 'w-start' }));
      await expect(store().getRelationships(many)).rejects.toThrow('identities: must name at most 1000 relationships');
    });
  });
}

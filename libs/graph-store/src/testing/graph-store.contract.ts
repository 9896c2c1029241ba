import { GraphBatchInput, NotFoundError, ValidationError, WriteContext } from '@koppel/domain';
import type { GraphStore } from '../graph-store.port';
import { CONTRACT_BATCH, CONTRACT_NODES, CONTRACT_RELATIONSHIPS } from './contract-fixture';
import { describeAccountsContract } from './accounts.contract';
import { describeIntroductionsContract } from './introductions.contract';
import { describeMatchContextContract } from './match-context.contract';
import { describeMatchingStateContract } from './matching-state.contract';
import { describeRelationshipsBetweenContract } from './relationships-between.contract';
import { describePrivacyContract } from './privacy.contract';
import { describeRelationshipPagesContract } from './relationship-pages.contract';

/** How a contract run gets a store: a fresh, empty one for every test. */
export interface GraphStoreHarness {
  /** An open store holding no graph data (schema and version may stay). */
  openEmpty(): Promise<GraphStore>;
  /** Another store over the data of the one openEmpty opened last, as a second process would open it. */
  openBeside(): Promise<GraphStore>;
}

export const CONTRACT_WRITER: WriteContext = {
  origin: 'IMPORT',
  actor: 'contract-suite',
  reference: 'contract-fixture.ts',
  at: new Date('2026-01-15T09:30:00.000Z'),
};

const CONTRACT_PROVENANCE = {
  origin: 'IMPORT',
  addedBy: 'contract-suite',
  addedAt: '2026-01-15T09:30:00.000Z',
  reference: 'contract-fixture.ts',
};

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/**
 * The behaviour every GraphStore adapter must have. Each adapter's spec calls this with its
 * own harness; the fixtures and the expected answers are the same for all.
 */
export function describeGraphStoreContract(adapterName: string, harness: GraphStoreHarness): void {
  describe(`GraphStore contract: ${adapterName}`, () => {
    let store: GraphStore;

    beforeEach(async () => {
      store = await harness.openEmpty();
    });
    afterEach(async () => {
      await store?.close();
    });

    /** Every write in the suite is made by this writer, at a fixed time. */
    const upsert = (batch: GraphBatchInput, context: WriteContext = CONTRACT_WRITER) => store.upsert(batch, context);
    const seed = () => upsert(CONTRACT_BATCH);

    describe('upsert', () => {
      it('stores every node with its fields and defaults, and reads it back by id', async () => {
        await seed();
        const zonnewerf = await store.getNode('ent-zonnewerf');
        expect(zonnewerf).toEqual({
          ...CONTRACT_NODES[0],
          province: 'GRONINGEN',
          offers: [],
          visibleForMatchmaking: true,
          illustrative: false,
          needsShared: false,
          provenance: CONTRACT_PROVENANCE,
        });
      });

      it('keeps the provenance of the first write when a node or relationship is written again', async () => {
        await seed();
        const later: WriteContext = { origin: 'USER', actor: 'coordinator-anna', at: new Date('2026-03-01T12:00:00Z') };
        await upsert(
          { nodes: [{ ...CONTRACT_NODES[2], name: 'Kringloop Assen-Zuid' }], relationships: [CONTRACT_RELATIONSHIPS[3]] },
          later,
        );
        expect(await store.getNode('ent-kringloop')).toMatchObject({
          name: 'Kringloop Assen-Zuid',
          provenance: CONTRACT_PROVENANCE,
        });
        const [tie] = (await store.findRelationships({ types: ['KNOWS'] }, { first: 1 })).items;
        expect(tie.provenance).toEqual(CONTRACT_PROVENANCE);
      });

      it('stamps what is new with the provenance of the write that made it', async () => {
        await seed();
        const later: WriteContext = { origin: 'USER', actor: 'coordinator-anna', at: new Date('2026-03-01T12:00:00Z') };
        await upsert({ relationships: [{ type: 'KNOWS', from: 'person-anouk', to: 'ent-werkplaats', confidence: 0.6 }] }, later);
        const [tie] = (await store.findRelationships({ types: ['KNOWS'], nodeIds: ['ent-werkplaats'] }, { first: 1 })).items;
        expect(tie).toMatchObject({
          confidence: 0.6,
          provenance: { origin: 'USER', addedBy: 'coordinator-anna', addedAt: '2026-03-01T12:00:00.000Z' },
        });
      });

      it('keeps integers as numbers and dates as text on relationships', async () => {
        await seed();
        const page = await store.findRelationships({ types: ['FUNDED'] }, { first: 10 });
        expect(page.items).toEqual([
          {
            ...CONTRACT_RELATIONSHIPS[4],
            id: 'fund-noord>FUNDED>ent-zonnewerf',
            confidence: 1,
            visibility: 'PUBLIC',
            provenance: CONTRACT_PROVENANCE,
          },
        ]);
      });

      it('is idempotent: the same batch twice leaves the same graph', async () => {
        await seed();
        await seed();
        expect(await store.countByKind()).toMatchObject({ Entrepreneur: 3, Network: 1, Fund: 1, Person: 1 });
        const relationships = await store.findRelationships({}, { first: 100 });
        expect(relationships.totalCount).toBe(CONTRACT_RELATIONSHIPS.length);
      });

      it('replaces a node description on a second upsert of the same id', async () => {
        await seed();
        await upsert({ nodes: [{ ...CONTRACT_NODES[2], name: 'Kringloop Assen-Zuid', themes: [] }] });
        expect(await store.getNode('ent-kringloop')).toMatchObject({ name: 'Kringloop Assen-Zuid', themes: [] });
      });

      it('reports what it wrote', async () => {
        await expect(seed()).resolves.toEqual({
          nodesWritten: CONTRACT_NODES.length,
          relationshipsWritten: CONTRACT_RELATIONSHIPS.length,
        });
      });

      it('refuses the whole batch when one node is invalid, and writes nothing', async () => {
        const batch = { nodes: [...CONTRACT_NODES, { id: 'bad', kind: 'Entrepreneur', name: '' }] };
        await expect(upsert(batch)).rejects.toThrow(ValidationError);
        await expect(upsert(batch)).rejects.toThrow(/nodes\[7\]\.name/);
        expect(await store.getNode('ent-zonnewerf')).toBeNull();
      });

      it('refuses a relationship to an unknown node, naming it, and writes nothing of the batch', async () => {
        const batch = {
          nodes: CONTRACT_NODES,
          relationships: [...CONTRACT_RELATIONSHIPS, { type: 'KNOWS', from: 'person-anouk', to: 'nobody' }],
        };
        await expect(upsert(batch)).rejects.toThrow("relationships[6].to: unknown node 'nobody'");
        expect((await store.countByKind()).Entrepreneur).toBe(0);
      });

      it('checks endpoints against nodes stored earlier', async () => {
        await seed();
        await upsert({ relationships: [{ type: 'KNOWS', from: 'person-anouk', to: 'ent-werkplaats' }] });
        await expect(
          upsert({ relationships: [{ type: 'FUNDED', from: 'ent-werkplaats', to: 'fund-noord' }] }),
        ).rejects.toThrow('relationships[0].from: FUNDED cannot start at kind Entrepreneur');
      });

      it('refuses to change the kind of a stored node', async () => {
        await seed();
        await expect(
          upsert({ nodes: [{ id: 'fund-noord', kind: 'Network', name: 'Noordelijk Impactfonds' }] }),
        ).rejects.toThrow("nodes[0].kind: id 'fund-noord' is already of kind Fund");
        expect((await store.getNode('fund-noord'))?.kind).toBe('Fund');
      });

      it('keeps two relationships of one type between the same nodes apart by their key', async () => {
        await seed();
        await upsert({
          relationships: [{ type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf', key: '2024', amountEur: 80_000, year: 2024 }],
        });
        const fundings = await store.findRelationships({ types: ['FUNDED'] }, { first: 10 });
        expect(fundings.items.map((rel) => [rel.id, rel.amountEur])).toEqual([
          ['fund-noord>FUNDED>ent-zonnewerf', 50_000],
          ['fund-noord>FUNDED>ent-zonnewerf#2024', 80_000],
        ]);
      });

      it('updates a relationship sent again with other properties', async () => {
        await seed();
        await upsert({ relationships: [{ ...CONTRACT_RELATIONSHIPS[3], strength: 0.3 }] });
        const ties = await store.findRelationships({ types: ['KNOWS'] }, { first: 10 });
        expect(ties.items.map((rel) => rel.strength)).toEqual([0.3]);
      });

      it('keeps the later of two writes of one relationship in the same batch', async () => {
        await seed();
        const tie = CONTRACT_RELATIONSHIPS[3];
        await upsert({ relationships: [{ ...tie, strength: 0.3 }, { ...CONTRACT_RELATIONSHIPS[0] }, { ...tie, strength: 0.6 }] });
        const ties = await store.findRelationships({ types: ['KNOWS'] }, { first: 10 });
        expect(ties.items.map((rel) => rel.strength)).toEqual([0.6]);
      });
    });

    describe('check', () => {
      it('accepts a batch upsert would accept, and writes nothing', async () => {
        await expect(store.check(CONTRACT_BATCH)).resolves.toBeUndefined();
        expect((await store.countByKind()).Entrepreneur).toBe(0);
      });

      it('refuses what upsert would refuse, with the same words, checking endpoints against the store', async () => {
        await seed();
        await expect(store.check({ relationships: [{ type: 'KNOWS', from: 'person-anouk', to: 'ent-werkplaats' }] })).resolves.toBeUndefined();
        await expect(store.check({ relationships: [{ type: 'FUNDED', from: 'ent-werkplaats', to: 'nobody' }] })).rejects.toThrow(
          "relationships[0].from: FUNDED cannot start at kind Entrepreneur (allowed: Fund, Municipality, Province); relationships[0].to: unknown node 'nobody'",
        );
      });
    });

    describe('getNodes', () => {
      it('returns the existing nodes in the order asked and leaves out missing ids', async () => {
        await seed();
        const found = await store.getNodes(['fund-noord', 'missing', 'ent-zonnewerf']);
        expect(ids(found)).toEqual(['fund-noord', 'ent-zonnewerf']);
      });

      it('answers null for an id that does not exist', async () => {
        await expect(store.getNode('missing')).resolves.toBeNull();
      });
    });

    describe('findNodes', () => {
      beforeEach(seed);

      const find = async (filter: Parameters<GraphStore['findNodes']>[0]) =>
        ids((await store.findNodes(filter, { first: 100 })).items);

      it('filters by kind', async () => {
        expect(await find({ kinds: ['Entrepreneur'] })).toEqual(['ent-kringloop', 'ent-werkplaats', 'ent-zonnewerf']);
        expect(await find({ kinds: ['Fund', 'Person'] })).toEqual(['fund-noord', 'person-anouk']);
      });

      it('searches names case-insensitively, diacritics included', async () => {
        expect(await find({ nameContains: 'COÖPERATIE' })).toEqual(['ent-zonnewerf']);
        expect(await find({ nameContains: 'noord' })).toEqual(['ent-werkplaats', 'fund-noord', 'net-impact-noord']);
      });

      it('finds a name with accents when it is typed without them, and the other way round, a hyphen as a space', async () => {
        expect(await find({ nameContains: 'cooperatie' })).toEqual(['ent-zonnewerf']);
        await upsert({ nodes: [{ ...CONTRACT_NODES[3], name: 'Impact Súdwest-Fryslân' }] });
        expect(await find({ nameContains: 'sudwest-fryslan' })).toEqual(['net-impact-noord']);
        expect(await find({ nameContains: 'impact sudwest fryslan' })).toEqual(['net-impact-noord']);
        expect(await find({ nameContains: 'FRYSLÂN' })).toEqual(['net-impact-noord']);
        expect(await find({ nameContains: 'kringlôop' })).toEqual(['ent-kringloop']);
      });

      it('filters by municipality and by province', async () => {
        expect(await find({ municipality: 'groningen' })).toEqual([
          'ent-zonnewerf',
          'net-impact-noord',
          'purchaser-groningen',
        ]);
        expect(await find({ province: 'FRYSLAN' })).toEqual(['ent-werkplaats']);
      });

      it('filters by theme, by domain offered and by domain needed', async () => {
        expect(await find({ theme: 'CIRCULAR_ECONOMY' })).toEqual(['ent-kringloop', 'ent-werkplaats']);
        expect(await find({ offers: 'FINANCE' })).toEqual(['fund-noord']);
        expect(await find({ needs: 'MARKET_POLICY' })).toEqual(['ent-werkplaats']);
      });

      it('filters entrepreneurs by stage and by enterprise kind', async () => {
        expect(await find({ stage: 'STARTUP' })).toEqual(['ent-zonnewerf']);
        expect(await find({ enterpriseKind: 'SOCIAL' })).toEqual(['ent-kringloop', 'ent-zonnewerf']);
        expect(await find({ kinds: ['Fund'], stage: 'STARTUP' })).toEqual([]);
      });

      it('combines filters', async () => {
        expect(await find({ kinds: ['Entrepreneur'], theme: 'CIRCULAR_ECONOMY', province: 'DRENTHE' })).toEqual([
          'ent-kringloop',
        ]);
      });

      it('pages through every match once, in id order, with a total count', async () => {
        const seen: string[] = [];
        let after: string | undefined;
        let pages = 0;
        for (;;) {
          const page = await store.findNodes({}, { first: 3, after });
          expect(page.totalCount).toBe(CONTRACT_NODES.length);
          seen.push(...ids(page.items));
          pages++;
          if (!page.hasNextPage) break;
          after = page.endCursor ?? undefined;
        }
        expect(pages).toBe(3);
        expect(seen).toEqual([...ids(CONTRACT_NODES)].sort());
      });

      it('refuses a page size out of range and a cursor it did not give out', async () => {
        await expect(store.findNodes({}, { first: 0 })).rejects.toThrow('first: must be a whole number from 1 to 1000');
        await expect(store.findNodes({}, { first: 5000 })).rejects.toThrow(ValidationError);
        await expect(store.findNodes({}, { first: 5, after: 'bogus' })).rejects.toThrow('after: is not a cursor');
      });
    });

    describe('findRelationships', () => {
      beforeEach(seed);

      it('lists relationships grouped by where they start: by from, type, to and key', async () => {
        const all = await store.findRelationships({}, { first: 100 });
        expect(all.items.map((rel) => rel.id)).toEqual([
          'ent-werkplaats>MEMBER_OF>net-impact-noord',
          'ent-zonnewerf>MEMBER_OF>net-impact-noord',
          'fund-noord>FUNDED>ent-zonnewerf',
          'person-anouk>KNOWS>ent-kringloop',
          'person-anouk>WORKS_FOR>net-impact-noord',
          'purchaser-groningen>BOUGHT_FROM>ent-werkplaats',
        ]);
      });

      it('pages through relationships without skipping or repeating one', async () => {
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = await store.findRelationships({}, { first: 4, after });
          seen.push(...page.items.map((rel) => rel.id));
          after = page.hasNextPage ? (page.endCursor ?? undefined) : undefined;
        } while (after);
        expect(seen).toHaveLength(CONTRACT_RELATIONSHIPS.length);
        expect(new Set(seen).size).toBe(CONTRACT_RELATIONSHIPS.length);
      });

      it('filters by type and by the nodes they touch', async () => {
        const members = await store.findRelationships({ types: ['MEMBER_OF'] }, { first: 10 });
        expect(members.items.map((rel) => rel.from).sort()).toEqual(['ent-werkplaats', 'ent-zonnewerf']);
        const ofAnouk = await store.findRelationships({ nodeIds: ['person-anouk'] }, { first: 10 });
        expect(ofAnouk.items.map((rel) => rel.type).sort()).toEqual(['KNOWS', 'WORKS_FOR']);
      });
    });

    describe('neighbourhood', () => {
      beforeEach(seed);

      it('returns the nodes within the given hops, nearest first, with the relationships between them', async () => {
        const one = await store.neighbourhood('net-impact-noord', { depth: 1 });
        expect(ids(one.nodes)).toEqual(['net-impact-noord', 'ent-werkplaats', 'ent-zonnewerf', 'person-anouk']);
        expect(one.relationships).toHaveLength(3);
        expect(one.truncated).toBe(false);

        const two = await store.neighbourhood('net-impact-noord', { depth: 2 });
        expect(ids(two.nodes)).toEqual([
          'net-impact-noord',
          'ent-werkplaats',
          'ent-zonnewerf',
          'person-anouk',
          'ent-kringloop',
          'fund-noord',
          'purchaser-groningen',
        ]);
      });

      it('follows only the relationship types asked for', async () => {
        const members = await store.neighbourhood('ent-zonnewerf', { depth: 3, types: ['MEMBER_OF'] });
        expect(ids(members.nodes)).toEqual(['ent-zonnewerf', 'net-impact-noord', 'ent-werkplaats']);
        expect(members.relationships.every((rel) => rel.type === 'MEMBER_OF')).toBe(true);
      });

      it('answers the relationships alone when asked without nodes', async () => {
        const shape = await store.neighbourhood('net-impact-noord', { depth: 2, withNodes: false });
        const full = await store.neighbourhood('net-impact-noord', { depth: 2 });
        expect(shape.nodes).toEqual([]);
        expect(shape.relationships).toEqual(full.relationships);
      });

      it('cuts at the node limit and says so', async () => {
        const cut = await store.neighbourhood('net-impact-noord', { depth: 2, limit: 3 });
        expect(ids(cut.nodes)).toEqual(['net-impact-noord', 'ent-werkplaats', 'ent-zonnewerf']);
        expect(cut.truncated).toBe(true);
      });

      it('refuses an unknown node and a depth out of range', async () => {
        await expect(store.neighbourhood('missing', { depth: 1 })).rejects.toThrow(NotFoundError);
        await expect(store.neighbourhood('ent-zonnewerf', { depth: 9 })).rejects.toThrow('depth:');
      });
    });

    describe('shortestPath', () => {
      beforeEach(seed);

      it('finds the shortest path in either direction of the relationships', async () => {
        const path = await store.shortestPath('ent-zonnewerf', 'ent-kringloop', { maxHops: 4 });
        expect(ids(path?.nodes ?? [])).toEqual(['ent-zonnewerf', 'net-impact-noord', 'person-anouk', 'ent-kringloop']);
        expect(path?.relationships.map((rel) => rel.type)).toEqual(['MEMBER_OF', 'WORKS_FOR', 'KNOWS']);
      });

      it('answers null beyond the hop limit or over types that do not connect', async () => {
        await expect(store.shortestPath('ent-zonnewerf', 'ent-kringloop', { maxHops: 2 })).resolves.toBeNull();
        await expect(
          store.shortestPath('ent-zonnewerf', 'ent-kringloop', { maxHops: 4, types: ['MEMBER_OF', 'KNOWS'] }),
        ).resolves.toBeNull();
      });

      it('refuses unknown endpoints', async () => {
        await expect(store.shortestPath('ent-zonnewerf', 'missing', { maxHops: 4 })).rejects.toThrow(NotFoundError);
      });
    });

    describe('visibility', () => {
      beforeEach(async () => {
        await seed();
        // A tie only coordinators may see, which would make a shorter path if it were walked.
        await upsert({
          relationships: [{ type: 'KNOWS', from: 'ent-zonnewerf', to: 'ent-kringloop', visibility: 'COORDINATORS' }],
        });
      });
      const publicOnly = { visibilities: ['PUBLIC'] as const };

      it('lists a relationship only to a read whose scope includes its visibility', async () => {
        const all = await store.findRelationships({ types: ['KNOWS'] }, { first: 10 });
        expect(all.items.map((rel) => [rel.from, rel.visibility])).toEqual([
          ['ent-zonnewerf', 'COORDINATORS'],
          ['person-anouk', 'PUBLIC'],
        ]);
        const visible = await store.findRelationships({ types: ['KNOWS'], ...publicOnly }, { first: 10 });
        expect(visible.items.map((rel) => rel.from)).toEqual(['person-anouk']);
        expect(visible.totalCount).toBe(1);
      });

      it('walks neighbourhoods and paths only over relationships in scope', async () => {
        const near = await store.neighbourhood('ent-zonnewerf', { depth: 1, ...publicOnly });
        expect(ids(near.nodes)).not.toContain('ent-kringloop');
        const direct = await store.shortestPath('ent-zonnewerf', 'ent-kringloop', { maxHops: 4 });
        expect(direct?.relationships).toHaveLength(1);
        const visiblePath = await store.shortestPath('ent-zonnewerf', 'ent-kringloop', { maxHops: 4, ...publicOnly });
        expect(visiblePath?.relationships).toHaveLength(3);
      });
    });

    describe('deleteNode', () => {
      beforeEach(seed);

      it('removes the node with all its relationships', async () => {
        await expect(store.deleteNode('net-impact-noord')).resolves.toBe(true);
        expect(await store.getNode('net-impact-noord')).toBeNull();
        const left = await store.findRelationships({}, { first: 100 });
        expect(left.items.some((rel) => rel.from === 'net-impact-noord' || rel.to === 'net-impact-noord')).toBe(false);
        expect(left.totalCount).toBe(CONTRACT_RELATIONSHIPS.length - 3);
      });

      it('answers false for a node that does not exist', async () => {
        await expect(store.deleteNode('missing')).resolves.toBe(false);
      });
    });

    describeRelationshipPagesContract(() => store, upsert, () => harness.openBeside());
    describeMatchContextContract(() => store, upsert, () => harness.openBeside());
    describeRelationshipsBetweenContract(() => store, upsert, () => harness.openBeside());
    describeIntroductionsContract(() => store, upsert);
    describeMatchingStateContract(() => store, upsert, () => harness.openBeside());
    describeAccountsContract(() => store, upsert);
    describePrivacyContract(() => store, upsert);

    describe('countByKind and health', () => {
      it('counts every kind, zero included', async () => {
        await seed();
        expect(await store.countByKind()).toEqual({
          Entrepreneur: 3,
          Network: 1,
          Fund: 1,
          Purchaser: 1,
          Municipality: 0,
          Province: 0,
          KnowledgeInstitution: 0,
          SupportProgramme: 0,
          Person: 1,
          Event: 0,
        });
      });

      it('reports itself reachable with a schema version and what answered', async () => {
        const health = await store.health();
        expect(health).toMatchObject({ kind: store.kind, reachable: true });
        expect(health.schemaVersion).toBeGreaterThanOrEqual(1);
        expect(health.agent).toEqual(expect.any(String));
      });
    });
  });
}

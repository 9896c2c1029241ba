import { GraphBatchInput, ValidationError } from '@koppel/domain';
import type { GraphStore, NodeFilter, PageRequest, RelatedFieldsRequest, RelationshipsOfManyOptions } from '../graph-store.port';
import { CONTRACT_BATCH } from './contract-fixture';

/**
 * A node's relationships, many nodes at once (what the API's per-request loaders ask), and one
 * relationship by its identity: read and deleted. Part of describeGraphStoreContract.
 */
export function describeRelationshipPagesContract(
  store: () => GraphStore,
  upsert: (batch: GraphBatchInput) => Promise<unknown>,
  openBeside: () => Promise<GraphStore>,
): void {
  const ids = (page: { items: readonly { id: string }[] }) => page.items.map((item) => item.id);
  const pages = (nodeIds: readonly string[], options: Partial<RelationshipsOfManyOptions> = {}) =>
    store().relationshipsOfMany(
      nodeIds.map((nodeId) => ({ nodeId })),
      { types: ['MEMBER_OF'], direction: 'OUT', perNodeLimit: 10, ...options },
    );

  describe('relationshipsOfMany', () => {
    beforeEach(() => upsert(CONTRACT_BATCH));

    it('answers one page per node, in the order asked, following the direction asked', async () => {
      const [zonnewerf, werkplaats, kringloop] = await pages(['ent-zonnewerf', 'ent-werkplaats', 'ent-kringloop']);
      expect(ids(zonnewerf)).toEqual(['ent-zonnewerf>MEMBER_OF>net-impact-noord']);
      expect(ids(werkplaats)).toEqual(['ent-werkplaats>MEMBER_OF>net-impact-noord']);
      expect(kringloop).toEqual({ items: [], endCursor: null, hasNextPage: false, totalCount: 0 });

      const [members] = await pages(['net-impact-noord'], { direction: 'IN' });
      expect(ids(members)).toEqual(['ent-werkplaats>MEMBER_OF>net-impact-noord', 'ent-zonnewerf>MEMBER_OF>net-impact-noord']);
      const [outgoing] = await pages(['net-impact-noord'], { direction: 'OUT' });
      expect(outgoing.totalCount).toBe(0);
    });

    it('carries the properties and provenance of each relationship', async () => {
      const [fundings] = await pages(['ent-zonnewerf'], { types: ['FUNDED'], direction: 'IN' });
      expect(fundings.items).toEqual([
        expect.objectContaining({
          type: 'FUNDED',
          from: 'fund-noord',
          to: 'ent-zonnewerf',
          amountEur: 50_000,
          year: 2021,
          instrument: 'LOAN',
          provenance: expect.objectContaining({ addedBy: 'contract-suite' }),
        }),
      ]);
    });

    it('lists several types, both directions, and only the visibilities asked', async () => {
      await upsert({ relationships: [{ type: 'KNOWS', from: 'ent-kringloop', to: 'person-anouk', visibility: 'COORDINATORS' }] });
      const [all] = await pages(['person-anouk'], { types: ['KNOWS', 'WORKS_FOR'], direction: 'BOTH' });
      expect(ids(all)).toEqual([
        'ent-kringloop>KNOWS>person-anouk',
        'person-anouk>KNOWS>ent-kringloop',
        'person-anouk>WORKS_FOR>net-impact-noord',
      ]);
      const [visible] = await pages(['person-anouk'], { types: ['KNOWS', 'WORKS_FOR'], direction: 'BOTH', visibilities: ['PUBLIC'] });
      expect(ids(visible)).toEqual(['person-anouk>KNOWS>ent-kringloop', 'person-anouk>WORKS_FOR>net-impact-noord']);
      expect(visible.totalCount).toBe(2);
    });

    it('lists a hidden tie too when one of its ends is a node the viewer acts for, in page and total alike', async () => {
      await upsert({ relationships: [{ type: 'KNOWS', from: 'ent-kringloop', to: 'person-anouk', visibility: 'COORDINATORS' }] });
      const scope = { types: ['KNOWS'] as const, direction: 'BOTH' as const, visibilities: ['PUBLIC'] as const };
      const [asKringloop] = await pages(['person-anouk'], { ...scope, visibleWhenTouching: ['ent-kringloop'] });
      expect(ids(asKringloop)).toEqual(['ent-kringloop>KNOWS>person-anouk', 'person-anouk>KNOWS>ent-kringloop']);
      expect(asKringloop.totalCount).toBe(2);
      const [asSomeoneElse] = await pages(['person-anouk'], { ...scope, visibleWhenTouching: ['ent-zonnewerf'] });
      expect(ids(asSomeoneElse)).toEqual(['person-anouk>KNOWS>ent-kringloop']);
      expect(asSomeoneElse.totalCount).toBe(1);
    });

    it('pages each node from its own cursor, with its own total', async () => {
      await upsert({
        relationships: [
          { type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf', key: '2023', amountEur: 10_000 },
          { type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf', key: '2024', amountEur: 20_000 },
        ],
      });
      const options = { types: ['FUNDED'], direction: 'OUT', perNodeLimit: 2 } as const;
      const [first] = await store().relationshipsOfMany([{ nodeId: 'fund-noord' }], options);
      expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
      expect(ids(first)).toEqual(['fund-noord>FUNDED>ent-zonnewerf', 'fund-noord>FUNDED>ent-zonnewerf#2023']);
      const [second, fresh] = await store().relationshipsOfMany(
        [{ nodeId: 'fund-noord', after: first.endCursor }, { nodeId: 'fund-noord' }],
        options,
      );
      expect(ids(second)).toEqual(['fund-noord>FUNDED>ent-zonnewerf#2024']);
      expect(second.hasNextPage).toBe(false);
      expect(ids(fresh)).toEqual(ids(first));
    });

    it('answers an empty list for no requests and refuses what is out of bounds', async () => {
      await expect(pages([])).resolves.toEqual([]);
      await expect(pages(['ent-zonnewerf'], { perNodeLimit: 0 })).rejects.toThrow('first: must be a whole number from 1 to 1000');
      await expect(pages(['ent-zonnewerf'], { types: [] })).rejects.toThrow(ValidationError);
      await expect(pages(['ent-zonnewerf'], { types: ['OWNS' as never] })).rejects.toThrow("types: unknown relationship type 'OWNS'");
      await expect(
        store().relationshipsOfMany([{ nodeId: 'ent-zonnewerf', after: 'bogus' }], { types: ['MEMBER_OF'], direction: 'OUT', perNodeLimit: 5 }),
      ).rejects.toThrow('after: is not a cursor');
    });
  });

  describe('findNodesWithRelated', () => {
    beforeEach(() => upsert(CONTRACT_BATCH));
    const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
    const entrepreneurs: NodeFilter = { kinds: ['Entrepreneur'] };
    const fields: RelatedFieldsRequest['fields'] = [
      { types: ['MEMBER_OF'], direction: 'OUT', perNodeLimit: 10 },
      { types: ['FUNDED'], direction: 'IN', perNodeLimit: 1 },
      { types: ['KNOWS', 'BOUGHT_FROM'], direction: 'BOTH', perNodeLimit: 5 },
    ];

    /** What the separate reads answer: the page, each field's pages, and the far ends. */
    async function readSeparately(filter: NodeFilter, page: PageRequest, related: RelatedFieldsRequest) {
      const nodes = await store().findNodes(filter, page);
      const pagesOfFields = [];
      for (const field of related.fields) {
        pagesOfFields.push(
          await store().relationshipsOfMany(
            nodes.items.map((node) => ({ nodeId: node.id })),
            { ...field, visibilities: related.visibilities, visibleWhenTouching: related.visibleWhenTouching },
          ),
        );
      }
      const farIds = new Set(
        pagesOfFields.flatMap((pages) => pages.flatMap((one, index) => one.items.map((rel) => (rel.from === nodes.items[index].id ? rel.to : rel.from)))),
      );
      return { page: nodes, related: pagesOfFields, farEnds: byId(await store().getNodes([...farIds])) };
    }

    it('answers in one read what findNodes, relationshipsOfMany per field and getNodes of the far ends answer', async () => {
      await upsert({ relationships: [{ type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf', key: '2024', amountEur: 9_000 }] });
      const request = { fields, visibilities: ['PUBLIC', 'MEMBERS'] } as const;
      const together = await store().findNodesWithRelated(entrepreneurs, { first: 10 }, request);
      expect({ ...together, farEnds: byId(together.farEnds) }).toEqual(await readSeparately(entrepreneurs, { first: 10 }, request));
      expect(together.page.items.map((node) => node.id)).toEqual(['ent-kringloop', 'ent-werkplaats', 'ent-zonnewerf']);
      const zonnewerfFundings = together.related[1][2];
      expect(zonnewerfFundings).toMatchObject({ totalCount: 2, hasNextPage: true });
      expect(ids(zonnewerfFundings)).toEqual(['fund-noord>FUNDED>ent-zonnewerf']);
      expect(together.farEnds.map((node) => node.id).sort()).toEqual(['fund-noord', 'net-impact-noord', 'person-anouk', 'purchaser-groningen']);
      expect(together.farEnds.find((node) => node.id === 'fund-noord')?.provenance).toMatchObject({ addedBy: 'contract-suite' });
    });

    it('pages the list from its cursor, with the total of the whole filter', async () => {
      const first = await store().findNodesWithRelated(entrepreneurs, { first: 2 }, { fields });
      expect(first.page).toMatchObject({ totalCount: 3, hasNextPage: true });
      expect(first.related.map((pages) => pages.length)).toEqual([2, 2, 2]);
      const second = await store().findNodesWithRelated(entrepreneurs, { first: 2, after: first.page.endCursor }, { fields });
      expect(second.page.items.map((node) => node.id)).toEqual(['ent-zonnewerf']);
      expect({ ...second, farEnds: byId(second.farEnds) }).toEqual(await readSeparately(entrepreneurs, { first: 2, after: first.page.endCursor }, { fields }));
      const filtered = await store().findNodesWithRelated({ kinds: ['Entrepreneur'], municipality: 'groningen' }, { first: 10 }, { fields });
      expect({ ...filtered, farEnds: byId(filtered.farEnds) }).toEqual(await readSeparately({ kinds: ['Entrepreneur'], municipality: 'groningen' }, { first: 10 }, { fields }));
    });

    it('reads the relationships in the scope asked, a hidden tie only for a viewer at one of its ends', async () => {
      await upsert({ relationships: [{ type: 'KNOWS', from: 'ent-kringloop', to: 'person-anouk', key: 'hidden', visibility: 'COORDINATORS' }] });
      const people: NodeFilter = { kinds: ['Person'] };
      const knows = [{ types: ['KNOWS'], direction: 'BOTH', perNodeLimit: 10 }] as const;
      const publicOnly = await store().findNodesWithRelated(people, { first: 10 }, { fields: knows, visibilities: ['PUBLIC'] });
      expect(ids(publicOnly.related[0][0])).toEqual(['person-anouk>KNOWS>ent-kringloop']);
      const asKringloop = await store().findNodesWithRelated(people, { first: 10 }, { fields: knows, visibilities: ['PUBLIC'], visibleWhenTouching: ['ent-kringloop'] });
      expect(ids(asKringloop.related[0][0])).toEqual(['ent-kringloop>KNOWS>person-anouk#hidden', 'person-anouk>KNOWS>ent-kringloop']);
      expect(asKringloop.related[0][0].totalCount).toBe(2);
    });

    it('answers an empty page with empty fields, and no fields at all when none are asked', async () => {
      await expect(store().findNodesWithRelated({ kinds: ['Event'] }, { first: 10 }, { fields })).resolves.toEqual({
        page: { items: [], endCursor: null, hasNextPage: false, totalCount: 0 },
        related: [[], [], []],
        farEnds: [],
      });
      const bare = await store().findNodesWithRelated(entrepreneurs, { first: 10 }, { fields: [] });
      expect(bare).toEqual({ page: await store().findNodes(entrepreneurs, { first: 10 }), related: [], farEnds: [] });
    });

    it('answers every node as it is now, after writes through this store or through another over the same data', async () => {
      const ask = () => store().findNodesWithRelated(entrepreneurs, { first: 10 }, { fields });
      const nameOf = (read: Awaited<ReturnType<typeof ask>>, id: string) =>
        [...read.page.items, ...read.farEnds].find((node) => node.id === id)?.name;
      expect(nameOf(await ask(), 'ent-zonnewerf')).toBe('Zonnewerf Coöperatie');
      await upsert({ nodes: [{ id: 'ent-zonnewerf', kind: 'Entrepreneur', name: 'Zonnewerf Energie', enterpriseKind: 'SOCIAL', stage: 'STARTUP' }] });
      expect(nameOf(await ask(), 'ent-zonnewerf')).toBe('Zonnewerf Energie');
      const beside = await openBeside();
      try {
        await beside.upsert(
          { nodes: [{ id: 'net-impact-noord', kind: 'Network', name: 'Impact Netwerk Noord-Nederland' }] },
          { origin: 'IMPORT', actor: 'contract-beside' },
        );
        const after = await ask();
        expect(nameOf(after, 'net-impact-noord')).toBe('Impact Netwerk Noord-Nederland');
        expect(after.farEnds.find((node) => node.id === 'net-impact-noord')?.provenance).toMatchObject({ addedBy: 'contract-suite' });
        await beside.deleteNode('fund-noord');
        const gone = await ask();
        expect(gone.farEnds.map((node) => node.id)).not.toContain('fund-noord');
        expect(gone.related[1].every((page) => page.totalCount === 0)).toBe(true);
      } finally {
        await beside.close();
      }
    });

    it('refuses what is out of bounds, as findNodes and relationshipsOfMany do', async () => {
      const page = { first: 10 };
      await expect(store().findNodesWithRelated(entrepreneurs, { first: 0 }, { fields })).rejects.toThrow(ValidationError);
      await expect(store().findNodesWithRelated(entrepreneurs, { first: 1, after: 'bogus' }, { fields })).rejects.toThrow('after: is not a cursor');
      await expect(store().findNodesWithRelated(entrepreneurs, page, { fields: [{ ...fields[0], perNodeLimit: 0 }] })).rejects.toThrow(
        'first: must be a whole number from 1 to 1000',
      );
      await expect(store().findNodesWithRelated(entrepreneurs, page, { fields: [{ ...fields[0], types: ['OWNS' as never] }] })).rejects.toThrow(
        "types: unknown relationship type 'OWNS'",
      );
      await expect(store().findNodesWithRelated(entrepreneurs, page, { fields: Array(17).fill(fields[0]) })).rejects.toThrow(
        'fields: must name at most 16 relationship fields',
      );
    });
  });

  describe('getRelationship and deleteRelationship', () => {
    beforeEach(() => upsert(CONTRACT_BATCH));
    const funding = { type: 'FUNDED', from: 'fund-noord', to: 'ent-zonnewerf' } as const;

    it('reads one relationship by type, ends and key', async () => {
      await expect(store().getRelationship(funding)).resolves.toMatchObject({ id: 'fund-noord>FUNDED>ent-zonnewerf', amountEur: 50_000 });
      await expect(store().getRelationship({ ...funding, key: '2024' })).resolves.toBeNull();
      await expect(store().getRelationship({ ...funding, type: 'BOUGHT_FROM' })).resolves.toBeNull();
    });

    it('deletes only the relationship named, and leaves its ends', async () => {
      await upsert({ relationships: [{ ...funding, key: '2024', amountEur: 80_000 }] });
      await expect(store().deleteRelationship(funding)).resolves.toBe(true);
      await expect(store().getRelationship(funding)).resolves.toBeNull();
      await expect(store().getRelationship({ ...funding, key: '2024' })).resolves.toMatchObject({ amountEur: 80_000 });
      expect(await store().getNodes(['fund-noord', 'ent-zonnewerf'])).toHaveLength(2);
      expect((await store().findRelationships({}, { first: 100 })).totalCount).toBe(CONTRACT_BATCH.relationships.length);
    });

    it('answers false when there is no such relationship', async () => {
      await expect(store().deleteRelationship({ ...funding, key: 'none' })).resolves.toBe(false);
      await expect(store().deleteRelationship({ ...funding, from: 'nobody' })).resolves.toBe(false);
    });
  });
}

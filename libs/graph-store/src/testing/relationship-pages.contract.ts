import { GraphBatchInput, ValidationError } from '@koppel/domain';
import type { GraphStore, RelationshipsOfManyOptions } from '../graph-store.port';
import { CONTRACT_BATCH } from './contract-fixture';

/**
 * A node's relationships, many nodes at once (what the API's per-request loaders ask), and one
 * relationship by its identity: read and deleted. Part of describeGraphStoreContract.
 */
export function describeRelationshipPagesContract(store: () => GraphStore, upsert: (batch: GraphBatchInput) => Promise<unknown>): void {
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatchContextRequest, startIntroduction, WriteContext } from '@koppel/domain';
import { MATCH_BATCH } from '../testing/contract-fixture';
import { EmbeddedGraphStore } from './embedded-graph-store';
import { EmbeddedMatchContext } from './embedded-match-context';

/**
 * What the contract suite cannot see of the embedded store's match-context caches: that they
 * follow writes made through another connection to the same file, and that writes beside the
 * graph (introductions, impressions) leave them be.
 */
const writer: WriteContext = { origin: 'IMPORT', actor: 'embedded-match-context.spec', at: new Date('2026-01-01T00:00:00Z') };
const request: MatchContextRequest = { subjectId: 'm-subject', candidateKinds: ['Entrepreneur'], visibilities: ['PUBLIC'] };

describe('embedded match context caches', () => {
  let dir: string;
  const stores: EmbeddedGraphStore[] = [];
  const open = () => {
    const store = new EmbeddedGraphStore({ dataDir: dir });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'koppel-match-cache-'));
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  it('see a write made by another process to the same file', async () => {
    const api = open();
    const importer = open();
    await importer.upsert(MATCH_BATCH, writer);
    const before = await api.matchContext(request);
    expect(before.candidates.find((c) => c.node.id === 'm-ent-c')?.degree).toBe(0);

    await importer.upsert({ relationships: [{ type: 'MEMBER_OF', from: 'm-ent-c', to: 'm-net' }] }, writer);
    const after = await api.matchContext(request);
    expect(after.candidates.find((c) => c.node.id === 'm-ent-c')).toMatchObject({
      degree: 1,
      commonNeighbours: [expect.objectContaining({ id: 'm-net' })],
    });
  });

  it('are read once for many requests, and kept when only introductions or impressions are written', async () => {
    const store = open();
    await store.upsert(MATCH_BATCH, writer);
    const rebuilds = jest.spyOn(EmbeddedMatchContext.prototype as unknown as { readSummaries(): unknown }, 'readSummaries');

    await store.matchContext(request);
    await store.matchContext({ ...request, visibilities: ['PUBLIC', 'MEMBERS'] });
    await store.recordImpressions('m-subject', ['m-ent-a'], new Date('2026-07-01T00:00:00Z'));
    await store.createIntroduction(
      startIntroduction({ requesterId: 'm-subject', targetId: 'm-ent-a', message: 'kennismaken?' }, 'intro:m-subject:m-ent-a', new Date()),
    );
    const context = await store.matchContext(request);
    expect(rebuilds).toHaveBeenCalledTimes(1);
    expect(context.impressions).toHaveLength(1);
    expect(context.introductions).toHaveLength(1);

    await store.deleteNode('m-ent-d');
    await store.matchContext(request);
    expect(rebuilds).toHaveBeenCalledTimes(2);
  });

  it('hand out nodes that cannot be changed by accident, since requests share them', async () => {
    const store = open();
    await store.upsert(MATCH_BATCH, writer);
    const { candidates } = await store.matchContext(request);
    expect(() => (candidates[0].node.themes as string[]).push('CARE')).toThrow(TypeError);
  });
});

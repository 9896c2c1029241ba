import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '@koppel/graph-store';
import { CONTRACT_BATCH, CONTRACT_WRITER } from '@koppel/graph-store/testing';
import { exportGraph } from './export-graph';
import { importItems, ImportRefusedError } from './import-graph';
import { readGraphJson, writeGraphJson } from './json-files';

const scratch = mkdtempSync(join(tmpdir(), 'koppel-io-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let stores = 0;
const emptyStore = () => new EmbeddedGraphStore({ dataDir: join(scratch, `store-${stores++}`) });
const importer = { origin: 'IMPORT' as const, actor: 'coordinator-test' };

describe('JSON export and import', () => {
  it('round-trips: export, then import into an empty store, gives the same graph', async () => {
    const original = emptyStore();
    await original.upsert(CONTRACT_BATCH, CONTRACT_WRITER);
    const file = join(scratch, 'graph.json');
    writeGraphJson(file, await exportGraph(original));

    const copy = emptyStore();
    await importItems(copy, readGraphJson(file), importer);

    expect(await exportGraph(copy)).toEqual(await exportGraph(original));
    expect(await copy.getNode('ent-zonnewerf')).toEqual(await original.getNode('ent-zonnewerf'));
  });

  it('is idempotent: importing the same file twice changes nothing', async () => {
    const file = join(scratch, 'fixture.json');
    writeFileSync(file, JSON.stringify(CONTRACT_BATCH));
    const store = emptyStore();
    await importItems(store, readGraphJson(file), importer);
    const once = await exportGraph(store);
    await importItems(store, readGraphJson(file), { ...importer, actor: 'someone-else' });
    expect(await exportGraph(store)).toEqual(once);
  });

  it('refuses a whole file for one bad item, naming file, item, field and reason with a hint', async () => {
    const file = join(scratch, 'bad.json');
    const nodes = [...CONTRACT_BATCH.nodes, { id: 'ent-typo', kind: 'Entrepreneur', name: 'Typo BV', municipality: 'Groningn', enterpriseKind: 'SOCIAL', stage: 'IDEA' }];
    writeFileSync(file, JSON.stringify({ nodes, relationships: CONTRACT_BATCH.relationships }));
    const store = emptyStore();

    const refusal = await importItems(store, readGraphJson(file), importer).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportRefusedError);
    expect((refusal as ImportRefusedError).issues).toEqual([
      { file: 'bad.json', location: 'nodes[7] (id ent-typo)', field: 'municipality', reason: "unknown municipality 'Groningn'; did you mean 'groningen'?" },
    ]);
    expect((await store.countByKind()).Entrepreneur).toBe(0);
  });

  it('refuses a file that is not a graph document, saying what it should be', () => {
    const file = join(scratch, 'list.json');
    writeFileSync(file, '[1, 2, 3]');
    expect(() => readGraphJson(file)).toThrow('list.json: (file): must be an object with "nodes" and/or "relationships" lists');
  });
});

/** The embedded store with the batch size of a server store, to exercise the batched path. */
const storeTakingBatchesOf = (size: number) => Object.assign(emptyStore(), { largestAtomicBatch: size });

describe('a large import', () => {
  /** More items than one transaction takes: a chain of people, each knowing the next. */
  function chainOfPeople(count: number) {
    const nodes = Array.from({ length: count }, (_, i) => ({ id: `p-${i}`, kind: 'Person', name: `Persoon ${i}` }));
    const relationships = nodes.slice(1).map((node, i) => ({ type: 'KNOWS', from: nodes[i].id, to: node.id }));
    return { file: 'chain.json', nodes, relationships };
  }

  it('is written in batches with progress, nodes first, and ends as one import would', async () => {
    const items = chainOfPeople(15_000);
    const store = storeTakingBatchesOf(20_000);
    const progress: [number, string][] = [];
    await importItems(store, items, importer, (done, _total, what) => progress.push([done, what]));
    expect(progress).toEqual([
      [15_000, 'nodes'],
      [29_999, 'relationships'],
    ]);
    expect((await store.countByKind()).Person).toBe(15_000);
  });

  it('is refused as a whole, before any batch is written, for one bad row at its end', async () => {
    const items = chainOfPeople(15_000);
    items.relationships.push({ type: 'KNOWS', from: 'p-1', to: 'nobody' });
    const store = storeTakingBatchesOf(20_000);
    const refusal = await importItems(store, items, importer).catch((error: unknown) => error);
    expect((refusal as ImportRefusedError).issues).toEqual([
      { file: 'chain.json', location: 'relationships[14999]', field: 'to', reason: "unknown node 'nobody'" },
    ]);
    expect((await store.countByKind()).Person).toBe(0);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTRACT_BATCH } from '@koppel/graph-store/testing';

const workspaceRoot = join(__dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'koppel-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the real `koppel` command, as `npx koppel` does, on an embedded store in `dataDir`. */
function koppel(dataDir: string, ...args: string[]) {
  return koppelIn(workspaceRoot, dataDir, ...args);
}

function koppelIn(cwd: string, dataDir: string, ...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const run = spawnSync(process.execPath, [join(workspaceRoot, 'apps/cli/bin/koppel.cjs'), ...args], {
    cwd,
    env: { ...env, KOPPEL_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the koppel command', () => {
  const file = join(scratch, 'fixture.json');
  writeFileSync(file, JSON.stringify(CONTRACT_BATCH));

  it('imports a JSON graph, counts it, and exports it again', () => {
    const store = join(scratch, 'store-a');
    expect(koppel(store, 'import', file, '--as', 'coordinator-test')).toMatchObject({ code: 0 });
    expect(koppel(store, 'stats').out).toContain('7 nodes, 6 relationships');

    const out = join(scratch, 'export-a');
    expect(koppel(store, 'export', out)).toMatchObject({ code: 0 });
    const exported = JSON.parse(readFileSync(join(out, 'koppel-graph.json'), 'utf8'));
    expect(exported.nodes).toHaveLength(7);
    expect(exported.nodes[0].provenance).toMatchObject({ origin: 'IMPORT', addedBy: 'coordinator-test', reference: 'fixture.json' });
  });

  it('exports CSV and GraphML beside the JSON, and imports the CSV folder back', () => {
    const store = join(scratch, 'store-csv');
    koppel(store, 'import', file);
    const out = join(scratch, 'export-csv');
    expect(koppel(store, 'export', out).out).toContain('koppel-graph.graphml');
    expect(readFileSync(join(out, 'koppel-graph.graphml'), 'utf8')).toContain('<graphml');
    const copy = join(scratch, 'store-csv-copy');
    expect(koppel(copy, 'import', join(out, 'csv'))).toMatchObject({ code: 0 });
    expect(koppel(copy, 'stats').out).toContain('7 nodes, 6 relationships');
  });

  it('round-trips through an export into an empty store', () => {
    const first = join(scratch, 'store-b');
    koppel(first, 'import', file);
    koppel(first, 'export', join(scratch, 'export-b'));
    const second = join(scratch, 'store-c');
    expect(koppel(second, 'import', join(scratch, 'export-b/koppel-graph.json'))).toMatchObject({ code: 0 });
    koppel(second, 'export', join(scratch, 'export-c'));
    const read = (path: string) => JSON.parse(readFileSync(join(scratch, path), 'utf8'));
    expect(read('export-c/koppel-graph.json')).toEqual(read('export-b/koppel-graph.json'));
  });

  it('refuses a bad file as a whole, says why on stderr, and exits 1', () => {
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify({ nodes: [{ id: 'x', kind: 'Fund', name: '' }] }));
    const store = join(scratch, 'store-d');
    const run = koppel(store, 'import', bad);
    expect(run.code).toBe(1);
    expect(run.err).toContain("bad.json nodes[0] (id x): name: must not be empty");
    expect(koppel(store, 'stats').out).toContain('0 nodes, 0 relationships');
  });

  it('works from any directory, with paths relative to it', () => {
    const store = join(scratch, 'store-elsewhere');
    expect(koppelIn(scratch, store, 'import', 'fixture.json')).toMatchObject({ code: 0 });
    expect(koppelIn(tmpdir(), store, 'stats').out).toContain('7 nodes, 6 relationships');
  });

  it('explains its usage for an unknown command', () => {
    const run = koppel(join(scratch, 'store-e'), 'frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toContain("unknown command 'frobnicate'");
  });
});

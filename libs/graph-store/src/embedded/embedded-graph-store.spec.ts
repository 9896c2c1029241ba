import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeGraphStoreContract } from '../testing/graph-store.contract';
import { EmbeddedGraphStore } from './embedded-graph-store';

const root = mkdtempSync(join(tmpdir(), 'koppel-contract-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let lastDataDir = '';

describeGraphStoreContract('embedded (SQLite on disk)', {
  openEmpty: async () => new EmbeddedGraphStore({ dataDir: (lastDataDir = mkdtempSync(join(root, 'store-'))) }),
  openBeside: async () => new EmbeddedGraphStore({ dataDir: lastDataDir }),
});

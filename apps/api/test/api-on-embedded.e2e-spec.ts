import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '@koppel/graph-store';
import { CONTRACT_WRITER } from '@koppel/graph-store/testing';
import { CONTRACT_BATCH_WITH_HIDDEN_TIE, describeApiOverHttp } from './api-over-http.contract';
import { addTestAccounts } from './test-accounts';

const dataDir = mkdtempSync(join(tmpdir(), 'koppel-api-embedded-'));

describeApiOverHttp('the embedded store', {
  async prepareStore() {
    const store = new EmbeddedGraphStore({ dataDir });
    await store.upsert(CONTRACT_BATCH_WITH_HIDDEN_TIE, CONTRACT_WRITER);
    await addTestAccounts(store);
    await store.close();
    return { KOPPEL_DATA_DIR: dataDir };
  },
  async cleanUp() {
    rmSync(dataDir, { recursive: true, force: true });
  },
});

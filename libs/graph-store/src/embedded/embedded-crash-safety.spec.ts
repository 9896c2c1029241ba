import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from './embedded-graph-store';

const workspaceRoot = join(__dirname, '../../../..');

/** Runs the writer until it has acknowledged `acks` batches, then kills it with SIGKILL. */
function writeThenKill(dataDir: string, acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash-writer.fixture.ts'), dataDir], {
      cwd: workspaceRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let lastAck = -1;
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) lastAck = Number(match[1]);
      }
      if (lastAck + 1 >= acks && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(`writer ended by itself (${signal})`)),
    );
    child.on('error', reject);
  });
}

describe('embedded store durability', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'koppel-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write when the writing process is killed with SIGKILL', async () => {
    const lastAck = await writeThenKill(dataDir, 40);
    expect(lastAck).toBeGreaterThanOrEqual(39);

    const reopened = new EmbeddedGraphStore({ dataDir });
    try {
      const missing: string[] = [];
      for (let batch = 0; batch <= lastAck; batch++) {
        const ids = Array.from({ length: 50 }, (_, i) => `crash-${batch}-${i}`);
        const found = await reopened.getNodes(ids);
        if (found.length !== ids.length) missing.push(`batch ${batch}: ${ids.length - found.length} nodes`);
        const edges = await reopened.findRelationships({ nodeIds: [ids[0]], types: ['KNOWS'] }, { first: 10 });
        if (edges.totalCount !== 1) missing.push(`batch ${batch}: relationships`);
      }
      expect(missing).toEqual([]);
      // A batch is all or nothing even when the kill lands inside it.
      const counts = await reopened.countByKind();
      expect(counts.Person % 50).toBe(0);
    } finally {
      await reopened.close();
    }
  });
});

/**
 * Child process for the crash-safety spec: writes numbered batches to the embedded store and
 * prints `ack N` only after upsert() has resolved for batch N. The parent kills it mid-stream.
 */
import { EmbeddedGraphStore } from './embedded-graph-store';

async function main(): Promise<void> {
  const store = new EmbeddedGraphStore({ dataDir: process.argv[2] });
  for (let batch = 0; ; batch++) {
    const nodes = Array.from({ length: 50 }, (_, i) => ({
      id: `crash-${batch}-${i}`,
      kind: 'Person',
      name: `Testpersoon ${batch}-${i}`,
    }));
    const relationships = nodes.slice(1).map((node, i) => ({ type: 'KNOWS', from: nodes[i].id, to: node.id }));
    await store.upsert({ nodes, relationships }, { origin: 'USER', actor: 'crash-writer' });
    process.stdout.write(`ack ${batch}\n`);
  }
}

void main();

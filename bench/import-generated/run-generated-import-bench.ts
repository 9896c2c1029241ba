/**
 * `npm run bench:import-generated [-- --organisations 100000]`: imports the scale generator's
 * output (seed 7; 100k organisations, about 1M relationships, by default) through the same
 * import path as `koppel import` into each store, and records time, rows/s and peak memory with
 * the machine in RESULTS.md. The file is generated on demand, not committed.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { importItems, readGraphJson } from '@koppel/graph-io';
import { streamEcosystem, streamSink, writeEcosystemJson } from '@koppel/seed';
import { javaAndMavenAvailable, startNeo4j } from '../../tools/neo4j/harness.mjs';
import { describeRun, peakRssOfPid } from '../machine';

const SEED = 7;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const whole = (n: number) => Math.round(n).toLocaleString('en');

interface Row {
  store: string;
  seconds: number;
  rowsPerSecond: number;
  peakMemory: string;
}

async function importFile(store: GraphStore, file: string): Promise<{ seconds: number; rows: number }> {
  const items = readGraphJson(file);
  const started = performance.now();
  await importItems(store, items, { origin: 'IMPORT', actor: 'bench-import-generated' }, (done, total) => {
    if (done === total) process.stdout.write(`  ${store.kind}: ${whole(done)} of ${whole(total)} written\n`);
  });
  return { seconds: (performance.now() - started) / 1000, rows: items.nodes.length + items.relationships.length };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { organisations: { type: 'string', default: '100000' } } });
  const organisations = Number(values.organisations);
  const scratch = mkdtempSync(join(tmpdir(), 'koppel-bench-generated-'));
  const rows: Row[] = [];
  try {
    const file = join(scratch, 'ecosystem.json');
    const output = createWriteStream(file);
    const counts = await writeEcosystemJson(streamEcosystem({ organisations, seed: SEED }), streamSink(output));
    await new Promise((resolve) => output.end(resolve));
    process.stdout.write(`generated ${file}: ${JSON.stringify(counts)}, ${mb(statSync(file).size / 1024)}\n`);

    const embedded = new EmbeddedGraphStore({ dataDir: join(scratch, 'embedded') });
    const e = await importFile(embedded, file);
    await embedded.close();
    rows.push({
      store: 'embedded (SQLite)',
      seconds: e.seconds,
      rowsPerSecond: e.rows / e.seconds,
      peakMemory: `${mb(process.resourceUsage().maxRSS)} peak RSS of the importing process (file parsed in memory)`,
    });

    if (javaAndMavenAvailable()) {
      const server = await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: 7698, password: 'bench-password' });
      const neo4j = Neo4jGraphStore.connect({ uri: server.uri, user: server.user, password: server.password });
      try {
        await neo4j.migrate();
        const n = await importFile(neo4j, file);
        rows.push({
          store: `Neo4j ${server.version}`,
          seconds: n.seconds,
          rowsPerSecond: n.rows / n.seconds,
          peakMemory: `${mb(peakRssOfPid(server.pid))} peak RSS of the Neo4j server (heap 1 GB max, page cache 256 MB)`,
        });
      } finally {
        await neo4j.close();
        await server.stop();
      }
    }

    const report = [
      '# Import of the generated ecosystem',
      '',
      `The scale generator's output for ${whole(organisations)} organisations (seed ${SEED}): ${whole(counts.nodes)} nodes and ${whole(counts.relationships)} relationships in one JSON file,`,
      'imported as `koppel import` does it: the whole file checked first, then written in batches of 20,000 items.',
      'Time counts from reading the parsed file to the last batch written.',
      '',
      ...describeRun(`npm run bench:import-generated -- --organisations ${organisations}`),
      '## Results',
      '',
      '| store | seconds | rows/s (nodes + relationships) | peak memory |',
      '|---|---:|---:|---|',
      ...rows.map((r) => `| ${r.store} | ${r.seconds.toFixed(1)} | ${whole(r.rowsPerSecond)} | ${r.peakMemory} |`),
      '',
    ].join('\n');
    writeFileSync(join(__dirname, `RESULTS-${organisations}.md`), report);
    process.stdout.write(report);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

void main();

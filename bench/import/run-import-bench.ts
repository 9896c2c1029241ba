/**
 * `npm run bench:import`: batched import of the fixed synthetic graph (10k nodes, 100k
 * relationships) into each store, in one run so the stores can be compared as a ratio.
 * Each store imports the graph into an empty store once cold (JIT compilation in Node and in
 * Neo4j's JVM, query planning) and then WARM_ROUNDS times warm; the warm figure is the median.
 * Writes bench/import/RESULTS.md with the machine it ran on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { javaAndMavenAvailable, startNeo4j } from '../../tools/neo4j/harness.mjs';
import { describeRun, peakRssOfPid } from '../machine';
import { syntheticGraph } from './synthetic-graph';

const NODE_BATCH = 5_000;
const RELATIONSHIP_BATCH = 10_000;
const WARM_ROUNDS = 3;
const BENCH_WRITER = { origin: 'IMPORT', actor: 'bench-import', reference: 'bench/import/synthetic-graph.ts' } as const;

interface Rates {
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  seconds: number;
}

interface StoreResult {
  store: string;
  cold: Rates;
  warm: Rates[];
  peakMemory: string;
}

async function importInto(store: GraphStore, graph: ReturnType<typeof syntheticGraph>): Promise<Rates> {
  const started = performance.now();
  for (let i = 0; i < graph.nodes.length; i += NODE_BATCH) {
    await store.upsert({ nodes: graph.nodes.slice(i, i + NODE_BATCH) }, BENCH_WRITER);
  }
  const nodesDone = performance.now();
  for (let i = 0; i < graph.relationships.length; i += RELATIONSHIP_BATCH) {
    await store.upsert({ relationships: graph.relationships.slice(i, i + RELATIONSHIP_BATCH) }, BENCH_WRITER);
  }
  const done = performance.now();
  const stored = Object.values(await store.countByKind()).reduce((a, b) => a + b, 0);
  const relationships = (await store.findRelationships({}, { first: 1 })).totalCount;
  if (stored !== graph.nodes.length || relationships !== graph.relationships.length) {
    throw new Error(`${store.kind}: stored ${stored} nodes and ${relationships} relationships, expected ${graph.nodes.length} and ${graph.relationships.length}`);
  }
  return {
    nodesPerSecond: graph.nodes.length / ((nodesDone - started) / 1000),
    relationshipsPerSecond: graph.relationships.length / ((done - nodesDone) / 1000),
    seconds: (done - started) / 1000,
  };
}

/** Deletes the benchmark's graph in batches (one transaction for 110k deletions would be heavy). */
async function emptyNeo4j(store: Neo4jGraphStore): Promise<void> {
  const session = store.neo4jDriver.session();
  try {
    await session.run('MATCH (n:Node) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

async function benchEmbedded(graph: ReturnType<typeof syntheticGraph>, scratch: string): Promise<StoreResult> {
  const rounds: Rates[] = [];
  for (let round = 0; round <= WARM_ROUNDS; round++) {
    const store = new EmbeddedGraphStore({ dataDir: join(scratch, `embedded-${round}`) });
    rounds.push(await importInto(store, graph));
    await store.close();
  }
  return {
    store: 'embedded (SQLite, WAL, synchronous=FULL)',
    cold: rounds[0],
    warm: rounds.slice(1),
    peakMemory: `${mb(process.resourceUsage().maxRSS)} peak RSS of the importing process`,
  };
}

async function benchNeo4j(graph: ReturnType<typeof syntheticGraph>, scratch: string): Promise<StoreResult> {
  const server = await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: 7699, password: 'bench-password' });
  const store = Neo4jGraphStore.connect({ uri: server.uri, user: server.user, password: server.password });
  try {
    await store.migrate();
    const rounds: Rates[] = [];
    for (let round = 0; round <= WARM_ROUNDS; round++) {
      if (round > 0) await emptyNeo4j(store);
      rounds.push(await importInto(store, graph));
    }
    return {
      store: `Neo4j ${server.version} (local server, Bolt)`,
      cold: rounds[0],
      warm: rounds.slice(1),
      peakMemory: `${mb(peakRssOfPid(server.pid))} peak RSS of the Neo4j server (heap 1 GB max, page cache 256 MB)`,
    };
  } finally {
    await store.close();
    await server.stop();
  }
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const whole = (n: number) => Math.round(n).toLocaleString('en');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function warmCell(rounds: Rates[], pick: (rates: Rates) => number): string {
  const values = rounds.map(pick);
  return `${whole(median(values))} (${whole(Math.min(...values))}–${whole(Math.max(...values))})`;
}

async function main(): Promise<void> {
  const graph = syntheticGraph();
  const scratch = mkdtempSync(join(tmpdir(), 'koppel-bench-'));
  const results: StoreResult[] = [];
  try {
    results.push(await benchEmbedded(graph, scratch));
    if (javaAndMavenAvailable()) results.push(await benchNeo4j(graph, scratch));
    else process.stderr.write('Java or Maven missing: the Neo4j half of the benchmark did not run\n');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const rows = results.flatMap((r) => [
    `| ${r.store} | cold | ${whole(r.cold.nodesPerSecond)} | ${whole(r.cold.relationshipsPerSecond)} | ${r.cold.seconds.toFixed(1)} | ${r.peakMemory} |`,
    `| ${r.store} | warm, median of ${r.warm.length} (min–max) | ${warmCell(r.warm, (x) => x.nodesPerSecond)} | ${warmCell(r.warm, (x) => x.relationshipsPerSecond)} | ${median(r.warm.map((x) => x.seconds)).toFixed(1)} | |`,
  ]);
  const ratio =
    results.length === 2
      ? `Embedded / Neo4j, warm relationships/s (medians) in this run: ${(median(results[0].warm.map((x) => x.relationshipsPerSecond)) / median(results[1].warm.map((x) => x.relationshipsPerSecond))).toFixed(2)}x`
      : '';
  const report = [
    '# Import benchmark',
    '',
    'Batched import of the fixed synthetic graph (`bench/import/synthetic-graph.ts`, seed 20261127):',
    `${whole(graph.nodes.length)} nodes in batches of ${whole(NODE_BATCH)}, then ${whole(graph.relationships.length)} relationships in batches of ${whole(RELATIONSHIP_BATCH)};`,
    'each batch one all-or-nothing upsert with full validation and endpoint checks, as the API does it.',
    'Each store imports into an empty store once cold, then three times warm.',
    '',
    ...describeRun('npm run bench:import'),
    '## Results',
    '',
    '| store | run | nodes/s | relationships/s | total s | peak memory |',
    '|---|---|---:|---:|---:|---|',
    ...rows,
    '',
    ratio,
    '',
    'Targets (issue 2, this 2-core machine): at least 20,000 relationships/s into Neo4j and 100,000/s into the embedded store.',
    'The machine is shared and noisy: runs minutes apart have differed by 20% and more, so read the range, not one figure.',
    '',
  ].join('\n');
  writeFileSync(join(__dirname, 'RESULTS.md'), report);
  process.stdout.write(report);
}

void main();

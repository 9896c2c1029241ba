/**
 * `npm run bench:import`: batched import of the fixed synthetic graph (10k nodes, 100k
 * relationships) into each store, in one run so the stores can be compared as a ratio.
 * Writes bench/import/RESULTS.md with the machine it ran on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { javaAndMavenAvailable, startNeo4j } from '../../tools/neo4j/harness.mjs';
import { describeMachine, peakRssOfPid } from '../machine';
import { syntheticGraph } from './synthetic-graph';

const NODE_BATCH = 5_000;
const RELATIONSHIP_BATCH = 10_000;

interface ImportResult {
  store: string;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  seconds: number;
  peakMemory: string;
}

async function importInto(store: GraphStore, graph: ReturnType<typeof syntheticGraph>) {
  const started = performance.now();
  for (let i = 0; i < graph.nodes.length; i += NODE_BATCH) {
    await store.upsert({ nodes: graph.nodes.slice(i, i + NODE_BATCH) });
  }
  const nodesDone = performance.now();
  for (let i = 0; i < graph.relationships.length; i += RELATIONSHIP_BATCH) {
    await store.upsert({ relationships: graph.relationships.slice(i, i + RELATIONSHIP_BATCH) });
  }
  const done = performance.now();
  const counts = await store.countByKind();
  const stored = Object.values(counts).reduce((a, b) => a + b, 0);
  const rels = (await store.findRelationships({}, { first: 1 })).totalCount;
  if (stored !== graph.nodes.length || rels !== graph.relationships.length) {
    throw new Error(`${store.kind}: stored ${stored} nodes / ${rels} relationships, expected ${graph.nodes.length} / ${graph.relationships.length}`);
  }
  return {
    nodesPerSecond: graph.nodes.length / ((nodesDone - started) / 1000),
    relationshipsPerSecond: graph.relationships.length / ((done - nodesDone) / 1000),
    seconds: (done - started) / 1000,
  };
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

/** Deletes the benchmark's graph in batches (one transaction for 110k deletions would be heavy). */
async function emptyNeo4j(store: Neo4jGraphStore): Promise<void> {
  const session = store.neo4jDriver.session();
  try {
    await session.run('MATCH (n:Node) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const graph = syntheticGraph();
  const scratch = mkdtempSync(join(tmpdir(), 'koppel-bench-'));
  const results: ImportResult[] = [];
  let neo4jVersion = 'not run';
  try {
    // Each store imports the graph twice into an empty store: the first run includes warming up
    // (JIT compilation in Node and in Neo4j's JVM, query planning), the second is steady state.
    for (const round of ['cold', 'warm'] as const) {
      const embedded = new EmbeddedGraphStore({ dataDir: join(scratch, `embedded-${round}`) });
      const e = await importInto(embedded, graph);
      await embedded.close();
      results.push({
        store: `embedded (SQLite, WAL, synchronous=FULL), ${round}`,
        ...e,
        peakMemory: `${mb(process.resourceUsage().maxRSS)} peak RSS of the importing process`,
      });
    }

    if (javaAndMavenAvailable()) {
      const server = await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: 7699, password: 'bench-password' });
      neo4jVersion = server.version ?? 'unknown';
      const neo4j = Neo4jGraphStore.connect({ uri: server.uri, user: server.user, password: server.password });
      try {
        await neo4j.migrate();
        for (const round of ['cold', 'warm'] as const) {
          if (round === 'warm') await emptyNeo4j(neo4j);
          const n = await importInto(neo4j, graph);
          results.push({
            store: `Neo4j ${neo4jVersion} (local server, Bolt), ${round}`,
            ...n,
            peakMemory: `${mb(peakRssOfPid(server.pid))} peak RSS of the Neo4j server (heap 1 GB max, page cache 256 MB)`,
          });
        }
      } finally {
        await neo4j.close();
        await server.stop();
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const table = [
    '| store | nodes/s | relationships/s | total s | peak memory |',
    '|---|---:|---:|---:|---|',
    ...results.map((r) => `| ${r.store} | ${Math.round(r.nodesPerSecond).toLocaleString('en')} | ${Math.round(r.relationshipsPerSecond).toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.peakMemory} |`),
  ];
  const ratio =
    results.length === 4
      ? `\nEmbedded / Neo4j relationships/s in this run, warm: ${(results[1].relationshipsPerSecond / results[3].relationshipsPerSecond).toFixed(2)}x\n`
      : '';
  const report = [
    '# Import benchmark',
    '',
    'Batched import of the fixed synthetic graph (`bench/import/synthetic-graph.ts`, seed 20261127):',
    `${graph.nodes.length.toLocaleString('en')} nodes in batches of ${NODE_BATCH.toLocaleString('en')}, then ${graph.relationships.length.toLocaleString('en')} relationships in batches of ${RELATIONSHIP_BATCH.toLocaleString('en')};`,
    'each batch one all-or-nothing upsert with full validation and endpoint checks, as the API does it.',
    '',
    'Command: `npm run bench:import`',
    '',
    `Run: ${new Date().toISOString()}`,
    '',
    '## Machine',
    '',
    describeMachine(),
    '',
    '## Results',
    '',
    ...table,
    ratio,
    'Targets (issue 2, this 2-core machine): at least 20,000 relationships/s into Neo4j and 100,000/s into the embedded store.',
    '',
  ].join('\n');
  writeFileSync(join(__dirname, 'RESULTS.md'), report);
  process.stdout.write(report);
}

void main();

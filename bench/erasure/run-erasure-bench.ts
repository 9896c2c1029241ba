/**
 * `npm run bench:erasure [-- --organisations 10000] [--people 5]`: how long forgetting a person
 * takes on the scale generator's graph (seed 7), on each store. Erasure reads every text in the
 * store for mentions of the person (mention-redaction.ts), so its time grows with the graph; this
 * measures by how much. The people forgotten are the first in id order, the same every run.
 * Results, with the machine, go to RESULTS-<organisations>.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { importItems } from '@koppel/graph-io';
import { generateEcosystem } from '@koppel/seed';
import { javaAndMavenAvailable, startNeo4j } from '../../tools/neo4j/harness.mjs';
import { describeRun } from '../machine';

const SEED = 7;

interface Row {
  store: string;
  millis: number[];
  mentionsRedacted: number;
}

async function forgetEach(store: GraphStore, personIds: readonly string[]): Promise<{ millis: number[]; mentionsRedacted: number }> {
  const millis: number[] = [];
  let mentionsRedacted = 0;
  for (const [index, personId] of personIds.entries()) {
    const started = performance.now();
    const result = await store.forgetPerson(personId, {
      id: `audit:bench-${index}`,
      at: new Date().toISOString(),
      action: 'FORGET_PERSON',
      actorAccountId: 'account:bench',
      subject: `bench-${index}`,
      reason: 'benchmark',
    });
    millis.push(performance.now() - started);
    mentionsRedacted += result.mentionsRedacted;
  }
  return { millis, mentionsRedacted };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { organisations: { type: 'string', default: '10000' }, people: { type: 'string', default: '5' } } });
  const organisations = Number(values.organisations);
  const graph = generateEcosystem({ organisations, seed: SEED });
  const items = { file: 'generated', nodes: graph.nodes, relationships: graph.relationships };
  const personIds = graph.nodes
    .filter((node) => node.kind === 'Person')
    .map((node) => node.id)
    .sort()
    .slice(0, Number(values.people));
  const scratch = mkdtempSync(join(tmpdir(), 'koppel-bench-erasure-'));
  const rows: Row[] = [];
  const writer = { origin: 'IMPORT', actor: 'bench-erasure' } as const;
  try {
    const embedded = new EmbeddedGraphStore({ dataDir: join(scratch, 'embedded') });
    await importItems(embedded, items, writer);
    rows.push({ store: 'embedded (SQLite)', ...(await forgetEach(embedded, personIds)) });
    await embedded.close();

    if (javaAndMavenAvailable()) {
      const server = await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: 7697, password: 'bench-password' });
      const neo4j = Neo4jGraphStore.connect({ uri: server.uri, user: server.user, password: server.password });
      try {
        await neo4j.migrate();
        await importItems(neo4j, items, writer);
        rows.push({ store: `Neo4j ${server.version}`, ...(await forgetEach(neo4j, personIds)) });
      } finally {
        await neo4j.close();
        await server.stop();
      }
    }

    const report = [
      '# Forgetting a person',
      '',
      `The scale generator's graph for ${organisations.toLocaleString('en')} organisations (seed ${SEED}): ${graph.nodes.length.toLocaleString('en')} nodes, ${graph.relationships.length.toLocaleString('en')} relationships.`,
      `Each store forgets the first ${personIds.length} people in id order, one after another, each in one transaction that also reads every text for mentions of the person.`,
      '',
      ...describeRun(`npm run bench:erasure -- --organisations ${organisations} --people ${personIds.length}`, { loadAverage: true }),
      '## Results',
      '',
      '| store | median ms | slowest ms | records with a mention redacted |',
      '|---|---:|---:|---:|',
      ...rows.map((r) => `| ${r.store} | ${median(r.millis).toFixed(0)} | ${Math.max(...r.millis).toFixed(0)} | ${r.mentionsRedacted} |`),
      '',
    ].join('\n');
    writeFileSync(join(__dirname, `RESULTS-${organisations}.md`), report);
    process.stdout.write(report);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

void main();

/**
 * `node --import tsx bench/match-context/measure-match-context.ts [--organisations 10000] [--store embedded|neo4j|both]
 *  [--subjects 200] [--reuse]`:
 * latency of GraphStore.matchContext on the scale generator's ecosystem (seed 7), for both
 * stores, over a fixed sample of subjects and three request shapes. Neo4j is the one at
 * NEO4J_URI when set (it must be empty or a test database: it is wiped), otherwise a throw-away
 * server started here. Prints p50, p95 and max per shape after one warm-up pass, and with both
 * stores whether they gave the same contexts; with both, also writes RESULTS-<organisations>.md.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MatchContextRequest, ORGANISATION_KINDS, StakeholderNode, VISIBILITIES } from '@koppel/domain';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { claimTestDatabase, wipeTestDatabase } from '@koppel/graph-store/testing';
import { importItems } from '@koppel/graph-io';
import { generateEcosystem } from '@koppel/seed';
import { everyKth, percentile } from '../latency';
import { javaAndMavenAvailable, startNeo4j } from '../../tools/neo4j/harness.mjs';
import { describeRun } from '../machine';

const ENTRY_POINT_KINDS = ORGANISATION_KINDS.filter((kind) => kind !== 'Province');

/** The requests the API makes (apps/api/src/matching/matching-queries.ts), and one without reach or visibility limits. */
const SHAPES: Record<string, (subject: StakeholderNode) => Omit<MatchContextRequest, 'subjectId'>> = {
  'entry points: 7 kinds x 500, same reach': () => ({
    candidateKinds: ENTRY_POINT_KINDS,
    maxCandidates: 500,
    visibilities: ['PUBLIC'],
    sameReach: true,
  }),
  'entrepreneurs (scouting), same reach': () => ({ candidateKinds: ['Entrepreneur'], visibilities: ['PUBLIC'], sameReach: true }),
  'entrepreneurs, every visibility, anywhere': () => ({ candidateKinds: ['Entrepreneur'], visibilities: VISIBILITIES }),
};

/** A port nothing listens on now, so the benchmark's server never collides with another's. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}


/** JSON with the keys of every object sorted: the stores need not list a node's fields in one order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** A digest of every context answered, by shape and subject, to compare the stores' answers. */
type Answers = Map<string, string>;

/** One line of the results table. */
const lines: string[] = [];

async function measure(store: GraphStore, subjects: StakeholderNode[], answers: Answers): Promise<void> {
  for (const [name, shape] of Object.entries(SHAPES)) {
    const times: number[] = [];
    let candidates = 0;
    let neighbours = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (const subject of subjects) {
        const started = performance.now();
        const context = await store.matchContext({ subjectId: subject.id, ...shape(subject) });
        if (pass === 1) {
          times.push(performance.now() - started);
          answers.set(`${name} ${subject.id}`, createHash('sha256').update(canonical(context)).digest('hex'));
          candidates += context.candidates.length;
          neighbours += context.candidates.reduce((sum, c) => sum + c.commonNeighbours.length, 0);
        }
      }
    }
    times.sort((a, b) => a - b);
    const ms = (n: number) => n.toFixed(1);
    const label = store.kind === 'neo4j' ? 'Neo4j' : 'embedded';
    const line = `| ${label} | ${name} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times[times.length - 1])} | ${Math.round(candidates / subjects.length)} | ${Math.round(neighbours / subjects.length)} |`;
    lines.push(line);
    process.stdout.write(`${line}\n`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organisations: { type: 'string', default: '10000' },
      store: { type: 'string', default: 'both' },
      subjects: { type: 'string', default: '200' },
      /** Neo4j: keep a graph of the right size loaded by an earlier run instead of importing again. */
      reuse: { type: 'boolean', default: false },
    },
  });
  const organisations = Number(values.organisations);
  const ecosystem = generateEcosystem({ organisations, seed: 7 });
  const entrepreneurs = ecosystem.nodes.filter((node) => node.kind === 'Entrepreneur');
  const subjectIds = everyKth(entrepreneurs, Number(values.subjects)).map((node) => node.id);
  process.stdout.write(
    `ecosystem: ${organisations} organisations, ${ecosystem.nodes.length} nodes, ${ecosystem.relationships.length} relationships; ${subjectIds.length} subjects\n`,
  );
  const scratch = mkdtempSync(join(tmpdir(), 'koppel-bench-match-'));
  const writer = { origin: 'IMPORT' as const, actor: 'bench-match-context' };
  const items = { file: 'generated', nodes: ecosystem.nodes, relationships: ecosystem.relationships };
  const answers: Record<string, Answers> = {};
  try {
    if (values.store !== 'neo4j') {
      const store = new EmbeddedGraphStore({ dataDir: join(scratch, 'embedded') });
      await importItems(store, items, writer);
      await measure(store, await store.getNodes(subjectIds), (answers['embedded'] = new Map()));
      await store.close();
    }
    if (values.store !== 'embedded') {
      const server =
        process.env['NEO4J_URI'] || !javaAndMavenAvailable()
          ? null
          : await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: await freePort(), password: 'bench-password' });
      const connection = server ?? {
        uri: process.env['NEO4J_URI'] ?? 'bolt://localhost:7687',
        user: process.env['NEO4J_USER'] ?? 'neo4j',
        password: process.env['NEO4J_PASSWORD'] ?? '',
      };
      const store = Neo4jGraphStore.connect(connection);
      try {
        await claimTestDatabase(store.neo4jDriver);
        await store.migrate();
        const stored = Object.values(await store.countByKind()).reduce((sum, n) => sum + n, 0);
        if (!values.reuse || stored !== ecosystem.nodes.length) {
          await wipeTestDatabase(store.neo4jDriver);
          await importItems(store, items, writer);
        }
        await measure(store, await store.getNodes(subjectIds), (answers['neo4j'] = new Map()));
      } finally {
        await store.close();
        await server?.stop();
      }
    }
    let agreement = '';
    if (answers['embedded'] && answers['neo4j']) {
      const differing = [...answers['embedded']].filter(([key, digest]) => answers['neo4j'].get(key) !== digest).map(([key]) => key);
      agreement =
        differing.length === 0
          ? `Both stores gave the same ${answers['embedded'].size} contexts (compared whole, field order aside).`
          : `!!! The stores differ on ${differing.length} contexts, e.g. ${differing.slice(0, 3).join('; ')}.`;
      process.stdout.write(`${agreement}\n`);
      if (differing.length > 0) process.exitCode = 1;
    }
    if (values.store === 'both') {
      const report = [
        '# GraphStore.matchContext latency',
        '',
        `The scale generator's ecosystem for ${organisations.toLocaleString('en')} organisations (seed 7): ${ecosystem.nodes.length.toLocaleString('en')} nodes,`,
        `${ecosystem.relationships.length.toLocaleString('en')} relationships. ${subjectIds.length} entrepreneurs as subjects, each asked three ways; one warm-up pass, then`,
        'one measured pass, one request at a time. Milliseconds per matchContext call, as the API would see it',
        '(the scoring in libs/matching comes on top). Neo4j is a throw-away server started by the script',
        '(Community, heap 1 GB max, page cache 256 MB) unless NEO4J_URI is set.',
        '',
        ...describeRun(`node --import tsx bench/match-context/measure-match-context.ts --organisations ${organisations} --subjects ${subjectIds.length}`, { loadAverage: true }),
        '## Results',
        '',
        '| store | request | p50 ms | p95 ms | max ms | candidates | common-neighbour entries |',
        '|---|---|---:|---:|---:|---:|---:|',
        ...lines,
        '',
        agreement,
        '',
      ].join('\n');
      writeFileSync(join(__dirname, `RESULTS-${organisations}.md`), report);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

void main();

/**
 * `npm run bench:matching [-- --organisations 10000 --stores embedded,neo4j --samples 200 --neo4j-port 7699]`
 * (Neo4j: the test server at NEO4J_URI when set, which is wiped; else a throw-away one on --neo4j-port):
 * latency of suggestIntroductions and introductionPath exactly as the API runs them
 * (MatchingQueries: the store's match context, then libs/matching), on the scale generator's
 * ecosystem, in each store, one request at a time. Writes bench/matching/RESULTS-<n>.md.
 *
 * The warm path is measured A/B against the way it was answered before trustTiesBetween
 * (between-warm-path.ts: relationshipsBetween, read from the database at every call), in the
 * same run, the two alternating per pair; the answers of both are compared (the paths' node ids,
 * the bridges). Then the cost of the first warm path after a write (which makes the store read
 * its trust graph again) is measured over AFTER_WRITE writes.
 *
 * Inputs are fixed: generator seed 7; subjects are every k-th entrepreneur by id, and each warm
 * path runs from a subject to every k-th organisation by id; a warm-up of WARM_UP requests runs
 * first and is not counted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ORGANISATION_KINDS, StakeholderNode } from '@koppel/domain';
import { importItems } from '@koppel/graph-io';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { claimTestDatabase, wipeTestDatabase } from '@koppel/graph-store/testing';
import { generateEcosystem } from '@koppel/seed';
import type { IntroductionPaths } from '@koppel/matching';
import { MatchingQueries } from '../../apps/api/src/matching/matching-queries';
import { javaAndMavenAvailable, startNeo4j } from '../../tools/neo4j/harness.mjs';
import { everyKth, percentile } from '../latency';
import { describeRun } from '../machine';
import { introductionPathByRelationshipsBetween } from './between-warm-path';

const SEED = 7;
const WARM_UP = 20;
const AFTER_WRITE = 10;

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

interface StoreRun {
  store: string;
  importSeconds: number;
  suggestions: Latencies;
  warmPaths: Latencies;
  /** The same pairs answered the way it was done before trustTiesBetween. */
  warmPathsBefore: Latencies;
  /** The first warm path after a write (the trust graph read again), and the write itself. */
  firstAfterWrite: Latencies;
  /** The same, waiting for the trust graph to be read again (Neo4j's background read turned off). */
  firstAfterWriteWaiting?: Latencies;
  writes: Latencies;
  meanCandidates: number;
  pathsFound: number;
  pathsFoundBefore: number;
  /** Pairs both ways answered with the same paths (node ids, in order) and bridges. */
  sameAnswers: number;
}

const answerShape = (answer: IntroductionPaths) =>
  JSON.stringify([answer.paths.map((path) => path.nodes.map((node) => node.id)), answer.bridges.map((bridge) => bridge.node.id)]);

function summarise(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/**
 * `waiting`: a second store over the same database that waits for the trust graph to be read
 * again after a write (on Neo4j, a large one is otherwise read in the background): what that
 * read costs.
 */
async function measure(
  store: GraphStore,
  label: string,
  subjects: string[],
  targets: string[],
  waiting?: GraphStore,
): Promise<Omit<StoreRun, 'importSeconds'>> {
  const queries = new MatchingQueries(store);
  for (let i = 0; i < WARM_UP; i++) {
    await queries.suggestIntroductions(subjects[i % subjects.length], { limit: 10 });
    await queries.introductionPath(subjects[i % subjects.length], targets[i % targets.length], 4, 3);
    await introductionPathByRelationshipsBetween(store, subjects[i % subjects.length], targets[i % targets.length], 4, 3);
  }
  const suggestionTimes: number[] = [];
  const pathTimes: number[] = [];
  const pathTimesBefore: number[] = [];
  let candidates = 0;
  let pathsFound = 0;
  let pathsFoundBefore = 0;
  let sameAnswers = 0;
  for (let i = 0; i < subjects.length; i++) {
    const [ms, answer] = await timed(() => queries.suggestIntroductions(subjects[i], { limit: 10 }));
    suggestionTimes.push(ms);
    candidates += answer.candidatesConsidered;
    // Alternate which goes first, so that neither always finds the other's pages warm.
    const now = () => timed(() => queries.introductionPath(subjects[i], targets[i], 4, 3));
    const before = () => timed(() => introductionPathByRelationshipsBetween(store, subjects[i], targets[i], 4, 3));
    let nowRun: [number, IntroductionPaths];
    let beforeRun: [number, IntroductionPaths];
    if (i % 2 === 0) {
      nowRun = await now();
      beforeRun = await before();
    } else {
      beforeRun = await before();
      nowRun = await now();
    }
    const [[pathMs, paths], [beforeMs, pathsBefore]] = [nowRun, beforeRun];
    pathTimes.push(pathMs);
    pathTimesBefore.push(beforeMs);
    if (paths.paths.length > 0) pathsFound++;
    if (pathsBefore.paths.length > 0) pathsFoundBefore++;
    if (answerShape(paths) === answerShape(pathsBefore)) sameAnswers++;
  }
  process.stdout.write(`${label}: measured ${subjects.length} suggestions and warm paths\n`);
  // A write makes the next warm path read the trust graph again: how long that first one takes.
  const afterWrite: number[] = [];
  const afterWriteWaiting: number[] = [];
  const writes: number[] = [];
  for (let i = 0; i < AFTER_WRITE; i++) {
    const [writeMs] = await timed(() =>
      store.upsert(
        { relationships: [{ type: 'KNOWS', from: subjects[i], to: subjects[i + 1], key: 'bench-after-write', strength: 0.5 }] },
        { origin: 'USER', actor: 'bench-matching' },
      ),
    );
    writes.push(writeMs);
    const [ms] = await timed(() => queries.introductionPath(subjects[i], targets[i], 4, 3));
    afterWrite.push(ms);
    if (waiting) {
      const again = new MatchingQueries(waiting);
      await again.introductionPath(subjects[i], targets[i], 4, 3);
      await store.upsert(
        { relationships: [{ type: 'KNOWS', from: subjects[i], to: subjects[i + 1], key: 'bench-after-write', strength: 0.6 }] },
        { origin: 'USER', actor: 'bench-matching' },
      );
      const [waited] = await timed(() => again.introductionPath(subjects[i], targets[i], 4, 3));
      afterWriteWaiting.push(waited);
    }
  }
  return {
    store: label,
    suggestions: summarise(suggestionTimes),
    warmPaths: summarise(pathTimes),
    warmPathsBefore: summarise(pathTimesBefore),
    firstAfterWrite: summarise(afterWrite),
    ...(waiting ? { firstAfterWriteWaiting: summarise(afterWriteWaiting) } : {}),
    writes: summarise(writes),
    meanCandidates: candidates / subjects.length,
    pathsFound,
    pathsFoundBefore,
    sameAnswers,
  };
}

async function importInto(store: GraphStore, graph: ReturnType<typeof generateEcosystem>): Promise<number> {
  const started = performance.now();
  await importItems(store, { file: 'generated', nodes: graph.nodes, relationships: graph.relationships }, { origin: 'IMPORT', actor: 'bench-matching' });
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organisations: { type: 'string', default: '10000' },
      stores: { type: 'string', default: 'embedded,neo4j' },
      samples: { type: 'string', default: '200' },
      'neo4j-port': { type: 'string', default: '7699' },
    },
  });
  const organisations = Number(values.organisations);
  const samples = Number(values.samples);
  const stores = String(values.stores).split(',');
  const graph = generateEcosystem({ organisations, seed: SEED });
  const byId = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)) as StakeholderNode[];
  const subjects = everyKth(byId.filter((node) => node.kind === 'Entrepreneur').map((node) => node.id), samples);
  const organisationIds = byId.filter((node) => ORGANISATION_KINDS.includes(node.kind) && node.kind !== 'Entrepreneur').map((n) => n.id);
  const targets = everyKth(organisationIds, samples);
  process.stdout.write(`generated ${graph.nodes.length} nodes, ${graph.relationships.length} relationships\n`);

  const scratch = mkdtempSync(join(tmpdir(), 'koppel-bench-matching-'));
  const runs: StoreRun[] = [];
  try {
    if (stores.includes('embedded')) {
      const embedded = new EmbeddedGraphStore({ dataDir: join(scratch, 'embedded') });
      const importSeconds = await importInto(embedded, graph);
      runs.push({ importSeconds, ...(await measure(embedded, 'embedded (SQLite)', subjects, targets)) });
      await embedded.close();
    }
    if (stores.includes('neo4j')) {
      // The server at NEO4J_URI when set (a test database: it is wiped), else a throw-away one.
      const given = process.env['NEO4J_URI'];
      if (!given && !javaAndMavenAvailable()) throw new Error('Neo4j asked for, but Java 17 and Maven are not both available');
      const server = given ? null : await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: Number(values['neo4j-port']), password: 'bench-password' });
      const neo4j = Neo4jGraphStore.connect(
        server ?? { uri: given as string, user: process.env['NEO4J_USER'] ?? 'neo4j', password: process.env['NEO4J_PASSWORD'] ?? '' },
      );
      try {
        await claimTestDatabase(neo4j.neo4jDriver);
        await wipeTestDatabase(neo4j.neo4jDriver);
        await neo4j.migrate();
        const importSeconds = await importInto(neo4j, graph);
        const version = server?.version ?? (await neo4j.health()).agent?.replace('Neo4j/', '') ?? '';
        const waiting = Neo4jGraphStore.withDriver(neo4j.neo4jDriver, server?.uri ?? (given as string), { readTrustGraphInBackgroundFrom: Number.POSITIVE_INFINITY });
        runs.push({ importSeconds, ...(await measure(neo4j, `Neo4j ${version}`, subjects, targets, waiting)) });
      } finally {
        await neo4j.close();
        await server?.stop();
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const ms = (value: number) => value.toFixed(1);
  const report = [
    `# Matching latency on ${organisations.toLocaleString('en')} generated organisations`,
    '',
    `The scale generator's ecosystem (seed ${SEED}): ${graph.nodes.length.toLocaleString('en')} nodes, ${graph.relationships.length.toLocaleString('en')} relationships.`,
    `${subjects.length} subjects (every k-th entrepreneur by id), one request at a time after ${WARM_UP} warm-up requests, through`,
    '`MatchingQueries` exactly as the API runs them: `suggestIntroductions(subject, limit 10)` over every organisation kind, and',
    '`introductionPath(subject, target, maxHops 4, maxPaths 3)` to every k-th non-entrepreneur organisation. In milliseconds.',
    '',
    // The server the run used: the one at NEO4J_URI when set, else the throw-away one on --neo4j-port.
    ...describeRun(
      `${process.env['NEO4J_URI'] ? 'NEO4J_URI=... ' : ''}npm run bench:matching -- --organisations ${organisations} --stores ${stores.join(',')} --samples ${samples}` +
        (process.env['NEO4J_URI'] ? '' : ` --neo4j-port ${values['neo4j-port']}`),
      { loadAverage: true },
    ),
    '## Results',
    '',
    '| store | query | p50 | p95 | p99 | max | mean |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...runs.flatMap((run) => [
      `| ${run.store} | suggestIntroductions | ${ms(run.suggestions.p50)} | ${ms(run.suggestions.p95)} | ${ms(run.suggestions.p99)} | ${ms(run.suggestions.max)} | ${ms(run.suggestions.mean)} |`,
      `| ${run.store} | introductionPath | ${ms(run.warmPaths.p50)} | ${ms(run.warmPaths.p95)} | ${ms(run.warmPaths.p99)} | ${ms(run.warmPaths.max)} | ${ms(run.warmPaths.mean)} |`,
      `| ${run.store} | introductionPath, before (relationshipsBetween) | ${ms(run.warmPathsBefore.p50)} | ${ms(run.warmPathsBefore.p95)} | ${ms(run.warmPathsBefore.p99)} | ${ms(run.warmPathsBefore.max)} | ${ms(run.warmPathsBefore.mean)} |`,
      `| ${run.store} | introductionPath, first after a write (${AFTER_WRITE}) | ${ms(run.firstAfterWrite.p50)} | ${ms(run.firstAfterWrite.p95)} | ${ms(run.firstAfterWrite.p99)} | ${ms(run.firstAfterWrite.max)} | ${ms(run.firstAfterWrite.mean)} |`,
      ...(run.firstAfterWriteWaiting
        ? [
            `| ${run.store} | introductionPath, first after a write, waiting for the trust graph read | ${ms(run.firstAfterWriteWaiting.p50)} | ${ms(run.firstAfterWriteWaiting.p95)} | ${ms(run.firstAfterWriteWaiting.p99)} | ${ms(run.firstAfterWriteWaiting.max)} | ${ms(run.firstAfterWriteWaiting.mean)} |`,
          ]
        : []),
      `| ${run.store} | the write before it (one relationship) | ${ms(run.writes.p50)} | ${ms(run.writes.p95)} | ${ms(run.writes.p99)} | ${ms(run.writes.max)} | ${ms(run.writes.mean)} |`,
    ]),
    '',
    ...runs.map(
      (run) =>
        `- ${run.store}: import ${run.importSeconds.toFixed(1)} s; ${Math.round(run.meanCandidates)} candidates weighed per suggestion on average; a warm path found for ${run.pathsFound} of ${subjects.length} pairs (before: ${run.pathsFoundBefore}); the same paths and bridges as before for ${run.sameAnswers}; warm path p95 before / now ${(run.warmPathsBefore.p95 / run.warmPaths.p95).toFixed(2)}x.`,
    ),
    '',
    'Targets (issue 4, this 2-core machine): on 10k organisations suggestions p95 at most 25 ms embedded and 60 ms on Neo4j,',
    'warm path p95 at most 20 ms; on 100k organisations with Neo4j suggestions p95 at most 250 ms.',
    ...(runs.length > 1
      ? ['', `Neo4j / embedded, suggestion p95 in this run: ${(runs[1].suggestions.p95 / runs[0].suggestions.p95).toFixed(2)}x.`]
      : []),
    '',
  ].join('\n');
  writeFileSync(join(__dirname, `RESULTS-${organisations}.md`), report);
  process.stdout.write(report);
}

void main();

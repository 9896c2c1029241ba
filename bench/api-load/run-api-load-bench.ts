/**
 * `npm run bench:api [-- --organisations 10000 --seconds 10 --stores embedded,neo4j]`: the API
 * under load, as clients meet it. The built Koppel server (dist/, NODE_ENV=production, JSON logs
 * on) runs in its own process over the scale generator's graph; autocannon sends
 * `suggestIntroductions` (over a fixed rotation of entrepreneurs) and a nested list (a page of 50
 * entrepreneurs with their networks and fundings) at 1 and at 20 concurrent connections, signed in
 * as a coordinator. On Neo4j the same nested list is also served by `@neo4j/graphql` over the same
 * data in its own process, after a check that both answer the same entrepreneurs, networks and
 * fundings. Writes bench/api-load/RESULTS.md.
 *
 * Fixed inputs: generator seed 7; subjects every k-th entrepreneur by id; a warm-up run of each
 * request before it is measured, not counted.
 *
 * The server keeps suggestion answers (KOPPEL_SUGGESTION_CACHE_*): after the warm-up, the rotation
 * of 100 subjects is answered from that cache. `--compare-answer-cache` measures suggestions a
 * second time in the same run on a server started with KOPPEL_SUGGESTION_CACHE_ENTRIES=0 (the
 * engine at work on every request); `--no-answer-cache` turns it off for the whole run;
 * `--server-env KEY=VALUE` (repeatable) passes any other setting to every Koppel server.
 */
import argon2 from 'argon2';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StakeholderNode } from '@koppel/domain';
import { importItems } from '@koppel/graph-io';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { generateEcosystem } from '@koppel/seed';
import { repoRoot, startNeo4j } from '../../tools/neo4j/harness.mjs';
import { everyKth } from '../latency';
import { describeMachine } from '../machine';
import { ChildServer, startChildServer } from './child-server';
import { graphqlPost } from './graphql-post';
import { LoadFigures, loadRun } from './load-run';
import {
  koppelPageEntries,
  KOPPEL_NESTED_LIST,
  NEO4J_GRAPHQL_NESTED_LIST,
  referencePageEntries,
  SUGGESTIONS,
} from './load-queries';

const SEED = 7;
const SUBJECTS = 100;
const WARM_UP_SECONDS = 3;
const CONNECTIONS = [1, 20];
const SERVER_MAIN = join(repoRoot, 'dist/apps/api/apps/api/src/main.js');
const TOKEN_SECRET = 'bench-api-load-token-secret-of-32-characters-or-more';
const BENCH_ACCOUNT = { email: 'bench-coordinator@koppel.test', password: 'bench-coordinator-password' };

interface Row {
  store: string;
  /** 'Koppel', 'Koppel, answer cache off', or '@neo4j/graphql'. */
  server: string;
  query: 'suggestIntroductions' | 'nested list';
  figures: LoadFigures;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

/** The generated graph plus the coordinator account the benchmark signs in with. */
async function fill(store: GraphStore, graph: ReturnType<typeof generateEcosystem>, coordinatorOf: string): Promise<void> {
  await importItems(store, { file: 'generated', nodes: graph.nodes, relationships: graph.relationships }, { origin: 'IMPORT', actor: 'bench-api-load' });
  await store.createAccount({
    id: 'account:bench-coordinator',
    email: BENCH_ACCOUNT.email,
    role: 'COORDINATOR',
    organisationId: coordinatorOf,
    passwordHash: await argon2.hash(BENCH_ACCOUNT.password, { type: argon2.argon2id }),
    createdAt: new Date().toISOString(),
  });
}

/** What --server-env, --no-answer-cache ask every Koppel server to run with. */
let serverEnv: Record<string, string> = {};
const ANSWER_CACHE_OFF = { KOPPEL_SUGGESTION_CACHE_ENTRIES: '0' };

async function startKoppel(env: Record<string, string>): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startChildServer({
    args: [SERVER_MAIN],
    cwd: repoRoot,
    url,
    readyUrl: `${url}/ready`,
    env: {
      ...serverEnv,
      ...env,
      PORT: String(port),
      NODE_ENV: 'production',
      KOPPEL_SEED: 'never',
      KOPPEL_TOKEN_SECRET: TOKEN_SECRET,
      // The benchmark is one account sending hundreds of requests a second: the documented setting
      // that turns the per-account limit off (README, Limits), not a hidden bypass.
      KOPPEL_RATE_LIMIT_PER_MINUTE: '0',
    },
  });
}

async function signIn(url: string): Promise<Record<string, string>> {
  const data = await graphqlPost<{ signIn: { token: string } }>(
    `${url}/graphql`,
    JSON.stringify({
      query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
      variables: BENCH_ACCOUNT,
    }),
  );
  return { authorization: `Bearer ${data.signIn.token}` };
}

/** Every body answered without a GraphQL error, so the load measures answers, not refusals. */
async function checkAnswers(url: string, bodies: readonly string[], headers: Record<string, string>): Promise<void> {
  for (const body of bodies) await graphqlPost(url, body, headers);
}

async function measure(url: string, bodies: readonly string[], headers: Record<string, string>): Promise<LoadFigures[]> {
  await checkAnswers(url, bodies, headers);
  await loadRun({ url, bodies, headers, connections: 20, seconds: WARM_UP_SECONDS });
  const figures: LoadFigures[] = [];
  for (const connections of CONNECTIONS) {
    const run = await loadRun({ url, bodies, headers, connections, seconds: secondsPerRun });
    if (run.failures > 0) throw new Error(`${url}: ${run.failures} failed requests at ${connections} connections`);
    figures.push(run);
  }
  return figures;
}

async function measureKoppel(store: string, server: ChildServer, subjects: readonly string[], rows: Row[], label = koppelLabel()): Promise<void> {
  const url = `${server.url}/graphql`;
  const headers = await signIn(server.url);
  const suggestionBodies = subjects.map((subjectId) => JSON.stringify({ query: SUGGESTIONS, variables: { subjectId } }));
  for (const figures of await measure(url, suggestionBodies, headers)) rows.push({ store, server: label, query: 'suggestIntroductions', figures });
  for (const figures of await measure(url, [JSON.stringify({ query: KOPPEL_NESTED_LIST })], headers)) {
    rows.push({ store, server: label, query: 'nested list', figures });
  }
  process.stdout.write(`${store}: ${label} measured\n`);
}

function koppelLabel(env: Record<string, string> = serverEnv): string {
  return env.KOPPEL_SUGGESTION_CACHE_ENTRIES === '0' ? 'Koppel, answer cache off' : 'Koppel';
}

/** Suggestions only (the nested list does not use the answer cache), on a server that keeps no answers. */
async function measureWithoutAnswerCache(store: string, env: Record<string, string>, subjects: readonly string[], rows: Row[]): Promise<void> {
  const server = await startKoppel({ ...env, ...ANSWER_CACHE_OFF });
  try {
    const headers = await signIn(server.url);
    const bodies = subjects.map((subjectId) => JSON.stringify({ query: SUGGESTIONS, variables: { subjectId } }));
    const label = koppelLabel(ANSWER_CACHE_OFF);
    for (const figures of await measure(`${server.url}/graphql`, bodies, headers)) rows.push({ store, server: label, query: 'suggestIntroductions', figures });
    process.stdout.write(`${store}: ${label} measured\n`);
  } finally {
    await server.stop();
  }
}

let secondsPerRun = 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organisations: { type: 'string', default: '10000' },
      seconds: { type: 'string', default: '10' },
      stores: { type: 'string', default: 'embedded,neo4j' },
      'server-env': { type: 'string', multiple: true, default: [] },
      'no-answer-cache': { type: 'boolean', default: false },
      'compare-answer-cache': { type: 'boolean', default: false },
    },
  });
  serverEnv = Object.fromEntries(
    (values['server-env'] as string[]).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--server-env takes KEY=VALUE; not '${pair}'`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  if (values['no-answer-cache']) Object.assign(serverEnv, ANSWER_CACHE_OFF);
  const compareAnswerCache = values['compare-answer-cache'] === true && koppelLabel() === 'Koppel';
  secondsPerRun = Number(values.seconds);
  const stores = String(values.stores).split(',');
  const graph = generateEcosystem({ organisations: Number(values.organisations), seed: SEED });
  const byId = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)) as StakeholderNode[];
  const subjects = everyKth(byId.filter((node) => node.kind === 'Entrepreneur').map((node) => node.id), SUBJECTS);
  const coordinatorOf = byId.find((node) => node.kind === 'Network')?.id;
  if (!coordinatorOf) throw new Error('the generated graph has no network');
  process.stdout.write(`generated ${graph.nodes.length} nodes, ${graph.relationships.length} relationships\n`);

  const scratch = mkdtempSync(join(tmpdir(), 'koppel-bench-api-'));
  const rows: Row[] = [];
  const loadBefore = loadavg()[0];
  const stopAll: (() => Promise<unknown>)[] = [];
  try {
    if (stores.includes('embedded')) {
      const dataDir = join(scratch, 'embedded');
      const store = new EmbeddedGraphStore({ dataDir });
      await fill(store, graph, coordinatorOf);
      await store.close();
      const koppel = await startKoppel({ KOPPEL_DATA_DIR: dataDir });
      stopAll.push(() => koppel.stop());
      await measureKoppel('embedded', koppel, subjects, rows);
      await koppel.stop();
      if (compareAnswerCache) await measureWithoutAnswerCache('embedded', { KOPPEL_DATA_DIR: dataDir }, subjects, rows);
    }
    if (stores.includes('neo4j')) {
      const neo4j = await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: await freePort(), password: 'bench-password' });
      stopAll.push(() => neo4j.stop());
      const store = Neo4jGraphStore.connect({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
      await store.migrate();
      await fill(store, graph, coordinatorOf);
      await store.close();
      const connection = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
      const koppel = await startKoppel(connection);
      stopAll.push(() => koppel.stop());
      const referencePort = await freePort();
      const referenceUrl = `http://127.0.0.1:${referencePort}`;
      const reference = await startChildServer({
        args: ['--import', 'tsx', join(__dirname, 'neo4j-graphql-reference-server.ts')],
        cwd: repoRoot,
        url: referenceUrl,
        // A GET query, with the header Apollo's CSRF prevention asks for.
        readyUrl: `${referenceUrl}/?query=%7B__typename%7D`,
        readyHeaders: { 'apollo-require-preflight': 'true' },
        env: { ...connection, PORT: String(referencePort) },
      });
      stopAll.push(() => reference.stop());

      const headers = await signIn(koppel.url);
      const ours = koppelPageEntries(await graphqlPost(`${koppel.url}/graphql`, JSON.stringify({ query: KOPPEL_NESTED_LIST }), headers));
      const theirs = referencePageEntries(await graphqlPost(referenceUrl, JSON.stringify({ query: NEO4J_GRAPHQL_NESTED_LIST })));
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        throw new Error(`the two servers answer the nested list differently:\nKoppel ${JSON.stringify(ours).slice(0, 400)}\n@neo4j/graphql ${JSON.stringify(theirs).slice(0, 400)}`);
      }
      process.stdout.write(`neo4j: both servers answer the same page (${ours.length} entrepreneurs)\n`);

      await measureKoppel('neo4j', koppel, subjects, rows);
      await koppel.stop();
      if (compareAnswerCache) await measureWithoutAnswerCache('neo4j', connection, subjects, rows);
      for (const figures of await measure(referenceUrl, [JSON.stringify({ query: NEO4J_GRAPHQL_NESTED_LIST })], {})) {
        rows.push({ store: 'neo4j', server: '@neo4j/graphql', query: 'nested list', figures });
      }
      await reference.stop();
      await neo4j.stop();
    }
  } finally {
    for (const stop of stopAll.reverse()) await stop().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
  writeReport(rows, Number(values.organisations), loadBefore);
}

function writeReport(rows: Row[], organisations: number, loadBefore: number): void {
  const table = [
    '| store | server | query | connections | requests/s | p50 ms | p99 ms | requests |',
    '|---|---|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ store, server, query, figures: f }) =>
        `| ${store} | ${server} | ${query} | ${f.connections} | ${f.requestsPerSecond.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.requests} |`,
    ),
  ];
  const find = (store: string, server: string, query: Row['query'], connections: number) =>
    rows.find((row) => row.store === store && row.server === server && row.query === query && row.figures.connections === connections)?.figures;
  const target = find('embedded', koppelLabel(), 'suggestIntroductions', 20);
  const lines = [
    `# API under load, ${organisations.toLocaleString('en')} organisations`,
    '',
    `Command: \`npm run bench:api -- ${process.argv.slice(2).join(' ')}\` (${new Date().toISOString().slice(0, 10)}).`,
    `Load average before the run: ${loadBefore.toFixed(2)}; after: ${loadavg()[0].toFixed(2)}.`,
    '',
    describeMachine(),
    '',
    ...table,
    '',
  ];
  if (target) {
    const met = target.requestsPerSecond >= 300 && target.p99 <= 100;
    lines.push(
      `Target (issue 5): suggestIntroductions on the embedded store at 20 concurrent, at least 300 requests/s with p99 at most 100 ms` +
        ` (${koppelLabel()}${koppelLabel() === 'Koppel' ? ', answers kept: after the warm-up the 100 subjects are answered from the cache' : ''}): ` +
        `${target.requestsPerSecond.toFixed(0)} requests/s, p99 ${target.p99} ms, **${met ? 'met' : 'not met'}**.`,
      '',
    );
  }
  for (const store of ['embedded', 'neo4j']) {
    const kept = find(store, 'Koppel', 'suggestIntroductions', 20);
    const computed = find(store, 'Koppel, answer cache off', 'suggestIntroductions', 20);
    if (kept && computed) {
      lines.push(
        `suggestIntroductions on ${store} at 20 connections, answers kept vs computed every time (same run): ` +
          `requests/s ratio ${(kept.requestsPerSecond / computed.requestsPerSecond).toFixed(2)}, p99 ratio ${(kept.p99 / computed.p99).toFixed(2)}.`,
        '',
      );
    }
  }
  for (const connections of CONNECTIONS) {
    const ours = find('neo4j', koppelLabel(), 'nested list', connections);
    const theirs = find('neo4j', '@neo4j/graphql', 'nested list', connections);
    if (ours && theirs) {
      lines.push(
        `Nested list at ${connections} connection${connections === 1 ? '' : 's'}, Koppel on Neo4j vs @neo4j/graphql over the same data: ` +
          `requests/s ratio ${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)} (Koppel/@neo4j/graphql; above 1 is faster), ` +
          `p99 ratio ${(ours.p99 / theirs.p99).toFixed(2)} (below 1 is faster).`,
        '',
      );
    }
  }
  const report = lines.join('\n');
  writeFileSync(join(__dirname, 'RESULTS.md'), report);
  process.stdout.write(`\n${report}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

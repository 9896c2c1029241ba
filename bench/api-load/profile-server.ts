/**
 * `node --import tsx bench/api-load/profile-server.ts [--organisations 10000] [--seconds 10]
 *   [--query suggestions|typename|nested] [--server-env KEY=VALUE ...] [--data-dir DIR]
 *   [--neo4j-uri bolt://... --neo4j-password P]`:
 * where the built server spends its CPU under load. Starts dist/'s server with `node --cpu-prof`
 * on the embedded store over the generator's graph (seed 7, kept in --data-dir between runs), or
 * on the Neo4j at --neo4j-uri (filled with the same graph when it holds no entrepreneurs),
 * signs in as a coordinator, sends 20 concurrent connections of one request kind for --seconds
 * (suggestIntroductions over the same 100 subjects as bench:api, the nested list of bench:api, or `{ __typename }`: the fixed
 * cost of a request through Nest, Apollo, the guard and the logs), stops the server and prints
 * the self time by package and by function from the profile.
 */
import argon2 from 'argon2';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StakeholderNode } from '@koppel/domain';
import { importItems } from '@koppel/graph-io';
import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import { generateEcosystem } from '@koppel/seed';
import { repoRoot } from '../../tools/neo4j/harness.mjs';
import { everyKth } from '../latency';
import { startChildServer } from './child-server';
import { graphqlPost } from './graphql-post';
import { loadRun } from './load-run';
import { KOPPEL_NESTED_LIST, SUGGESTIONS } from './load-queries';

const ACCOUNT = { email: 'bench-coordinator@koppel.test', password: 'bench-coordinator-password' };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A package name for node_modules code, `koppel:<file>` for ours, `node:` internals, or the V8 bucket name. */
function packageOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || 'anonymous'})`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  if (url.startsWith('node:')) return url;
  const ours = /dist\/apps\/api\/(.*)$/.exec(url);
  return ours ? `koppel:${ours[1].replace(/^(apps|libs)\//, '')}` : url;
}

function summarise(file: string): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  const total = profile.samples.length;
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / total;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
    const name = `${functionName || '(anonymous)'} ${pkg}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${(hits * msPerSample).toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  return `${total} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s\nself time by package:\n${top(byPackage, 25)}\nself time by function:\n${top(byFunction, 40)}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organisations: { type: 'string', default: '10000' },
      seconds: { type: 'string', default: '10' },
      query: { type: 'string', default: 'suggestions' },
      'server-env': { type: 'string', multiple: true, default: [] },
      'data-dir': { type: 'string', default: join(tmpdir(), 'koppel-profile-server') },
      'neo4j-uri': { type: 'string' },
      'neo4j-password': { type: 'string', default: 'koppel-dev-password' },
    },
  });
  const organisations = Number(values.organisations);
  const dataDir = join(String(values['data-dir']), String(organisations));
  const graph = generateEcosystem({ organisations, seed: 7 });
  const byId = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)) as StakeholderNode[];
  const subjects = everyKth(byId.filter((node) => node.kind === 'Entrepreneur').map((node) => node.id), 100);
  const fill = async (store: GraphStore) => {
    await importItems(store, { file: 'generated', nodes: graph.nodes, relationships: graph.relationships }, { origin: 'IMPORT', actor: 'bench-profile' });
    await store.createAccount({
      id: 'account:bench-coordinator',
      email: ACCOUNT.email,
      role: 'COORDINATOR',
      organisationId: byId.find((node) => node.kind === 'Network')?.id as string,
      passwordHash: await argon2.hash(ACCOUNT.password, { type: argon2.argon2id }),
      createdAt: new Date().toISOString(),
    });
  };
  const neo4jUri = values['neo4j-uri'];
  const storeEnv: Record<string, string> = neo4jUri
    ? { NEO4J_URI: neo4jUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: String(values['neo4j-password']) }
    : { KOPPEL_DATA_DIR: dataDir };
  if (neo4jUri) {
    const store = Neo4jGraphStore.connect({ uri: neo4jUri, user: 'neo4j', password: String(values['neo4j-password']) });
    await store.migrate();
    const { totalCount } = await store.findNodes({ kinds: ['Entrepreneur'] }, { first: 1 });
    if (totalCount === 0) await fill(store);
    await store.close();
  } else if (!existsSync(join(dataDir, 'koppel.sqlite'))) {
    mkdirSync(dataDir, { recursive: true });
    const store = new EmbeddedGraphStore({ dataDir });
    await fill(store);
    await store.close();
  }
  const extraEnv = Object.fromEntries((values['server-env'] as string[]).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  const profileDir = mkdtempSync(join(tmpdir(), 'koppel-cpu-prof-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startChildServer({
    args: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, join(repoRoot, 'dist/apps/api/apps/api/src/main.js')],
    cwd: repoRoot,
    url,
    readyUrl: `${url}/ready`,
    env: {
      PORT: String(port),
      NODE_ENV: 'production',
      KOPPEL_SEED: 'never',
      ...storeEnv,
      KOPPEL_TOKEN_SECRET: 'bench-profile-token-secret-of-32-characters-or-more',
      KOPPEL_RATE_LIMIT_PER_MINUTE: '0',
      ...extraEnv,
    },
  });
  const loadBefore = loadavg()[0];
  try {
    const signedIn = await graphqlPost<{ signIn: { token: string } }>(
      `${url}/graphql`,
      JSON.stringify({ query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', variables: ACCOUNT }),
    );
    const headers = { authorization: `Bearer ${signedIn.signIn.token}` };
    const bodies =
      values.query === 'typename'
        ? [JSON.stringify({ query: '{ __typename }' })]
        : values.query === 'nested'
          ? [JSON.stringify({ query: KOPPEL_NESTED_LIST })]
          : subjects.map((subjectId) => JSON.stringify({ query: SUGGESTIONS, variables: { subjectId } }));
    const run = await loadRun({ url: `${url}/graphql`, bodies, headers, connections: 20, seconds: Number(values.seconds) });
    process.stdout.write(
      `${values.query} at 20 connections, ${JSON.stringify(extraEnv)}: ${run.requestsPerSecond.toFixed(0)} requests/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ` +
        `${run.failures} failures; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after\n`,
    );
  } finally {
    await server.stop();
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${profileDir}:\n${server.output()}`);
  process.stdout.write(`profile: ${join(profileDir, file)}\n${summarise(join(profileDir, file))}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

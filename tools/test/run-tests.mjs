// `npm test`: every check and every suite, the Neo4j ones against a real Neo4j server.
//
// When NEO4J_URI is unset and Java and Maven are present, it starts a throw-away Neo4j
// (tools/neo4j) on a free port with a fresh data directory, and stops it at the end. Without
// Java or Maven it says loudly that the Neo4j suites are skipped; with REQUIRE_NEO4J=1 that is
// a failure. Tests run one project at a time: Neo4j Community has a single database.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { javaAndMavenAvailable, repoRoot, startNeo4j } from '../neo4j/harness.mjs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const scratch = mkdtempSync(join(tmpdir(), 'koppel-test-run-'));
env.KOPPEL_TEST_SUMMARY = join(scratch, 'summary.jsonl');
let neo4j = null;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function run(title, args) {
  process.stdout.write(`\n=== ${title}\n`);
  const result = spawnSync('npx', args, { cwd: repoRoot, env, stdio: 'inherit' });
  return result.status === 0;
}

async function provideNeo4j() {
  if (env.NEO4J_URI) {
    process.stdout.write(`Using the Neo4j at ${env.NEO4J_URI}\n`);
    return true;
  }
  if (!javaAndMavenAvailable()) {
    const line = '!!! Java or Maven is missing: the Neo4j suites cannot run against a real server.';
    process.stdout.write(`\n${line}\n`);
    return env.REQUIRE_NEO4J !== '1';
  }
  const password = randomBytes(12).toString('hex');
  neo4j = await startNeo4j({ dataDir: join(scratch, 'neo4j'), port: await freePort(), password });
  Object.assign(env, { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: password });
  process.stdout.write(`Started Neo4j ${neo4j.version} for this run at ${neo4j.uri}\n`);
  return true;
}

function printSummary() {
  if (!existsSync(env.KOPPEL_TEST_SUMMARY)) return;
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const line of readFileSync(env.KOPPEL_TEST_SUMMARY, 'utf8').trim().split('\n')) {
    const counts = JSON.parse(line);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
  process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
}

let ok = false;
try {
  ok =
    (await provideNeo4j()) &&
    run('lint and typecheck', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--parallel=2', '--output-style=stream']) &&
    // The benchmarks and tools belong to no Nx project: type-checked here, so a change cannot break them unseen.
    run('typecheck of bench/ and tools/', ['tsc', '--noEmit', '-p', 'tsconfig.json']) &&
    run('build', ['nx', 'run-many', '-t', 'build', '--output-style=stream']) &&
    run('tests', ['nx', 'run-many', '-t', 'test', '--parallel=1', '--output-style=stream']);
} catch (error) {
  process.stderr.write(`npm test could not run: ${error.message}\n`);
} finally {
  printSummary();
  if (neo4j) await neo4j.stop();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);

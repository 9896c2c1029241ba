// Start/stop a dev/test Neo4j Community server (see README.md). Node built-ins only.
// Used by neo4j.mjs (the CLI) and by test runners that want a throw-away server.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
const targetDir = path.join(here, 'target');
const MAIN_CLASS = 'koppel.neo4j.Neo4jLauncher';

// -Xms is set because Neo4j warns when the initial heap is left to the JVM. The --add-opens
// flags are the ones Neo4j's own neo4j.conf ships: without java.nio the page cache falls back to a
// slower mode, without sun.nio.ch/java.io the transaction log can't preallocate/advise its files
// ("Incorrect file descriptor" warnings in logs/debug.log). Neo4j runs without them, but warns.
const JVM_FLAGS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
];

const javaBin = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

/** Settings from the environment, with the project defaults. */
export function defaultOptions(env = process.env) {
  return {
    dataDir: env.NEO4J_DATA_DIR || path.join(repoRoot, '.data', 'neo4j'),
    port: Number(env.NEO4J_BOLT_PORT || 7687),
    password: env.NEO4J_PASSWORD || 'koppel-dev-password',
  };
}

/** True when both `java -version` and `mvn -v` run; tests can skip Neo4j otherwise. */
export function javaAndMavenAvailable() {
  const ok = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
  return ok(javaBin(), ['-version']) && ok('mvn', ['-B', '-q', '-v']);
}

/** Files kept in the data dir next to Neo4j's own data/ and logs/. */
export function filesOf(dataDir) {
  const dir = path.resolve(dataDir);
  return {
    dir,
    log: path.join(dir, 'neo4j.log'), // launcher stdout+stderr
    pid: path.join(dir, 'neo4j.pid'),
    ready: path.join(dir, 'neo4j.ready'), // written by the launcher once Bolt is up: "<version> <uri>"
  };
}

/**
 * Compiles the launcher and resolves its classpath with Maven, once: the result is reused until
 * pom.xml or a Java source changes (a hash of them is kept in target/build.stamp).
 * Returns the java classpath.
 */
export async function buildLauncher({ log = (line) => process.stderr.write(line + '\n') } = {}) {
  const hash = createHash('sha256');
  for (const file of [path.join(here, 'pom.xml'), ...listFiles(path.join(here, 'src'))]) {
    hash.update(path.relative(here, file)).update('\0').update(fs.readFileSync(file));
  }
  const stamp = hash.digest('hex');
  const stampFile = path.join(targetDir, 'build.stamp');
  const cpFile = path.join(targetDir, 'classpath.txt');
  const fresh = () => read(stampFile) === stamp && fs.existsSync(cpFile);
  if (!fresh()) {
    log('neo4j: building the launcher with Maven (the first build also downloads Neo4j, ~160 MB)...');
    const { code, output } = await run('mvn', ['-B', '-q', 'compile'], here);
    if (code !== 0) {
      throw new Error(`Maven build failed (exit ${code}):\n${tail(output, 40)}`);
    }
    fs.writeFileSync(stampFile, stamp);
  }
  return [path.join(targetDir, 'classes'), fs.readFileSync(cpFile, 'utf8').trim()].join(path.delimiter);
}

/** Pid of the launcher recorded in dataDir, if that process is still alive; otherwise null. */
export function runningPid(dataDir) {
  const pid = Number(read(filesOf(dataDir).pid));
  return pid > 0 && isLauncherAlive(pid) ? pid : null;
}

/** "<version> <uri>" from the ready marker of a running server, or null. */
export function readyInfo(dataDir) {
  return runningPid(dataDir) ? read(filesOf(dataDir).ready)?.trim() || null : null;
}

/**
 * Starts Neo4j and resolves once the launcher reported ready and Bolt accepts TCP connections.
 * `detached: true` (the CLI) lets the server outlive this Node process; otherwise (tests) it is
 * also sent SIGTERM if this process exits without calling stop().
 * On failure the child is killed and the error's `logTail` holds the last log lines.
 */
export async function startNeo4j(options = {}) {
  const { dataDir, password } = { ...defaultOptions(), ...options };
  const port = Number(options.port ?? defaultOptions().port);
  const { detached = false, timeoutMs = 120_000, log } = options;
  const files = filesOf(dataDir);
  const uri = `bolt://127.0.0.1:${port}`;

  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad Bolt port: ${port}`);
  // Neo4j's rule (same as the Docker image's NEO4J_AUTH): fail here, not deep in the log.
  if (String(password).length < 8) throw new Error('NEO4J_PASSWORD must be at least 8 characters');
  const already = runningPid(dataDir);
  if (already) throw new Error(`Neo4j is already running on ${files.dir} (pid ${already})`);
  if (!(await portIsFree(port))) throw new Error(`port ${port} is already in use`);

  const classpath = await buildLauncher(log ? { log } : {});
  fs.mkdirSync(files.dir, { recursive: true });
  fs.rmSync(files.ready, { force: true });
  const logFd = fs.openSync(files.log, 'w');
  const child = spawn(javaBin(), [...JVM_FLAGS, '-cp', classpath, MAIN_CLASS], {
    cwd: files.dir,
    // Password by environment, not argv, so it doesn't show in `ps`.
    env: { ...process.env, NEO4J_DATA_DIR: files.dir, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: password },
    stdio: ['ignore', logFd, logFd],
    detached,
  });
  fs.closeSync(logFd);
  let exited = null;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, sig) => resolve((exited = sig ?? `exit code ${code}`)));
    child.on('error', (err) => resolve((exited = err.message))); // e.g. java not found
  });
  child.unref(); // never keep this Node process alive just for the server
  if (child.pid) fs.writeFileSync(files.pid, `${child.pid}\n`);
  const killOnExit = () => child.kill('SIGTERM');
  if (!detached) process.on('exit', killOnExit);

  const deadline = Date.now() + timeoutMs;
  let failure = null;
  for (;;) {
    if (exited !== null) failure = `the launcher exited (${exited})`;
    else if (fs.existsSync(files.ready) && (await canConnect(port))) break;
    else if (Date.now() > deadline) failure = `not ready after ${Math.round(timeoutMs / 1000)} s`;
    if (failure) break;
    await sleep(250);
  }
  if (failure) {
    await stopPid(child.pid, 10_000);
    removeMarkers(files);
    const err = new Error(`Neo4j failed to start: ${failure} (log: ${files.log})`);
    err.logTail = tail(read(files.log) ?? '', 30);
    throw err;
  }

  return {
    uri,
    user: 'neo4j',
    password,
    pid: child.pid,
    version: read(files.ready)?.split(' ')[0],
    dataDir: files.dir,
    logFile: files.log,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      child.ref(); // keep the event loop alive until Node has seen the exit (and reaped the pid)
      await stopPid(child.pid);
      removeMarkers(files);
      await exit;
    },
  };
}

/**
 * SIGTERM (clean shutdown via the launcher's shutdown hook), then SIGKILL after timeoutMs.
 * Returns true if a server was running.
 */
export async function stopNeo4j(dataDir = defaultOptions().dataDir, { timeoutMs = 30_000 } = {}) {
  const pid = runningPid(dataDir);
  await stopPid(pid, timeoutMs);
  removeMarkers(filesOf(dataDir));
  return pid !== null;
}

// --- helpers ---------------------------------------------------------------------------------

async function stopPid(pid, timeoutMs = 30_000) {
  if (!pid || !isLauncherAlive(pid)) return;
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isLauncherAlive(pid)) {
    signal(pid, 'SIGKILL');
    while (isLauncherAlive(pid)) await sleep(100);
  }
}

function removeMarkers(files) {
  fs.rmSync(files.pid, { force: true });
  fs.rmSync(files.ready, { force: true });
}

function isLauncherAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  // On Linux, also rule out a zombie and a recycled pid that now belongs to something else.
  try {
    if (/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))) return false;
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: -1, output: `${cmd}: ${err.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function listFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

function read(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const tail = (text, n) => text.trimEnd().split('\n').slice(-n).join('\n');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

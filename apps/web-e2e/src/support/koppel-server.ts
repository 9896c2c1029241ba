import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtApiMain, builtWebDir, workspaceRoot } from './workspace';

/**
 * The built Koppel server as a child process: its own free port, a fresh embedded store (which
 * loads the demo data on first start), the built web app on `/`. The suite sees only HTTP.
 */
export interface RunningServer {
  baseUrl: string;
  /** What the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export async function startBuiltServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'koppel-web-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KOPPEL_DATA_DIR: dataDir,
    KOPPEL_WEB_DIR: builtWebDir,
  };
  // Always the embedded store, whatever the surrounding test run points Neo4j at.
  delete env['NEO4J_URI'];
  delete env['NEO4J_USER'];
  delete env['NEO4J_PASSWORD'];

  const child = spawn(process.execPath, [builtApiMain], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    baseUrl,
    output: () => output,
    async stop() {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForReady(baseUrl, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForReady(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The Koppel server stopped before it was ready (exit ${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/ready`);
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The Koppel server was not ready within ${timeoutMs} ms (last: ${last}):\n${output()}`);
}

function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The demo coordinator of the README, whom the browser tests sign in as. */
export const DEMO_COORDINATOR = { email: 'anouk.veldkamp@demo.koppel.test', password: 'demo-coordinator-wachtwoord' };

/** A demo entrepreneur of the README: signs in, but may not import or export. */
export const DEMO_ENTREPRENEUR = { email: 'noor.bakkenist@demo.koppel.test', password: 'demo-ondernemer-wachtwoord' };

const tokens = new Map<string, Promise<string>>();

/** The demo coordinator's token on this server, signed in once. */
function coordinatorToken(baseUrl: string): Promise<string> {
  let token = tokens.get(baseUrl);
  if (!token) {
    token = fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
        variables: DEMO_COORDINATOR,
      }),
    })
      .then((response) => response.json() as Promise<{ data?: { signIn: { token: string } }; errors?: unknown }>)
      .then((answer) => {
        if (!answer.data) throw new Error(`signIn as the demo coordinator failed: ${JSON.stringify(answer.errors)}`);
        return answer.data.signIn.token;
      });
    tokens.set(baseUrl, token);
  }
  return token;
}

/** A GraphQL call from the test itself (as the demo coordinator), to know what the page ought to show. */
export async function graphql<T>(baseUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await coordinatorToken(baseUrl)}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!answer.data || answer.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

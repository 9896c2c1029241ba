import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DocumentNode, parse } from 'graphql';
import { type GraphQLCall, graphqlTestClient } from './graphql-test-client';
import { addTestAccountsToDataDir, TEST_TOKEN_SECRET } from './test-accounts';

export type { GraphQLAnswer } from './graphql-test-client';

/**
 * The built Koppel server (dist/) as a child process on a free loopback port, and a real GraphQL
 * client (graphql-test-client.ts) that talks HTTP to it: the API exactly as a client meets it.
 * Tests about HTTP itself (status codes, headers, CSRF, body size) use fetch on `baseUrl`.
 */
export interface KoppelTestServer {
  baseUrl: string;
  /** Sends the session token of the last signIn, if any, as `Authorization: Bearer`. */
  graphql: GraphQLCall;
  /** Signs in through the signIn mutation; later graphql calls go as this account. Throws when refused. */
  signIn(email: string, password: string): Promise<string>;
  /** A client that sends `token` (none: anonymous), leaving the server's own session as it is. */
  as(token: string | null): Pick<KoppelTestServer, 'graphql'>;
  output(): string;
  stop(): Promise<void>;
}

const SIGN_IN: DocumentNode = parse(`mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`);

export const WORKSPACE_ROOT = join(__dirname, '../../..');
export const SERVER_MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/apps/api/src/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

/** Runs the built server until it exits; resolves with its exit code and everything it printed. */
export function runServerToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawnServer(env);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

function spawnServer(env: Record<string, string>, main = SERVER_MAIN): ChildProcess {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: build first (npx nx run api:build)`);
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_') && !key.startsWith('KOPPEL_')),
  );
  return spawn(process.execPath, [main], {
    cwd: WORKSPACE_ROOT,
    env: { ...inherited, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Starts the server and waits until it serves HTTP (/health answers; /ready may still say 503).
 * `main` is another entry point over the same build (see support/store-call-counting-server.cjs).
 */
export async function startTestServer(env: Record<string, string> = {}, main = SERVER_MAIN): Promise<KoppelTestServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'koppel-api-'));
  // A store of its own holds the test accounts, so a token from testToken signs someone in.
  if (env['KOPPEL_DATA_DIR'] === undefined && env['NEO4J_URI'] === undefined) await addTestAccountsToDataDir(join(scratch, 'data'));
  const port = await freePort();
  // Signed with the tests' secret unless a test sets its own, so a test can make its own tokens.
  const child = spawnServer(
    { KOPPEL_DATA_DIR: join(scratch, 'data'), KOPPEL_SEED: 'never', PORT: String(port), KOPPEL_TOKEN_SECRET: TEST_TOKEN_SECRET, ...env },
    main,
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;

  for (const deadline = Date.now() + 30_000; ; ) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const answered = await fetch(`${baseUrl}/health`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 30 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const url = `${baseUrl}/graphql`;
  let session: string | null = null;
  const sessionClient = graphqlTestClient(url, () => session);
  const anonymousClient = graphqlTestClient(url, () => null);

  return {
    baseUrl,
    graphql: sessionClient,
    async signIn(email, password) {
      const answer = await anonymousClient<{ signIn: { token: string } }>(SIGN_IN, { email, password });
      if (!answer.data?.signIn) throw new Error(`signIn as ${email} refused: ${JSON.stringify(answer.errors)}`);
      session = answer.data.signIn.token;
      return session;
    },
    as: (token) => ({ graphql: token ? graphqlTestClient(url, () => token) : anonymousClient }),
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

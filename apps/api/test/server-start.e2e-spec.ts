import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jGraphStore } from '@koppel/graph-store';
import { describeWithNeo4j } from '@koppel/graph-store/testing';
import { loadDemoAccounts, loadDemoData } from '@koppel/seed';
import { freePort, runServerToExit, startTestServer, WORKSPACE_ROOT } from './koppel-test-server';
import { addTestAccounts, TEST_ACCOUNTS, TEST_TOKEN_SECRET, testToken } from './test-accounts';

describe('starting the server', () => {
  it('stops on a bad setting with one line that names it', async () => {
    const { code, output } = await runServerToExit({ PORT: 'eighty', KOPPEL_SEED: 'sometimes' });
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      "Koppel cannot start: PORT must be a number; KOPPEL_SEED must be 'when-empty' or 'never'",
    );
  });

  it('stops in production without a token secret, naming it', async () => {
    const { code, output } = await runServerToExit({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      'Koppel cannot start: KOPPEL_TOKEN_SECRET must be set when NODE_ENV is production (at least 32 random characters)',
    );
  });

  it('loads the Noord-Nederland demo data and demo accounts into an empty store on first start, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'koppel-first-start-'));
    const demo = loadDemoData();
    const demoAccounts = loadDemoAccounts();
    try {
      for (const start of ['first', 'second']) {
        const server = await startTestServer({ KOPPEL_DATA_DIR: dataDir, KOPPEL_SEED: 'when-empty' });
        try {
          // Every demo account of the README signs in with its demo password.
          for (const account of demoAccounts) await server.signIn(account.email, account.password);
          await server.signIn('anouk.veldkamp@demo.koppel.test', 'demo-coordinator-wachtwoord');
          const answer = await server.graphql<{ graphStats: { totalNodes: number } }>(`{ graphStats { totalNodes } }`);
          expect({ start, totalNodes: answer.data?.graphStats.totalNodes }).toEqual({ start, totalNodes: demo.nodes.length });
        } finally {
          await server.stop();
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describeWithNeo4j('starting the server on Neo4j', (connection) => {
  it('stops on wrong credentials with one line, no stack trace', async () => {
    const { code, output } = await runServerToExit({
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: 'wrong-password',
    });
    expect(code).toBe(1);
    expect(output.trim().split('\n').at(-1)).toBe(
      `Koppel could not start: Neo4j at ${connection.uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`,
    );
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('starts while Neo4j is down, answers UNAVAILABLE, and reconnects by itself when it comes back', async () => {
    const neo4jDir = mkdtempSync(join(tmpdir(), 'koppel-neo4j-comeback-'));
    const port = await freePort();
    const password = 'comeback-password';
    const neo4jCli = (command: 'start' | 'stop') =>
      spawnSync(process.execPath, ['tools/neo4j/neo4j.mjs', command], {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, NEO4J_DATA_DIR: neo4jDir, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: password },
        encoding: 'utf8',
      });
    const server = await startTestServer({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
      KOPPEL_TOKEN_SECRET: TEST_TOKEN_SECRET,
    });
    // A token signed with the server's secret stands in for a sign-in, which needs the store.
    const coordinator = server.as(testToken(TEST_ACCOUNTS.coordinator));
    const readiness = async () => {
      const response = await fetch(`${server.baseUrl}/ready`);
      return { status: response.status, body: (await response.json()) as { store: { reachable: boolean; problem?: string } } };
    };
    try {
      const down = await readiness();
      expect(down.status).toBe(503);
      expect(down.body.store.reachable).toBe(false);
      expect(down.body.store.problem).toMatch(/is not reachable/);
      // Alive all the same: restarting Koppel would not bring Neo4j back.
      expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
      const refused = await coordinator.graphql(`{ nodes(first: 1) { totalCount } }`);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
      const signIn = await server.as(null).graphql(`mutation { signIn(email: "a@koppel.test", password: "some-password") { token } }`);
      expect(signIn.errors?.[0].extensions?.code).toBe('UNAVAILABLE');

      expect(neo4jCli('start').status).toBe(0);
      let back = await readiness();
      for (const deadline = Date.now() + 60_000; back.status !== 200 && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        back = await readiness();
      }
      expect(back).toMatchObject({ status: 200 });
      // The account the token names must exist in the store that came back, as after a sign-in.
      const store = Neo4jGraphStore.connect({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password });
      try {
        await addTestAccounts(store);
      } finally {
        await store.close();
      }
      const answered = await coordinator.graphql<{ nodes: { totalCount: number } }>(`{ nodes(first: 1) { totalCount } }`);
      expect(answered.data?.nodes.totalCount).toBe(0);
    } finally {
      await server.stop();
      neo4jCli('stop');
      rmSync(neo4jDir, { recursive: true, force: true });
    }
  }, 180_000);
});

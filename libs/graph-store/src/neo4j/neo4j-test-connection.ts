import neo4j, { Driver } from 'neo4j-driver';

/**
 * How Neo4j specs find their server: the test runner (tools/test/run-tests.mjs) starts one and
 * sets NEO4J_URI. Without it the suite is skipped with one loud line, unless REQUIRE_NEO4J=1,
 * where the skip itself fails, so CI can never pass without a real server having answered.
 */
export interface Neo4jTestConnection {
  uri: string;
  user: string;
  password: string;
}

export function neo4jTestConnection(): Neo4jTestConnection | null {
  const uri = process.env['NEO4J_URI'];
  if (!uri) return null;
  return { uri, user: process.env['NEO4J_USER'] ?? 'neo4j', password: process.env['NEO4J_PASSWORD'] ?? '' };
}

export function openTestDriver(connection: Neo4jTestConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
}

let agentAnnounced = false;

/** Prints once per process which server answered, so a test log shows a real Neo4j ran. */
export async function announceServer(driver: Driver, uri: string): Promise<void> {
  if (agentAnnounced) return;
  agentAnnounced = true;
  const info = await driver.getServerInfo();
  process.stdout.write(`\n[neo4j] contract tests connected to ${info.agent} at ${uri}\n`);
}

/** Declares the suite, or the reason it cannot run. */
export function describeWithNeo4j(name: string, body: (connection: Neo4jTestConnection) => void): void {
  const connection = neo4jTestConnection();
  if (connection) {
    body(connection);
    return;
  }
  if (process.env['REQUIRE_NEO4J'] === '1') {
    describe(name, () => {
      it('needs a Neo4j server', () => {
        throw new Error('REQUIRE_NEO4J=1 but NEO4J_URI is not set: the Neo4j suite would have been skipped');
      });
    });
    return;
  }
  process.stderr.write(`\n!!! SKIPPING ${name}: NEO4J_URI is not set (run tests through npm test to start Neo4j)\n`);
  describe.skip(name, () => {
    it('needs a Neo4j server', () => undefined);
  });
}

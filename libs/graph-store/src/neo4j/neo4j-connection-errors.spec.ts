import { StoreUnavailableError } from '@koppel/domain';
import { Neo4jGraphStore } from './neo4j-graph-store';
import { describeWithNeo4j } from './neo4j-test-connection';

describeWithNeo4j('Neo4j connection problems', (connection) => {
  it('reports wrong credentials in one line that names what to check', async () => {
    const store = Neo4jGraphStore.connect({ ...connection, password: 'not-the-password' });
    try {
      const attempt = store.countByKind();
      await expect(attempt).rejects.toThrow(StoreUnavailableError);
      await expect(store.countByKind()).rejects.toThrow(
        `Neo4j at ${connection.uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`,
      );
      const health = await store.health();
      expect(health).toMatchObject({ kind: 'neo4j', reachable: false, schemaVersion: null });
      expect(health.error).not.toContain('\n');
    } finally {
      await store.close();
    }
  });

  it('reports a server that is not there as unreachable, in one line', async () => {
    const store = Neo4jGraphStore.connect({ ...connection, uri: 'bolt://127.0.0.1:1' });
    try {
      const failure = await store.countByKind().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StoreUnavailableError);
      expect((failure as Error).message).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable: [^\n]+$/);
    } finally {
      await store.close();
    }
  });
});

import { Neo4jGraphStore } from '@koppel/graph-store';
import { announceServer, claimTestDatabase, describeWithNeo4j, wipeTestDatabase } from '@koppel/graph-store/testing';
import { describeApiOverHttp } from './api-over-http.contract';

describeWithNeo4j('Koppel API on Neo4j', (connection) => {
  describeApiOverHttp('Neo4j', {
    env: () => ({ NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password }),
    async emptyStore(server) {
      const driver = (server.store as Neo4jGraphStore).neo4jDriver;
      await announceServer(driver, connection.uri);
      await claimTestDatabase(driver);
      await wipeTestDatabase(driver);
    },
  });
});

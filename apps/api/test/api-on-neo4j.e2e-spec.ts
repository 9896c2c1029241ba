import { migrateNeo4j, Neo4jGraphStore } from '@koppel/graph-store';
import {
  announceServer,
  claimTestDatabase,
  CONTRACT_WRITER,
  describeWithNeo4j,
  openTestDriver,
  wipeTestDatabase,
} from '@koppel/graph-store/testing';
import { CONTRACT_BATCH_WITH_HIDDEN_TIE, describeApiOverHttp } from './api-over-http.contract';
import { addTestAccounts } from './test-accounts';

describeWithNeo4j('Koppel API on Neo4j', (connection) => {
  describeApiOverHttp('Neo4j', {
    async prepareStore() {
      const driver = openTestDriver(connection);
      try {
        await announceServer(driver, connection.uri);
        await claimTestDatabase(driver);
        await migrateNeo4j(driver);
        await wipeTestDatabase(driver);
        const store = Neo4jGraphStore.withDriver(driver, connection.uri);
        await store.upsert(CONTRACT_BATCH_WITH_HIDDEN_TIE, CONTRACT_WRITER);
        await addTestAccounts(store);
      } finally {
        await driver.close();
      }
      return { NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password };
    },
  });
});

import type { Driver } from 'neo4j-driver';
import { describeGraphStoreContract } from '../testing/graph-store.contract';
import { Neo4jGraphStore } from './neo4j-graph-store';
import { migrateNeo4j } from './neo4j-migrations';
import { claimTestDatabase, wipeTestDatabase } from './neo4j-test-database';
import { announceServer, describeWithNeo4j, openTestDriver } from './neo4j-test-connection';

describeWithNeo4j('Neo4j graph store', (connection) => {
  let driver: Driver;

  beforeAll(async () => {
    driver = openTestDriver(connection);
    await announceServer(driver, connection.uri);
    await claimTestDatabase(driver);
    await migrateNeo4j(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });

  describeGraphStoreContract('neo4j (real server)', {
    openEmpty: async () => {
      await wipeTestDatabase(driver);
      return Neo4jGraphStore.withDriver(driver, connection.uri);
    },
    // Its own driver, as another process would have: nothing is shared but the database.
    openBeside: async () => Neo4jGraphStore.connect(connection),
  });
});

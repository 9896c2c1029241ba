import type { Driver } from 'neo4j-driver';
import type { GraphBatchInput } from '@koppel/domain';
import { CONTRACT_WRITER } from '../testing/graph-store.contract';
import { describeRelationshipsBetweenContract } from '../testing/relationships-between.contract';
import { Neo4jGraphStore } from './neo4j-graph-store';
import { migrateNeo4j } from './neo4j-migrations';
import { claimTestDatabase, wipeTestDatabase } from './neo4j-test-database';
import { describeWithNeo4j, openTestDriver } from './neo4j-test-connection';

/**
 * The walks between two nodes when every kept trust graph counts as large: after a write, calls
 * are answered from the database while the new version is read in the background. The answers
 * must be the same as from the snapshot, so the same specification runs.
 */
describeWithNeo4j('Neo4j trust ties while the trust graph is read again in the background', (connection) => {
  let driver: Driver;
  let store: Neo4jGraphStore;

  beforeAll(async () => {
    driver = openTestDriver(connection);
    await claimTestDatabase(driver);
    await migrateNeo4j(driver);
  });
  beforeEach(async () => {
    await wipeTestDatabase(driver);
    store = Neo4jGraphStore.withDriver(driver, connection.uri, { readTrustGraphInBackgroundFrom: 0 });
  });
  afterEach(async () => {
    await store?.close();
  });
  afterAll(async () => {
    await driver?.close();
  });

  describeRelationshipsBetweenContract(
    () => store,
    (batch: GraphBatchInput) => store.upsert(batch, CONTRACT_WRITER),
    async () => Neo4jGraphStore.connect(connection),
  );
});

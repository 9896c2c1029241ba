import type { Driver } from 'neo4j-driver';
import { BUMP_GRAPH_VERSION } from './neo4j-queries';

/**
 * Neo4j Community has one user database, so tests wipe what they use. This guard makes sure
 * the database they wipe is a test one: empty when first seen, or marked by an earlier run.
 */
export async function claimTestDatabase(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (marker:KoppelTestDatabase)
     WITH count(marker) AS markers
     OPTIONAL MATCH (n:Node)
     RETURN markers, count(n) AS nodes`,
  );
  const markers = Number(records[0].get('markers'));
  const nodes = Number(records[0].get('nodes'));
  if (markers === 0 && nodes > 0) {
    throw new Error(
      `refusing to run tests against a Neo4j database that holds ${nodes} nodes and is not marked as a test database`,
    );
  }
  await driver.executeQuery(`MERGE (:KoppelTestDatabase {name: 'koppel-tests'})`);
}

/** Batched deletes need an auto-commit transaction, which only session.run gives. */
export async function wipeTestDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Relationships first, in batches of a bounded size: detaching a hub with a million
    // relationships in one batch would outgrow the server's transaction memory.
    await session.run(`MATCH (:Node)-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`);
    await session.run(`MATCH (n:Node) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
    // Introductions are not :Node; deleting their parties deletes most, this the rest.
    await session.run(`MATCH (i:Introduction) CALL (i) { DETACH DELETE i } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`MATCH (a:Account) CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`MATCH (a:AuditEntry) CALL (a) { DELETE a } IN TRANSACTIONS OF 10000 ROWS`);
    // Readers that keep what they read (the match context) must see that the graph changed.
    await session.run(BUMP_GRAPH_VERSION);
  } finally {
    await session.close();
  }
}

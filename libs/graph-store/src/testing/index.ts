export { CONTRACT_WRITER, describeGraphStoreContract } from './graph-store.contract';
export type { GraphStoreHarness } from './graph-store.contract';
export { CONTRACT_BATCH, CONTRACT_NODES, CONTRACT_RELATIONSHIPS, MATCH_BATCH, MATCH_NODES, MATCH_RELATIONSHIPS } from './contract-fixture';
export { claimTestDatabase, wipeTestDatabase } from '../neo4j/neo4j-test-database';
export { announceServer, describeWithNeo4j, openTestDriver } from '../neo4j/neo4j-test-connection';
export type { Neo4jTestConnection } from '../neo4j/neo4j-test-connection';

export * from './graph-store.port';
export { auditEntrySortKey, encodeCursor, introductionSortKey, nodeSortKey, relationshipSortKey } from './page-cursor';
export type { SortKey } from './page-cursor';
export { EmbeddedGraphStore } from './embedded/embedded-graph-store';
export type { EmbeddedStoreOptions } from './embedded/embedded-graph-store';
export { Neo4jGraphStore } from './neo4j/neo4j-graph-store';
export type { Neo4jStoreOptions, Neo4jStoreTuning } from './neo4j/neo4j-graph-store';
export { migrateNeo4j, locateNeo4jMigrations, loadMigrations } from './neo4j/neo4j-migrations';
export * from './store-config';

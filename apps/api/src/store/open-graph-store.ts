import { EmbeddedGraphStore, GraphStore, Neo4jGraphStore } from '@koppel/graph-store';
import type { StoreConfig } from '../config/koppel-config';

/** The adapter the configuration asks for: Neo4j when NEO4J_URI is set, embedded otherwise. */
export function openGraphStore(config: StoreConfig): GraphStore {
  return config.kind === 'neo4j'
    ? Neo4jGraphStore.connect({ uri: config.uri, user: config.user, password: config.password })
    : new EmbeddedGraphStore({ dataDir: config.dataDir });
}

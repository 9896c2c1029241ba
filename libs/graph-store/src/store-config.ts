import { resolve } from 'node:path';
import { z } from 'zod';
import type { GraphStore } from './graph-store.port';
import { EmbeddedGraphStore } from './embedded/embedded-graph-store';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store';

/**
 * The environment variables that choose and reach a store, shared by every program that opens
 * one (the API, the command line), so they mean the same everywhere. Each program's own config
 * module reads the environment; this only says what the variables mean.
 */
export const storeEnvironmentShape = {
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, {
      error: 'must look like bolt://host:7687 or neo4j+s://host (cluster, Aura)',
    })
    .optional(),
  NEO4J_USER: z.string().min(1, { error: 'must not be empty' }).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  KOPPEL_DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('.data/koppel'),
};

/** NEO4J_PASSWORD is required exactly when NEO4J_URI is set; for `.refine(...)` on the schema. */
export const neo4jPasswordRule: [
  (env: { NEO4J_URI?: string; NEO4J_PASSWORD?: string }) => boolean,
  { error: string; path: string[] },
] = [
  (env) => !env.NEO4J_URI || Boolean(env.NEO4J_PASSWORD),
  { error: 'must be set when NEO4J_URI is set', path: ['NEO4J_PASSWORD'] },
];

export type StoreConfig =
  | { kind: 'neo4j'; uri: string; user: string; password: string }
  | { kind: 'embedded'; dataDir: string };

export function storeConfigFrom(
  env: { NEO4J_URI?: string; NEO4J_USER: string; NEO4J_PASSWORD?: string; KOPPEL_DATA_DIR: string },
  cwd: string,
): StoreConfig {
  return env.NEO4J_URI
    ? { kind: 'neo4j', uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD ?? '' }
    : { kind: 'embedded', dataDir: resolve(cwd, env.KOPPEL_DATA_DIR) };
}

/** The adapter the configuration asks for: Neo4j when NEO4J_URI is set, embedded otherwise. */
export function openGraphStore(config: StoreConfig): GraphStore {
  return config.kind === 'neo4j'
    ? Neo4jGraphStore.connect({ uri: config.uri, user: config.user, password: config.password })
    : new EmbeddedGraphStore({ dataDir: config.dataDir });
}

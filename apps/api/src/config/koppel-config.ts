import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Everything Koppel reads from its environment, typed and checked once at start-up. Nothing
 * else in the API reads process.env: a bad value stops the start with a message naming it.
 */
const port = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be from 1 to 65535' })
  .max(65535, { error: 'must be from 1 to 65535' });

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, {
        error: 'must look like bolt://host:7687 or neo4j+s://host (cluster, Aura)',
      })
      .optional(),
    NEO4J_USER: z.string().min(1, { error: 'must not be empty' }).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    KOPPEL_DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('.data/koppel'),
    KOPPEL_SEED: z.enum(['when-empty', 'never'], { error: "must be 'when-empty' or 'never'" }).default('when-empty'),
    KOPPEL_WEB_DIR: z.string().min(1).default('dist/apps/web'),
  })
  .refine((env) => !env.NEO4J_URI || env.NEO4J_PASSWORD, {
    error: 'must be set when NEO4J_URI is set',
    path: ['NEO4J_PASSWORD'],
  });

export type StoreConfig =
  | { kind: 'neo4j'; uri: string; user: string; password: string }
  | { kind: 'embedded'; dataDir: string };

export interface KoppelConfig {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  store: StoreConfig;
  seedWhenEmpty: boolean;
  webDir: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Koppel cannot start: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): KoppelConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const e = parsed.data;
  return {
    environment: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    store: e.NEO4J_URI
      ? { kind: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '' }
      : { kind: 'embedded', dataDir: resolve(cwd, e.KOPPEL_DATA_DIR) },
    seedWhenEmpty: e.KOPPEL_SEED === 'when-empty',
    webDir: resolve(cwd, e.KOPPEL_WEB_DIR),
  };
}

export const KOPPEL_CONFIG = Symbol('KOPPEL_CONFIG');

import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import { neo4jPasswordRule, StoreConfig, storeConfigFrom, storeEnvironmentShape } from '@koppel/graph-store';

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
    ...storeEnvironmentShape,
    KOPPEL_SEED: z.enum(['when-empty', 'never'], { error: "must be 'when-empty' or 'never'" }).default('when-empty'),
    KOPPEL_WEB_DIR: z.string().min(1).default('dist/apps/web'),
    KOPPEL_TOKEN_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  })
  .refine(...neo4jPasswordRule)
  .refine((env) => env.NODE_ENV !== 'production' || env.KOPPEL_TOKEN_SECRET !== undefined, {
    error: 'must be set when NODE_ENV is production (at least 32 random characters)',
    path: ['KOPPEL_TOKEN_SECRET'],
  });

export interface KoppelConfig {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  store: StoreConfig;
  seedWhenEmpty: boolean;
  webDir: string;
  /**
   * Signs and checks sign-in tokens. Without KOPPEL_TOKEN_SECRET (allowed outside production)
   * it is random per process, so every token ends when the server restarts.
   */
  tokenSecret: string;
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
    store: storeConfigFrom(e, cwd),
    seedWhenEmpty: e.KOPPEL_SEED === 'when-empty',
    webDir: resolve(cwd, e.KOPPEL_WEB_DIR),
    tokenSecret: e.KOPPEL_TOKEN_SECRET ?? randomBytes(32).toString('base64url'),
  };
}

export const KOPPEL_CONFIG = Symbol('KOPPEL_CONFIG');

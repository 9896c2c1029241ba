import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import { neo4jPasswordRule, StoreConfig, storeConfigFrom, storeEnvironmentShape } from '@koppel/graph-store';

/**
 * Everything Koppel reads from its environment, typed and checked once at start-up. Nothing
 * else in the API reads process.env: a bad value stops the start with a message naming it.
 */
const port = wholeNumber(1, 65535);

function wholeNumber(min: number, max: number) {
  return z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be from ${min} to ${max}` })
    .max(max, { error: `must be from ${min} to ${max}` });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Comma-separated origins such as `https://koppel.example.org`; each one scheme, host and port, nothing more. */
const corsOrigins = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0))
  .refine((origins) => origins.every(isOrigin), {
    error: 'must be a comma-separated list of origins like https://koppel.example.org (scheme, host and optional port)',
  });

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    ...storeEnvironmentShape,
    KOPPEL_SEED: z.enum(['when-empty', 'never'], { error: "must be 'when-empty' or 'never'" }).default('when-empty'),
    KOPPEL_WEB_DIR: z.string().min(1).default('dist/apps/web'),
    KOPPEL_CORS_ORIGINS: corsOrigins,
    KOPPEL_MAX_REQUEST_BYTES: wholeNumber(1024, 1024 ** 3).default(1024 * 1024),
    KOPPEL_RATE_LIMIT_PER_MINUTE: wholeNumber(0, 1_000_000).default(1200),
    KOPPEL_SIGN_IN_LIMIT_PER_IP: wholeNumber(1, 100_000).default(50),
    KOPPEL_SIGN_IN_LIMIT_PER_EMAIL: wholeNumber(1, 100_000).default(10),
    KOPPEL_LOG_LEVEL: z
      .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
    KOPPEL_SUGGESTION_CACHE_ENTRIES: wholeNumber(0, 1_000_000).default(2000),
    KOPPEL_SUGGESTION_CACHE_SECONDS: wholeNumber(1, 3600).default(60),
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
  http: {
    /** Origins whose browser pages may call the API; empty means same-origin only. */
    corsOrigins: string[];
    /** Largest /graphql request body accepted, in bytes. */
    maxRequestBytes: number;
  };
  rateLimits: {
    /** Requests per minute per account (or per IP when not signed in); 0 turns the limit off. */
    perMinute: number;
    /** signIn attempts per 15 minutes from one IP address. */
    signInPerIp: number;
    /** signIn attempts per 15 minutes for one e-mail address. */
    signInPerEmail: number;
  };
  logLevel: (typeof LOG_LEVELS)[number];
  /** Answers of the matching queries kept per process (apps/api/src/matching/suggestion-answer-cache.ts). */
  suggestionCache: {
    /** At most this many answers, the least recently used dropped first; 0 keeps none. */
    maxEntries: number;
    /** No answer is served older than this: cool-downs and fading ties move with the clock. */
    ttlSeconds: number;
  };
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
    http: { corsOrigins: e.KOPPEL_CORS_ORIGINS, maxRequestBytes: e.KOPPEL_MAX_REQUEST_BYTES },
    rateLimits: {
      perMinute: e.KOPPEL_RATE_LIMIT_PER_MINUTE,
      signInPerIp: e.KOPPEL_SIGN_IN_LIMIT_PER_IP,
      signInPerEmail: e.KOPPEL_SIGN_IN_LIMIT_PER_EMAIL,
    },
    logLevel: e.KOPPEL_LOG_LEVEL,
    suggestionCache: { maxEntries: e.KOPPEL_SUGGESTION_CACHE_ENTRIES, ttlSeconds: e.KOPPEL_SUGGESTION_CACHE_SECONDS },
    tokenSecret: e.KOPPEL_TOKEN_SECRET ?? randomBytes(32).toString('base64url'),
  };
}

export const KOPPEL_CONFIG = Symbol('KOPPEL_CONFIG');

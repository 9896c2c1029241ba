import { ConfigError, loadConfig } from './koppel-config';

describe('loadConfig', () => {
  it('defaults to the embedded store in .data/koppel on port 3000', () => {
    const config = loadConfig({}, '/srv/koppel');
    expect(config).toMatchObject({
      port: 3000,
      store: { kind: 'embedded', dataDir: '/srv/koppel/.data/koppel' },
      seedWhenEmpty: true,
    });
  });

  it('chooses Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' });
    expect(config.store).toEqual({
      kind: 'neo4j',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'secret',
    });
  });

  it('stops on a bad port, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT must be a number');
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be from 1 to 65535');
  });

  it('stops on a Neo4j URI that is not one, and on a missing password', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      /NEO4J_URI must look like bolt:\/\/host:7687/,
    );
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(
      'NEO4J_PASSWORD must be set when NEO4J_URI is set',
    );
  });

  it('lists every problem at once', () => {
    const attempt = () => loadConfig({ PORT: '0', KOPPEL_SEED: 'always' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT .*; KOPPEL_SEED must be 'when-empty' or 'never'/);
  });

  it('requires a token secret of at least 32 characters in production, naming it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'KOPPEL_TOKEN_SECRET must be set when NODE_ENV is production (at least 32 random characters)',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', KOPPEL_TOKEN_SECRET: 'too-short' })).toThrow(
      'KOPPEL_TOKEN_SECRET must be at least 32 characters',
    );
    const secret = 'a-production-secret-of-40-characters-xyz';
    expect(loadConfig({ NODE_ENV: 'production', KOPPEL_TOKEN_SECRET: secret }).tokenSecret).toBe(secret);
  });

  it('makes up a random token secret per process outside production when none is set', () => {
    const first = loadConfig({}).tokenSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).tokenSecret).not.toBe(first);
  });
});

describe('loadConfig: limits', () => {
  it('defaults to same-origin only, 1 MiB bodies and rate limits a person never meets', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ corsOrigins: [], maxRequestBytes: 1024 * 1024 });
    expect(config.rateLimits).toEqual({ perMinute: 1200, signInPerIp: 50, signInPerEmail: 10 });
    expect(config.logLevel).toBe('info');
  });

  it('reads the allowed origins as a comma-separated list', () => {
    const config = loadConfig({ KOPPEL_CORS_ORIGINS: 'https://koppel.example.org, http://localhost:5173' });
    expect(config.http.corsOrigins).toEqual(['https://koppel.example.org', 'http://localhost:5173']);
  });

  it('stops on an origin that is not one, and on a bad limit, naming them', () => {
    expect(() => loadConfig({ KOPPEL_CORS_ORIGINS: 'https://koppel.example.org/app' })).toThrow(
      /KOPPEL_CORS_ORIGINS must be a comma-separated list of origins/,
    );
    expect(() => loadConfig({ KOPPEL_RATE_LIMIT_PER_MINUTE: '-1' })).toThrow('KOPPEL_RATE_LIMIT_PER_MINUTE must be from 0 to 1000000');
    expect(() => loadConfig({ KOPPEL_MAX_REQUEST_BYTES: 'lots' })).toThrow('KOPPEL_MAX_REQUEST_BYTES must be a number');
  });

  it('turns the per-account rate limit off with 0, for load tests', () => {
    expect(loadConfig({ KOPPEL_RATE_LIMIT_PER_MINUTE: '0' }).rateLimits.perMinute).toBe(0);
  });
});

describe('loadConfig: the suggestion answer cache', () => {
  it('keeps 2,000 answers for at most 60 seconds unless told otherwise', () => {
    expect(loadConfig({}).suggestionCache).toEqual({ maxEntries: 2000, ttlSeconds: 60 });
    expect(loadConfig({ KOPPEL_SUGGESTION_CACHE_ENTRIES: '50', KOPPEL_SUGGESTION_CACHE_SECONDS: '5' }).suggestionCache).toEqual({
      maxEntries: 50,
      ttlSeconds: 5,
    });
  });

  it('turns it off with 0 entries, and stops on a bad value, naming it', () => {
    expect(loadConfig({ KOPPEL_SUGGESTION_CACHE_ENTRIES: '0' }).suggestionCache.maxEntries).toBe(0);
    expect(() => loadConfig({ KOPPEL_SUGGESTION_CACHE_ENTRIES: '-1' })).toThrow('KOPPEL_SUGGESTION_CACHE_ENTRIES must be from 0 to 1000000');
    expect(() => loadConfig({ KOPPEL_SUGGESTION_CACHE_SECONDS: '0' })).toThrow('KOPPEL_SUGGESTION_CACHE_SECONDS must be from 1 to 3600');
  });
});

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

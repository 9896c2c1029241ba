import { loadMigrations, locateNeo4jMigrations, migrateNeo4j, readSchemaVersion } from './neo4j-migrations';
import type { Driver } from 'neo4j-driver';
import { claimTestDatabase } from './neo4j-test-database';
import { describeWithNeo4j, openTestDriver } from './neo4j-test-connection';

describe('Cypher migrations in graph-schema/neo4j', () => {
  const migrations = loadMigrations(locateNeo4jMigrations());

  it('are numbered from 1 without gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('create schema idempotently (IF NOT EXISTS)', () => {
    const creates = migrations.flatMap((migration) => migration.statements).filter((statement) => /^CREATE/i.test(statement));
    expect(creates.length).toBeGreaterThan(0);
    for (const statement of creates) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it('keep schema and data changes in separate files', () => {
    for (const migration of migrations) {
      const kinds = new Set(migration.statements.map((statement) => (/^(CREATE|DROP)/i.test(statement) ? 'schema' : 'data')));
      expect({ file: migration.name, kinds: kinds.size }).toEqual({ file: migration.name, kinds: 1 });
    }
  });
});

describeWithNeo4j('Neo4j migrations on a real server', (connection) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = openTestDriver(connection);
    await claimTestDatabase(driver);
  });
  afterAll(() => driver?.close());

  it('bring the database to the newest version, store it there, and can run again harmlessly', async () => {
    const newest = loadMigrations(locateNeo4jMigrations()).at(-1)?.version;
    await expect(migrateNeo4j(driver)).resolves.toBe(newest);
    await expect(migrateNeo4j(driver)).resolves.toBe(newest);
    await expect(readSchemaVersion(driver)).resolves.toBe(newest);
  });

  it('create the unique id constraint that makes upserts safe', async () => {
    await migrateNeo4j(driver);
    const { records } = await driver.executeQuery(`SHOW CONSTRAINTS YIELD name, type WHERE name = 'node_id_unique' RETURN type`);
    expect(records.map((record) => record.get('type'))).toEqual(['UNIQUENESS']);
  });
});

import neo4j, { type Driver } from 'neo4j-driver';
import { searchKey } from '@koppel/domain';
import { loadMigrations, locateNeo4jMigrations, migrateNeo4j, readSchemaVersion } from './neo4j-migrations';
import { SET_SCHEMA_VERSION } from './neo4j-queries';
import { claimTestDatabase, wipeTestDatabase } from './neo4j-test-database';
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

  it('give nodes stored before V0013 the search key every write now gets (V0013, V0015), and the old key goes', async () => {
    await migrateNeo4j(driver);
    await wipeTestDatabase(driver);
    const names = ['Súdwest-Fryslân', 'COÖPERATIE Zonnewerf', 'Ĳsselmeer Impact', 'Frysla\u0302n', ' Impact Hub 050 & co. ', '-Stâl--Sinne!'];
    await driver.executeQuery(
      `UNWIND range(0, size($names) - 1) AS i
       CREATE (:Node {id: 'before-v13-' + i, kind: 'Network', name: $names[i], nameLower: toLower($names[i])})`,
      { names },
    );
    await driver.executeQuery(SET_SCHEMA_VERSION, { version: neo4j.int(12) });

    await migrateNeo4j(driver);

    const { records } = await driver.executeQuery(
      `MATCH (n:Node) WHERE n.id STARTS WITH 'before-v13-' RETURN n.name AS name, n.nameKey AS key, n.nameLower AS old ORDER BY n.id`,
    );
    expect(records.map((record) => record.toObject())).toEqual(names.map((name) => ({ name, key: searchKey(name), old: null })));
    await wipeTestDatabase(driver);
  });

  it('create the unique id constraint that makes upserts safe', async () => {
    await migrateNeo4j(driver);
    const { records } = await driver.executeQuery(`SHOW CONSTRAINTS YIELD name, type WHERE name = 'node_id_unique' RETURN type`);
    expect(records.map((record) => record.get('type'))).toEqual(['UNIQUENESS']);
  });
});

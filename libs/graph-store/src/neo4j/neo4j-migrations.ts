import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { BUMP_GRAPH_VERSION, SCHEMA_VERSION, SET_SCHEMA_VERSION } from './neo4j-queries';

/** A Cypher migration file from graph-schema/neo4j, e.g. V0002__create_node_indexes.cypher. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

const FILE_PATTERN = /^V(\d{4})__([a-z0-9_]+)\.cypher$/;

/** The graph-schema/neo4j folder, found by walking up from this file (source or build). */
export function locateNeo4jMigrations(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'graph-schema', 'neo4j');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`graph-schema/neo4j not found above ${start}`);
  }
}

export function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2],
      statements: readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((statement) => statement.trim())
        .filter(Boolean),
    }))
    .sort((a, b) => a.version - b.version);
}

export async function readSchemaVersion(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(SCHEMA_VERSION, {}, { routing: 'READ' });
  const version = records[0]?.get('version');
  return version === null || version === undefined ? 0 : Number(version);
}

/**
 * Brings the database to the newest schema version. Every statement is idempotent
 * (IF NOT EXISTS), so two processes migrating at once, or a rerun after a crash, is harmless.
 * Schema statements cannot share a transaction with data writes, so each runs on its own.
 */
export async function migrateNeo4j(driver: Driver, dir = locateNeo4jMigrations()): Promise<number> {
  const current = await readSchemaVersion(driver);
  const pending = loadMigrations(dir).filter((migration) => migration.version > current);
  for (const migration of pending) {
    for (const statement of migration.statements) await driver.executeQuery(statement);
    await driver.executeQuery(SET_SCHEMA_VERSION, { version: neo4j.int(migration.version) });
  }
  // A migration may change data (V0003, V0006 did): what readers kept from before is not current.
  if (pending.length > 0) await driver.executeQuery(BUMP_GRAPH_VERSION);
  return pending.length > 0 ? pending[pending.length - 1].version : current;
}

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from './embedded-graph-store';
import { EMBEDDED_MIGRATIONS } from './embedded-schema';

/** The schema version at which nodes kept their lower-cased name, before search keys. */
const LOWER_CASED_NAMES_UNTIL = EMBEDDED_MIGRATIONS.findIndex((sql) => sql.includes('RENAME COLUMN name_lower TO name_key'));

/** A store file as that version left it, with one node written the old way. */
function fileWithLowerCasedNames(dataDir: string, node: { id: string; name: string }): void {
  const db = new Database(join(dataDir, 'koppel.sqlite'));
  EMBEDDED_MIGRATIONS.slice(0, LOWER_CASED_NAMES_UNTIL).forEach((sql) => db.exec(sql));
  db.pragma(`user_version = ${LOWER_CASED_NAMES_UNTIL}`);
  db.prepare(`INSERT INTO nodes (id, kind, name_lower, data) VALUES (?, 'Network', ?, ?)`).run(
    node.id,
    node.name.toLowerCase(),
    JSON.stringify({ id: node.id, kind: 'Network', name: node.name, themes: [], offers: [], labels: [], visibleForMatchmaking: true }),
  );
  db.close();
}

describe('the embedded store file, migrated as it opens', () => {
  const root = mkdtempSync(join(tmpdir(), 'koppel-migrations-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds a node stored before names were searched without accents by its name typed without them', async () => {
    const dataDir = mkdtempSync(join(root, 'store-'));
    expect(LOWER_CASED_NAMES_UNTIL).toBeGreaterThan(0);
    fileWithLowerCasedNames(dataDir, { id: 'net-sudwest', name: 'Netwurk Súdwest-Fryslân' });

    const store = new EmbeddedGraphStore({ dataDir });
    try {
      await expect(store.migrate()).resolves.toBe(EMBEDDED_MIGRATIONS.length);
      const found = await store.findNodes({ nameContains: 'sudwest fryslan' }, { first: 10 });
      expect(found.items.map((node) => node.id)).toEqual(['net-sudwest']);
    } finally {
      await store.close();
    }
  });
});

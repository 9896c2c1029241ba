import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from './embedded-graph-store';
import { EMBEDDED_MIGRATIONS } from './embedded-schema';

/** A store file as the version before the newest left it, with one node written the old way. */
function fileBeforeNewestMigration(dataDir: string, node: { id: string; name: string }): void {
  const db = new Database(join(dataDir, 'koppel.sqlite'));
  EMBEDDED_MIGRATIONS.slice(0, -1).forEach((sql) => db.exec(sql));
  db.pragma(`user_version = ${EMBEDDED_MIGRATIONS.length - 1}`);
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
    fileBeforeNewestMigration(dataDir, { id: 'net-sudwest', name: 'Netwurk Súdwest-Fryslân' });

    const store = new EmbeddedGraphStore({ dataDir });
    try {
      await expect(store.migrate()).resolves.toBe(EMBEDDED_MIGRATIONS.length);
      const found = await store.findNodes({ nameContains: 'sudwest-fryslan' }, { first: 10 });
      expect(found.items.map((node) => node.id)).toEqual(['net-sudwest']);
    } finally {
      await store.close();
    }
  });
});

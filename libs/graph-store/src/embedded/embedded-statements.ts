import type Database from 'better-sqlite3';
import type { ValidRelationship } from '@koppel/domain';

/** The statements every upsert runs, prepared once per store rather than once per call. */
export function prepareStatements(db: Database.Database) {
  return {
    upsertNode: db.prepare(
      `INSERT INTO nodes (id, kind, name_lower, municipality, province, data, write_id)
       VALUES (@id, @kind, @name_lower, @municipality, @province, @data, @write_id)
       ON CONFLICT (id) DO UPDATE SET name_lower = excluded.name_lower,
         municipality = excluded.municipality, province = excluded.province, data = excluded.data
       RETURNING nid`,
    ),
    clearTags: db.prepare('DELETE FROM node_tags WHERE nid = ?'),
    addTag: db.prepare('INSERT OR IGNORE INTO node_tags (tag, nid) VALUES (?, ?)'),
    upsertRelationship: db.prepare(
      `INSERT INTO relationships (from_nid, type, to_nid, key, visibility, data, write_id) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET visibility = excluded.visibility, data = excluded.data`,
    ),
    insertWrite: db.prepare(
      'INSERT INTO writes (origin, added_by, added_at, reference) VALUES (?, ?, ?, ?) RETURNING write_id',
    ),
    /**
     * The ids travel as one JSON array and SQLite joins them to the id index itself. The answer
     * is one row of three JSON arrays (position among the ids, nid, kind) aggregated over the
     * same rows, so their entries line up: building a JavaScript row for each of thousands of
     * ids cost more than the lookup.
     */
    storedNodes: db
      .prepare(
        `SELECT json_group_array(wanted.key), json_group_array(n.nid), json_group_array(n.kind)
         FROM json_each(?) AS wanted JOIN nodes n ON n.id = wanted.value`,
      )
      .raw(),
  };
}

/**
 * The order to write a batch's relationships in: their primary key's (from, type, to, key).
 * SQLite then walks the table's pages in order instead of jumping about, which makes a large
 * batch's inserts about 10% cheaper. Ties keep batch order, so when a batch writes one
 * relationship twice the later write still wins, as it would unsorted.
 */
export function inKeyOrder(relationships: readonly ValidRelationship[], fromNids: readonly number[], toNids: readonly number[]): number[] {
  const order = relationships.map((_, i) => i);
  return order.sort(
    (a, b) =>
      fromNids[a] - fromNids[b] ||
      compareText(relationships[a].type, relationships[b].type) ||
      toNids[a] - toNids[b] ||
      compareText(relationships[a].key ?? '', relationships[b].key ?? '') ||
      a - b,
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

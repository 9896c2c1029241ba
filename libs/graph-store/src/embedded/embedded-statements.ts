import type Database from 'better-sqlite3';

/** The statements of every upsert and id lookup, prepared once per store rather than once per call. */
export function prepareStatements(db: Database.Database) {
  return {
    upsertNode: db.prepare(
      `INSERT INTO nodes (id, kind, name_key, municipality, province, data, write_id)
       VALUES (@id, @kind, @name_key, @municipality, @province, @data, @write_id)
       ON CONFLICT (id) DO UPDATE SET name_key = excluded.name_key,
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

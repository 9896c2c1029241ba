/**
 * The embedded store's tables, as ordered migrations. The schema version is SQLite's
 * `user_version`, so it travels with the file and needs no table of its own.
 */
export const EMBEDDED_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE nodes (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    name_lower   TEXT NOT NULL,
    municipality TEXT,
    province     TEXT,
    data         TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX nodes_by_kind ON nodes (kind, id);
  CREATE INDEX nodes_by_municipality ON nodes (municipality, id);
  CREATE INDEX nodes_by_province ON nodes (province, id);

  -- Themes and offered or needed domains, one row each, so filters use an index.
  CREATE TABLE node_tags (
    tag     TEXT NOT NULL,
    node_id TEXT NOT NULL,
    PRIMARY KEY (tag, node_id)
  ) WITHOUT ROWID;
  CREATE INDEX node_tags_by_node ON node_tags (node_id);

  CREATE TABLE relationships (
    id      TEXT PRIMARY KEY,
    type    TEXT NOT NULL,
    from_id TEXT NOT NULL,
    to_id   TEXT NOT NULL,
    data    TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX relationships_by_from ON relationships (from_id, type);
  CREATE INDEX relationships_by_to ON relationships (to_id, type);
  `,
];

export const EMBEDDED_SCHEMA_VERSION = EMBEDDED_MIGRATIONS.length;

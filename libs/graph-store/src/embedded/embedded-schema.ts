/**
 * The embedded store's tables, as ordered migrations. The schema version is SQLite's
 * `user_version`, so it travels with the file and needs no table of its own.
 *
 * Nodes get a small integer `nid` beside their text id, and relationships refer to nodes by
 * nid: integer keys make the relationship B-trees about twice as fast to write as text ones.
 * A relationship's identity (from, type, to, key) is its primary key, which doubles as the
 * index for walking outward; one more index serves walking inward.
 */
export const EMBEDDED_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE nodes (
    nid          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    name_lower   TEXT NOT NULL,
    municipality TEXT,
    province     TEXT,
    data         TEXT NOT NULL
  );
  CREATE INDEX nodes_by_kind ON nodes (kind, id);
  CREATE INDEX nodes_by_municipality ON nodes (municipality, id);
  CREATE INDEX nodes_by_province ON nodes (province, id);

  -- Themes and offered or needed domains, one row each, so filters use an index.
  CREATE TABLE node_tags (
    tag TEXT NOT NULL,
    nid INTEGER NOT NULL,
    PRIMARY KEY (tag, nid)
  ) WITHOUT ROWID;
  CREATE INDEX node_tags_by_node ON node_tags (nid);

  CREATE TABLE relationships (
    from_nid INTEGER NOT NULL,
    type     TEXT NOT NULL,
    to_nid   INTEGER NOT NULL,
    key      TEXT NOT NULL DEFAULT '',
    data     TEXT NOT NULL,
    PRIMARY KEY (from_nid, type, to_nid, key)
  ) WITHOUT ROWID;
  CREATE INDEX relationships_by_to ON relationships (to_nid, type);
  `,
  `
  -- Who may see a relationship, as a column so reads can filter on it.
  ALTER TABLE relationships ADD COLUMN visibility TEXT NOT NULL DEFAULT 'PUBLIC';

  -- Provenance: one row per write (who, when, from where); nodes and relationships point at
  -- the write that created them, so a batch of a million edges stores its provenance once.
  CREATE TABLE writes (
    write_id  INTEGER PRIMARY KEY,
    origin    TEXT NOT NULL,
    added_by  TEXT NOT NULL,
    added_at  TEXT NOT NULL,
    reference TEXT
  );
  ALTER TABLE nodes ADD COLUMN write_id INTEGER REFERENCES writes (write_id);
  ALTER TABLE relationships ADD COLUMN write_id INTEGER REFERENCES writes (write_id);
  `,
  `
  -- Introductions: the whole record as JSON, beside the columns that are searched or counted.
  -- Listings are by requested_at then id, for one requester, one target, or all.
  CREATE TABLE introductions (
    id             TEXT PRIMARY KEY,
    requester_nid  INTEGER NOT NULL,
    target_nid     INTEGER NOT NULL,
    introducer_nid INTEGER,
    status         TEXT NOT NULL,
    outcome_kind   TEXT,
    requested_at   TEXT NOT NULL,
    version        INTEGER NOT NULL,
    data           TEXT NOT NULL
  );
  CREATE INDEX introductions_by_requester ON introductions (requester_nid, requested_at, id);
  CREATE INDEX introductions_by_target ON introductions (target_nid, requested_at, id);
  CREATE INDEX introductions_by_introducer ON introductions (introducer_nid);
  CREATE INDEX introductions_by_time ON introductions (requested_at, id);

  -- How often a node was shown a suggestion of another, and when last.
  CREATE TABLE suggestion_impressions (
    subject_nid   INTEGER NOT NULL,
    target_nid    INTEGER NOT NULL,
    times_shown   INTEGER NOT NULL,
    last_shown_at TEXT NOT NULL,
    PRIMARY KEY (subject_nid, target_nid)
  ) WITHOUT ROWID;
  CREATE INDEX suggestion_impressions_by_target ON suggestion_impressions (target_nid);

  -- A deleted node takes its introductions (as requester or target) and impressions with it;
  -- an introduction it was only asked to make loses its introducer and moves to the next
  -- version. A trigger, so that every way of deleting a node keeps this, and writing nodes
  -- (an insert or an upsert's update) pays nothing for it.
  CREATE TRIGGER nodes_delete_introductions AFTER DELETE ON nodes BEGIN
    DELETE FROM introductions WHERE requester_nid = old.nid;
    DELETE FROM introductions WHERE target_nid = old.nid;
    UPDATE introductions SET introducer_nid = NULL, version = version + 1, data = json_remove(data, '$.introducerId')
      WHERE introducer_nid = old.nid;
    DELETE FROM suggestion_impressions WHERE subject_nid = old.nid;
    DELETE FROM suggestion_impressions WHERE target_nid = old.nid;
  END;
  `,
  `
  -- Accounts: beside the graph, not in it (no node, no relationship), so no read of the graph
  -- sees them. The organisation and person are node ids (the API checks them when an account
  -- is made). E-mails are stored lower-cased, so UNIQUE keeps one account per address.
  CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    person_id       TEXT,
    password_hash   TEXT NOT NULL,
    created_at      TEXT NOT NULL
  );
  `,
  `
  -- The audit trail of erasures and consent changes; never personal data (see audit-entry.ts).
  CREATE TABLE audit_entries (
    id               TEXT PRIMARY KEY,
    at               TEXT NOT NULL,
    action           TEXT NOT NULL,
    actor_account_id TEXT NOT NULL,
    subject          TEXT NOT NULL,
    reason           TEXT NOT NULL
  );
  CREATE INDEX audit_entries_by_time ON audit_entries (at, id);
  CREATE INDEX audit_entries_by_subject ON audit_entries (subject, at, id);
  CREATE INDEX audit_entries_by_actor ON audit_entries (actor_account_id, at, id);
  `,
  `
  -- Names are searched without accents ("fryslan" finds "Fryslân"): the lower-cased name
  -- becomes the search key, made by the same searchKey the writes use (registered on the
  -- connection as search_key before migrating).
  ALTER TABLE nodes RENAME COLUMN name_lower TO name_key;
  UPDATE nodes SET name_key = search_key(json_extract(data, '$.name'));
  `,
  `
  -- The search key now reads punctuation as a space ("midden groningen" finds Midden-Groningen):
  -- every key made again by today's searchKey.
  UPDATE nodes SET name_key = search_key(json_extract(data, '$.name'));
  `,
];

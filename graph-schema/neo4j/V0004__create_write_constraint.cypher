// Provenance lives once per write on a KoppelWrite node; nodes and relationships point at it
// by writeId, which every read looks up.
CREATE CONSTRAINT write_id_unique IF NOT EXISTS FOR (w:KoppelWrite) REQUIRE w.writeId IS UNIQUE;

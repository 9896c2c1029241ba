// Every node carries the label Node and a unique, stable id; the kind is also a label.
CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
// One schema-version node, so the version lives in the database it describes.
CREATE CONSTRAINT schema_version_singleton IF NOT EXISTS FOR (s:KoppelSchema) REQUIRE s.name IS UNIQUE;

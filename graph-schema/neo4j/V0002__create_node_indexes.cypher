// Filters of findNodes: kind, location, and name search on the lower-cased name.
CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind);
CREATE INDEX node_municipality IF NOT EXISTS FOR (n:Node) ON (n.municipality);
CREATE INDEX node_province IF NOT EXISTS FOR (n:Node) ON (n.province);
CREATE TEXT INDEX node_name_lower IF NOT EXISTS FOR (n:Node) ON (n.nameLower);

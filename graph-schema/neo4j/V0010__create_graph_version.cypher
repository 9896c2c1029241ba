// The version of the ecosystem graph lives on one node, which every write of nodes or
// relationships gives a new random version; readers that keep what they read (the match
// context) compare it to know whether the graph changed. The runner sets it after migrating.
CREATE CONSTRAINT graph_version_singleton IF NOT EXISTS FOR (v:KoppelGraphVersion) REQUIRE v.name IS UNIQUE;

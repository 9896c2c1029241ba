// Data change: every write now gives a node a random rev, by which readers may keep a node they
// parsed. Nodes written before have none: give them one. Idempotent: only nodes without are touched.
MATCH (n:Node) WHERE n.rev IS NULL SET n.rev = randomUUID();

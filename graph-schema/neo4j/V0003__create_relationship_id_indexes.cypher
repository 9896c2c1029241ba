// Relationship ids are looked up on every upsert (idempotency, and an id never moves);
// Neo4j indexes relationship properties per type, so one index per type.
CREATE INDEX rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX rel_works_for_id IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.id);
CREATE INDEX rel_knows_id IF NOT EXISTS FOR ()-[r:KNOWS]-() ON (r.id);
CREATE INDEX rel_funded_id IF NOT EXISTS FOR ()-[r:FUNDED]-() ON (r.id);
CREATE INDEX rel_bought_from_id IF NOT EXISTS FOR ()-[r:BOUGHT_FROM]-() ON (r.id);
CREATE INDEX rel_supported_by_id IF NOT EXISTS FOR ()-[r:SUPPORTED_BY]-() ON (r.id);
CREATE INDEX rel_partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.id);
CREATE INDEX rel_purchases_for_id IF NOT EXISTS FOR ()-[r:PURCHASES_FOR]-() ON (r.id);
CREATE INDEX rel_organised_id IF NOT EXISTS FOR ()-[r:ORGANISED]-() ON (r.id);
CREATE INDEX rel_attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);

// Introductions are nodes of their own label, not :Node, so no read of the ecosystem graph sees
// them. Their id is unique: of two concurrent requests for one pair, the second is refused.
CREATE CONSTRAINT introduction_id_unique IF NOT EXISTS FOR (i:Introduction) REQUIRE i.id IS UNIQUE;
// Listings of every introduction are ordered by when they were requested.
CREATE INDEX introduction_requested_at IF NOT EXISTS FOR (i:Introduction) ON (i.requestedAt);

// The audit trail (erasures, consent changes): nodes of their own label, not :Node, so no read of
// the ecosystem graph sees them. Ids are unique; listings are by time, for a subject or an actor.
CREATE CONSTRAINT audit_entry_id_unique IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_entry_subject IF NOT EXISTS FOR (a:AuditEntry) ON (a.subject);
CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actorAccountId);

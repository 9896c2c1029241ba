// Accounts are nodes of their own label, not :Node, and have no relationships: no read of the
// ecosystem graph (nodes, counts, walks, exports) matches them. One account per id and per
// e-mail (kept lower-cased): of two concurrent sign-ups with one address, the second is refused.
CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT account_email_unique IF NOT EXISTS FOR (a:Account) REQUIRE a.email IS UNIQUE;

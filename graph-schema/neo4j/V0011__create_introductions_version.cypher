// The version of all introductions lives on one node, which every write of an introduction gives
// a new random version in the same transaction; a cache of suggestions (which count every
// target's record of introductions) compares it to know whether any introduction changed.
CREATE CONSTRAINT introductions_version_singleton IF NOT EXISTS FOR (v:KoppelIntroductionsVersion) REQUIRE v.name IS UNIQUE;

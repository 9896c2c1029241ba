// The match context counts, for each candidate, the introductions addressed to it: an index seek
// per candidate instead of a walk through each candidate's relationships.
CREATE INDEX introduction_target IF NOT EXISTS FOR (i:Introduction) ON (i.targetId);

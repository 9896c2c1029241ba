// Data change: nodes stored before get nameKey, the key libs/domain's searchKey gave every write
// then (NFKD, the combining marks U+0300-U+036F left out, lower case; V0015 makes today's key),
// and lose nameLower. Idempotent: only nodes without a key are touched.
MATCH (n:Node) WHERE n.nameKey IS NULL
SET n.nameKey = toLower(reduce(key = '', c IN split(normalize(n.name, NFKD), '') |
      key + CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN '' ELSE c END)),
    n.nameLower = null;

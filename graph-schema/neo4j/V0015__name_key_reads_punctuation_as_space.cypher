// Data change: the search key now also reads any run of characters that are not letters or digits
// as one space ("midden groningen" finds Midden-Groningen): every node's nameKey made again as
// libs/domain's searchKey makes it (NFKD, the combining marks U+0300-U+036F left out, lower case,
// punctuation runs as one space, trimmed). Idempotent: the same name gives the same key.
MATCH (n:Node)
SET n.nameKey = trim(toLower(reduce(key = '', c IN split(normalize(n.name, NFKD), '') |
      key + CASE
        WHEN c >= '\u0300' AND c <= '\u036f' THEN ''
        WHEN c =~ '[\\p{L}\\p{N}]' THEN c
        WHEN key = '' OR key ENDS WITH ' ' THEN ''
        ELSE ' '
      END)));

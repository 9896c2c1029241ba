/**
 * The form in which names are searched: lower case, without accents, so that "sudwest fryslan"
 * finds "Súdwest-Fryslân" and "cooperatie" finds "Coöperatie", as a Dutch or Frisian user types.
 *
 * Only the combining marks U+0300–U+036F go (after NFKD, which also splits ligatures such as
 * "ĳ"): the Neo4j migration that builds this key for stored nodes (V0012) does the same in
 * Cypher, which has no Unicode character classes, and both must give the same key.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

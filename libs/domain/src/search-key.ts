/**
 * Text without accents, in lower case: "Súdwest-Fryslân" -> "sudwest-fryslan". Only the combining
 * marks U+0300–U+036F go (after NFKD, which also splits ligatures such as "ĳ"): the Neo4j
 * migration that builds search keys for stored nodes (V0015) does the same in Cypher, which has
 * no Unicode-aware replace, and both must give the same key.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The form in which names are searched: without accents, in lower case, and with every run of
 * characters that are not letters or digits as one space. So "sudwest fryslan" finds
 * "Súdwest-Fryslân", "midden groningen" finds "Midden-Groningen" and "cooperatie" finds
 * "Coöperatie", as a Dutch or Frisian user types them.
 */
export function searchKey(text: string): string {
  return foldAccents(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

import { searchKey } from '@koppel/domain';
import type { GraphNode } from '../api/graph-types';

/** At most this many names are listed under the search box. */
export const MAX_SEARCH_MATCHES = 8;

/** The nodes of a graph with their names as searched; made once per loaded graph, not per keystroke. */
export interface NameIndex {
  readonly entries: readonly { node: GraphNode; key: string }[];
}

export function nameIndex(nodes: readonly GraphNode[]): NameIndex {
  return { entries: nodes.map((node) => ({ node, key: searchKey(node.name) })) };
}

/**
 * The nodes whose name holds the query as the API's `nameContains` finds it (any case, with or
 * without accents: "sudwest" finds Súdwest-Fryslân), best first: a name that starts with it, then
 * one with a word that starts with it, then the rest; alphabetically within each.
 */
export function findNodesByName(index: NameIndex, query: string, limit = MAX_SEARCH_MATCHES): GraphNode[] {
  const wanted = searchKey(query.trim());
  if (wanted === '') return [];
  const rank = (key: string) => (key.startsWith(wanted) ? 0 : key.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(wanted)) ? 1 : 2);
  return index.entries
    .filter(({ key }) => key.includes(wanted))
    .map((entry) => ({ ...entry, rank: rank(entry.key) }))
    .sort((a, b) => a.rank - b.rank || a.node.name.localeCompare(b.node.name, 'nl'))
    .slice(0, limit)
    .map(({ node }) => node);
}

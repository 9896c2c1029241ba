import type { NodeFilter, RelationshipFilter } from '../graph-store.port';

export interface SqlWhere {
  sql: string;
  params: unknown[];
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(',');

/** The WHERE clause for a node filter: fixed clauses, values only as parameters. */
export function nodeWhere(filter: NodeFilter): SqlWhere {
  const clauses = ['1 = 1'];
  const params: unknown[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    clauses.push(`kind IN (${marks(filter.kinds)})`);
    params.push(...filter.kinds);
  }
  if (filter.nameContains) {
    clauses.push('instr(name_lower, ?) > 0');
    params.push(filter.nameContains.toLowerCase());
  }
  if (filter.municipality) {
    clauses.push('municipality = ?');
    params.push(filter.municipality);
  }
  if (filter.province) {
    clauses.push('province = ?');
    params.push(filter.province);
  }
  const tags = [
    filter.theme && `theme:${filter.theme}`,
    filter.offers && `offers:${filter.offers}`,
    filter.needs && `needs:${filter.needs}`,
  ].filter((tag): tag is string => Boolean(tag));
  for (const tag of tags) {
    clauses.push('id IN (SELECT node_id FROM node_tags WHERE tag = ?)');
    params.push(tag);
  }
  return { sql: clauses.join(' AND '), params };
}

export function relationshipWhere(filter: RelationshipFilter): SqlWhere {
  const clauses = ['1 = 1'];
  const params: unknown[] = [];
  if (filter.types && filter.types.length > 0) {
    clauses.push(`type IN (${marks(filter.types)})`);
    params.push(...filter.types);
  }
  if (filter.nodeIds && filter.nodeIds.length > 0) {
    clauses.push(`(from_id IN (${marks(filter.nodeIds)}) OR to_id IN (${marks(filter.nodeIds)}))`);
    params.push(...filter.nodeIds, ...filter.nodeIds);
  }
  return { sql: clauses.join(' AND '), params };
}

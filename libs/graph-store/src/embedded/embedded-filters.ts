import { searchKey } from '@koppel/domain';
import type { NodeFilter, RelationshipFilter } from '../graph-store.port';

export interface SqlWhere {
  sql: string;
  params: unknown[];
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(',');

/** The WHERE clause over `nodes n` for a node filter: fixed clauses, values as parameters. */
export function nodeWhere(filter: NodeFilter): SqlWhere {
  const clauses = ['1 = 1'];
  const params: unknown[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    clauses.push(`n.kind IN (${marks(filter.kinds)})`);
    params.push(...filter.kinds);
  }
  if (filter.nameContains) {
    clauses.push('instr(n.name_key, ?) > 0');
    params.push(searchKey(filter.nameContains));
  }
  if (filter.municipality) {
    clauses.push('n.municipality = ?');
    params.push(filter.municipality);
  }
  if (filter.province) {
    clauses.push('n.province = ?');
    params.push(filter.province);
  }
  // Read from the stored record rather than a tag: filtered together with a kind, the
  // entrepreneurs are few enough to read, and no migration has to tag the nodes already stored.
  if (filter.stage) {
    clauses.push(`n.kind = 'Entrepreneur' AND json_extract(n.data, '$.stage') = ?`);
    params.push(filter.stage);
  }
  if (filter.enterpriseKind) {
    clauses.push(`n.kind = 'Entrepreneur' AND json_extract(n.data, '$.enterpriseKind') = ?`);
    params.push(filter.enterpriseKind);
  }
  const tags = [
    filter.theme && `theme:${filter.theme}`,
    filter.offers && `offers:${filter.offers}`,
    filter.needs && `needs:${filter.needs}`,
  ].filter((tag): tag is string => Boolean(tag));
  for (const tag of tags) {
    clauses.push('n.nid IN (SELECT nid FROM node_tags WHERE tag = ?)');
    params.push(tag);
  }
  if (filter.needsShared !== undefined) {
    // Read from the record: entrepreneurs are few, and rows written before the field existed
    // (no needsShared) count as not sharing.
    clauses.push(`n.kind = 'Entrepreneur' AND coalesce(json_extract(n.data, '$.needsShared'), 0) = ?`);
    params.push(filter.needsShared ? 1 : 0);
  }
  return { sql: clauses.join(' AND '), params };
}

/** The WHERE clause over `relationships r` joined to `nodes f` (from) and `nodes t` (to). */
export function relationshipWhere(filter: RelationshipFilter): SqlWhere {
  const clauses = ['1 = 1'];
  const params: unknown[] = [];
  if (filter.types && filter.types.length > 0) {
    clauses.push(`r.type IN (${marks(filter.types)})`);
    params.push(...filter.types);
  }
  if (filter.visibilities && filter.visibilities.length > 0) {
    const touching = filter.visibleWhenTouching ?? [];
    clauses.push(
      touching.length > 0
        ? `(r.visibility IN (${marks(filter.visibilities)}) OR f.id IN (${marks(touching)}) OR t.id IN (${marks(touching)}))`
        : `r.visibility IN (${marks(filter.visibilities)})`,
    );
    params.push(...filter.visibilities, ...touching, ...touching);
  }
  if (filter.nodeIds && filter.nodeIds.length > 0) {
    clauses.push(`(f.id IN (${marks(filter.nodeIds)}) OR t.id IN (${marks(filter.nodeIds)}))`);
    params.push(...filter.nodeIds, ...filter.nodeIds);
  }
  return { sql: clauses.join(' AND '), params };
}

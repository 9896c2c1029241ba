import { ValidationError } from '@koppel/domain';
import type { AuditEntry, Introduction, StakeholderNode, ValidRelationship } from '@koppel/domain';
import type { Page } from './graph-store.port';

/**
 * Cursors are opaque to clients; inside they are the sort key of the last item seen. Nodes
 * are listed by id; relationships by (from, type, to, key), i.e. grouped by where they start;
 * introductions by (requestedAt, id).
 */
export type SortKey = readonly string[];

export function nodeSortKey(node: Pick<StakeholderNode, 'id'>): SortKey {
  return [node.id];
}

export function relationshipSortKey(rel: Pick<ValidRelationship, 'from' | 'type' | 'to' | 'key'>): SortKey {
  return [rel.from, rel.type, rel.to, rel.key ?? ''];
}

/** Introductions are listed oldest first, ties by id. */
export function introductionSortKey(introduction: Pick<Introduction, 'requestedAt' | 'id'>): SortKey {
  return [introduction.requestedAt, introduction.id];
}

/** Audit entries are listed oldest first, ties by id. */
export function auditEntrySortKey(entry: Pick<AuditEntry, 'at' | 'id'>): SortKey {
  return [entry.at, entry.id];
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(['k', ...key]), 'utf8').toString('base64url');
}

/** The sort key inside a cursor of `length` parts; undefined when there is no cursor (or null). */
export function decodeCursor(cursor: string | null | undefined, length: number): SortKey | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed[0] === 'k' &&
    parsed.length === length + 1 &&
    parsed.every((part) => typeof part === 'string');
  if (!valid) throw new ValidationError([{ field: 'after', reason: 'is not a cursor this API gave out' }]);
  return (parsed as string[]).slice(1);
}

/** One page from `first + 1` fetched rows: the extra row only says that more exist. */
export function toPage<T>(rows: T[], first: number, totalCount: number, sortKey: (item: T) => SortKey): Page<T> {
  const items = rows.slice(0, first);
  return {
    items,
    endCursor: items.length > 0 ? encodeCursor(sortKey(items[items.length - 1])) : null,
    hasNextPage: rows.length > first,
    totalCount,
  };
}

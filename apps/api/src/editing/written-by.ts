import { FieldIssue, GraphBatchInput, ValidationError, Viewer, WriteContext } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';

/** What a user's edit is stamped with: origin USER, by the signed-in account. */
export function writtenBy(viewer: Viewer): WriteContext {
  return { origin: 'USER', actor: viewer.accountId };
}

/**
 * Writes one node or one relationship through the store, whose validation is the one every
 * import obeys; a refusal names the fields as the client sent them (`input.name`, not
 * `nodes[0].name`), under the argument `argument`.
 */
export async function writeOne(store: GraphStore, batch: GraphBatchInput, viewer: Viewer, argument: string): Promise<void> {
  try {
    await store.upsert(batch, writtenBy(viewer));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.issues.map(
        (issue): FieldIssue => ({ field: issue.field.replace(/^(nodes|relationships)\[0\]/, argument), reason: issue.reason }),
      ),
    );
  }
}

/** A patch applied to a record: a field left out keeps its value, null removes it. */
export function applyPatch<T extends object>(record: T, patch: object): T {
  const merged = { ...record } as Record<string, unknown>;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  return merged as T;
}

/** The fields of an input the client set: GraphQL's nulls dropped (defaults then apply). */
export function withoutNulls<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as Partial<T>;
}

import { createHash, randomUUID } from 'node:crypto';
import { auditReasonSchema, ErasureResult, ForbiddenError, hasRole, issuesOf, ValidationError, Viewer } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';

/**
 * The audit entry names an erased person by a hash of their id, never the id: ids are often made
 * of names (`person:anouk-veldkamp`). Whoever knows the id can still check it was erased.
 */
export function erasedSubject(personId: string): string {
  return `sha256:${createHash('sha256').update(personId).digest('hex')}`;
}

/** Forgetting a person: a coordinator (or admin), or the person themself. See erasure.ts in libs/domain. */
export class PersonErasure {
  constructor(private readonly store: GraphStore) {}

  async forgetPerson(viewer: Viewer, personId: string, reason: string, now = new Date()): Promise<ErasureResult> {
    const parsed = auditReasonSchema.safeParse(reason);
    if (!parsed.success) throw new ValidationError(issuesOf(parsed.error, 'reason'));
    if (!hasRole(viewer, 'COORDINATOR') && viewer.personId !== personId) {
      throw new ForbiddenError('only a coordinator, an admin or the person themself may have a person forgotten');
    }
    return this.store.forgetPerson(personId, {
      id: `audit:${randomUUID()}`,
      at: now.toISOString(),
      action: 'FORGET_PERSON',
      actorAccountId: viewer.accountId,
      subject: erasedSubject(personId),
      reason: parsed.data,
    });
  }
}

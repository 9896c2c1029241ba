import { ConflictError, FieldIssue, Introduction, NotFoundError, ValidationError } from '@koppel/domain';

/**
 * What every store refuses about introductions, in the same words: the rules of the port's
 * createIntroduction and saveIntroduction that do not depend on how they are stored.
 */

export function introductionNotFound(id: string): NotFoundError {
  return new NotFoundError('Introduction', id);
}

export function introductionTaken(id: string): ConflictError {
  return new ConflictError(`introduction '${id}' already exists`);
}

/** `stored` is the version found, or null when it changed between the check and the write. */
export function staleIntroduction(introduction: Introduction, stored: number | null): ConflictError {
  const found = stored === null ? '' : ` (read at version ${introduction.version}, now at ${stored})`;
  return new ConflictError(`introduction '${introduction.id}' changed since it was read${found}; read it again`);
}

/** Requester, target and introducer are fixed when an introduction is created. */
export function checkIntroductionParties(stored: Introduction, next: Introduction): void {
  const issues: FieldIssue[] = (['requesterId', 'targetId', 'introducerId'] as const)
    .filter((field) => stored[field] !== next[field])
    .map((field) => ({ field, reason: 'cannot change once the introduction is requested' }));
  if (issues.length > 0) throw new ValidationError(issues);
}

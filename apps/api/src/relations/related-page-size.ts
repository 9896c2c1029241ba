import { ValidationError } from '@koppel/domain';

/** A node's relationship fields page by at most this many; a list of 50 nodes then stays bounded. */
export const MAX_RELATED_PAGE_SIZE = 100;

export function checkRelatedPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_RELATED_PAGE_SIZE) {
    throw new ValidationError([{ field: 'first', reason: `must be a whole number from 1 to ${MAX_RELATED_PAGE_SIZE}` }]);
  }
}

import { ValidationError } from '@koppel/domain';

/**
 * Cursors are opaque to clients but are simply the id of the last item seen, since every
 * listing is ordered by id. Encoding keeps clients from building them by hand.
 */
export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('id:')) {
    throw new ValidationError([{ field: 'after', reason: 'is not a cursor this API gave out' }]);
  }
  return decoded.slice(3);
}

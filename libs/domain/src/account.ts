/**
 * Accounts and the viewer: who is asking. Every account acts for one organisation (a node of the
 * graph) and, when it belongs to a known contact person, for that person too.
 */
export const ROLES = ['COORDINATOR', 'ENTREPRENEUR', 'FUND', 'PURCHASER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in caller as the API sees it after checking the token. */
export interface Viewer {
  readonly accountId: string;
  readonly role: Role;
  /** The organisation node this account acts for, e.g. `ent:zorgboerderij-de-es`. */
  readonly organisationId: string;
  /** The person node of the account holder, when there is one. */
  readonly personId?: string;
}

/** An account as stored. The password is only ever kept as an argon2 hash. */
export interface Account {
  readonly id: string;
  /** Lower-cased; unique. */
  readonly email: string;
  readonly role: Role;
  readonly organisationId: string;
  readonly personId?: string;
  readonly passwordHash: string;
  readonly createdAt: string;
}

/** ADMIN may do whatever a COORDINATOR may; every other role is only itself. */
export function hasRole(viewer: Pick<Viewer, 'role'>, ...allowed: readonly Role[]): boolean {
  if (allowed.includes(viewer.role)) return true;
  return viewer.role === 'ADMIN' && allowed.includes('COORDINATOR');
}

export function viewerOf(account: Account): Viewer {
  return {
    accountId: account.id,
    role: account.role,
    organisationId: account.organisationId,
    ...(account.personId ? { personId: account.personId } : {}),
  };
}

/** Roles that may bring data in and take the graph out (the API says FORBIDDEN to the rest). */
const TRANSFER_ROLES: ReadonlySet<string> = new Set(['COORDINATOR', 'ADMIN']);

/** Whether an account of this role gets the data panel. */
export function mayTransferData(role: string | null | undefined): boolean {
  return role != null && TRANSFER_ROLES.has(role);
}

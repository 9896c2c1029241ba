import { hasRole, type Viewer } from './account';

/**
 * Who may see an entrepreneur's needs (what it asks for: a loan, a launching customer, interns).
 *
 * - the entrepreneur's own accounts and coordinators (and admins): always;
 * - funds and purchasers: always. The needs are addressed to them (a finance ask, a market ask),
 *   scouting and supplier search read them, and the restriction is about peers;
 * - other entrepreneurs: only when the entrepreneur shares them (`needsShared`). Peers may be
 *   competitors, and an unshared need (say, a loan it is looking for) is commercially sensitive.
 *
 * The same rule decides whether matching reasons may mention a need to an entrepreneur viewer
 * (see the API's suggestion masking).
 */
export interface NeedsHolder {
  readonly id: string;
  readonly needsShared?: boolean;
}

export function maySeeNeeds(viewer: Viewer, entrepreneur: NeedsHolder): boolean {
  if (hasRole(viewer, 'COORDINATOR', 'FUND', 'PURCHASER')) return true;
  if (viewer.organisationId === entrepreneur.id) return true;
  return entrepreneur.needsShared === true;
}

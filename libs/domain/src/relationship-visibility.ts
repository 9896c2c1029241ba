import { hasRole, type Viewer } from './account';
import type { Visibility } from './relationship.schema';

/**
 * Who may see a relationship, by its visibility. Every operation needs a sign-in, so:
 *
 * - PUBLIC: every signed-in account;
 * - MEMBERS: every signed-in account too. All accounts are members of the Koppel network; the
 *   difference with PUBLIC is kept for the day some data is served without a sign-in (an open
 *   map), which would show PUBLIC only;
 * - COORDINATORS: coordinators and admins, and the accounts of the two endpoints themselves
 *   (their organisation or their person): nobody is hidden a tie of their own.
 */
export interface RelationshipViewScope {
  /** Relationships of these visibilities are seen wherever they are. */
  readonly visibilities: readonly Visibility[];
  /** Relationships of any other visibility are seen when one of their ends is one of these nodes. */
  readonly visibleWhenTouching: readonly string[];
}

const EVERY_VISIBILITY: readonly Visibility[] = ['PUBLIC', 'MEMBERS', 'COORDINATORS'];
const SIGNED_IN_VISIBILITIES: readonly Visibility[] = ['PUBLIC', 'MEMBERS'];

export function relationshipScopeFor(viewer: Viewer): RelationshipViewScope {
  if (hasRole(viewer, 'COORDINATOR')) return { visibilities: EVERY_VISIBILITY, visibleWhenTouching: [] };
  const own = viewer.personId ? [viewer.organisationId, viewer.personId] : [viewer.organisationId];
  return { visibilities: SIGNED_IN_VISIBILITIES, visibleWhenTouching: own };
}

export function maySeeRelationship(viewer: Viewer, relationship: { visibility: Visibility; from: string; to: string }): boolean {
  const scope = relationshipScopeFor(viewer);
  if (scope.visibilities.includes(relationship.visibility)) return true;
  return scope.visibleWhenTouching.includes(relationship.from) || scope.visibleWhenTouching.includes(relationship.to);
}

import { hasRole, Viewer, Visibility, VISIBILITIES } from '@koppel/domain';

const PUBLIC_ONLY: readonly Visibility[] = ['PUBLIC'];

/**
 * Which relationships a caller may see. Coordinators (and admins) see every relationship;
 * everyone else, signed in or not, sees the PUBLIC ones. MEMBERS-only ties stay hidden from
 * members too until membership of the networks involved is checked per tie.
 */
export function visibleTo(viewer: Viewer | undefined): readonly Visibility[] {
  return viewer && hasRole(viewer, 'COORDINATOR') ? VISIBILITIES : PUBLIC_ONLY;
}

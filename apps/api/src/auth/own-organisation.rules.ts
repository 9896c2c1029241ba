import { ForbiddenError, hasRole, type Viewer } from '@koppel/domain';

/** Does the viewer act for this node: its organisation, or its own person? */
export function actsFor(viewer: Viewer, nodeId: string): boolean {
  return viewer.organisationId === nodeId || viewer.personId === nodeId;
}

/**
 * A coordinator (or admin) may ask about anyone; every other role only about its own
 * organisation (or person). FORBIDDEN otherwise, naming the argument and what would be allowed.
 */
export function requireOwnUnlessCoordinator(viewer: Viewer, nodeId: string, argument: string): void {
  if (hasRole(viewer, 'COORDINATOR') || actsFor(viewer, nodeId)) return;
  throw new ForbiddenError(
    `${argument} '${nodeId}' is not the organisation of this account ('${viewer.organisationId}'); only a COORDINATOR or ADMIN may ask for another`,
  );
}

import { hasRole, Viewer } from './account';
import { ForbiddenError } from './domain-errors';

/** A change to the graph someone asks to make, with what decides who may make it. */
export type GraphEdit =
  | { readonly action: 'createNode' }
  | { readonly action: 'updateNode'; readonly nodeId: string }
  | { readonly action: 'deleteNode'; readonly nodeId: string }
  /** Creating, changing the properties of, or deleting a relationship between two nodes. */
  | { readonly action: 'editRelationship'; readonly from: string; readonly to: string };

/** The nodes an account speaks for: its organisation, and its holder's own person node. */
function ownNodes(viewer: Viewer): string[] {
  return viewer.personId ? [viewer.organisationId, viewer.personId] : [viewer.organisationId];
}

/**
 * Why this viewer may not make this edit; null when they may. Coordinators (and admins) keep
 * the whole graph. Anyone else may change their own node and the relationships their own node
 * is an end of, and nothing else: adding or removing nodes is a coordinator's job, so the graph
 * does not fill up with duplicates nobody curates.
 */
export function editRefusal(viewer: Viewer, edit: GraphEdit): string | null {
  if (hasRole(viewer, 'COORDINATOR')) return null;
  const own = ownNodes(viewer);
  switch (edit.action) {
    case 'createNode':
      return 'only coordinators may add nodes; ask a coordinator to add it';
    case 'deleteNode':
      return 'only coordinators may delete nodes';
    case 'updateNode':
      return own.includes(edit.nodeId) ? null : `an account may change only its own organisation, not '${edit.nodeId}'`;
    case 'editRelationship':
      return own.includes(edit.from) || own.includes(edit.to)
        ? null
        : 'an account may change only relationships its own organisation is an end of';
  }
}

export function mayEdit(viewer: Viewer, edit: GraphEdit): boolean {
  return editRefusal(viewer, edit) === null;
}

/** Throws ForbiddenError, saying why, when the viewer may not make the edit. */
export function requireMayEdit(viewer: Viewer, edit: GraphEdit): void {
  const refusal = editRefusal(viewer, edit);
  if (refusal) throw new ForbiddenError(refusal);
}

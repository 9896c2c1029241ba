import { relationshipScopeFor, Viewer, Visibility } from '@koppel/domain';

/**
 * Which visibilities of relationship a viewer sees in the relationship fields of the node types:
 * the visibilities of the one rule (libs/domain relationship-visibility.ts). A non-coordinator's
 * own COORDINATORS-only ties, which `relationships` and `neighbourhood` also show them, are left out
 * here: the batched store read takes visibilities only, and leaving a tie out is the safe side.
 */
export function visibleTo(viewer: Viewer | undefined): readonly Visibility[] {
  return viewer ? relationshipScopeFor(viewer).visibilities : ['PUBLIC'];
}

import { relationshipScopeFor, Viewer, type RelationshipViewScope } from '@koppel/domain';

const ANONYMOUS: RelationshipViewScope = { visibilities: ['PUBLIC'], visibleWhenTouching: [] };

/**
 * Which relationships a viewer sees in the relationship fields of the node types: the one rule
 * of libs/domain (relationship-visibility.ts), as `relationships` and `neighbourhood` apply it.
 * The guard lets no anonymous caller this far; PUBLIC is the safe answer all the same.
 */
export function visibleTo(viewer: Viewer | undefined): RelationshipViewScope {
  return viewer ? relationshipScopeFor(viewer) : ANONYMOUS;
}

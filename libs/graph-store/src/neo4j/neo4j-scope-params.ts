import type { RelationshipScope } from '../graph-store.port';

/**
 * A relationship scope as query parameters: null means "no restriction" in every query, and
 * `touching` lists the nodes whose own ties are visible whatever their visibility.
 */
export function scopeParams(scope: RelationshipScope): {
  types: readonly string[] | null;
  visibilities: readonly string[] | null;
  touching: readonly string[];
} {
  return {
    types: scope.types?.length ? scope.types : null,
    visibilities: scope.visibilities?.length ? scope.visibilities : null,
    touching: scope.visibleWhenTouching ?? [],
  };
}

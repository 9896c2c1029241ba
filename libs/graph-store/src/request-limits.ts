import {
  FieldIssue,
  MAX_INTERMEDIARY_DEGREE,
  MAX_MATCH_CANDIDATES,
  MatchContextRequest,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  ValidationError,
  VISIBILITIES,
} from '@koppel/domain';
import {
  BetweenOptions,
  RelatedFieldsRequest,
  RelationshipsOfManyOptions,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_RELATED_FIELDS,
  MAX_PAGE_SIZE,
  MAX_PATH_HOPS,
  NeighbourhoodOptions,
  PageRequest,
  PathOptions,
} from './graph-store.port';

/**
 * Bounds every read so that no request can ask a store for unbounded work. Shared by the
 * adapters so both refuse the same requests with the same words.
 */
function requireIntegerIn(field: string, value: number, min: number, max: number): FieldIssue[] {
  return Number.isInteger(value) && value >= min && value <= max
    ? []
    : [{ field, reason: `must be a whole number from ${min} to ${max}` }];
}

function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}

export function checkPageRequest(page: PageRequest): void {
  throwIfAny(requireIntegerIn('first', page.first, 1, MAX_PAGE_SIZE));
}

export function checkNeighbourhoodOptions(options: NeighbourhoodOptions): void {
  throwIfAny([
    ...requireIntegerIn('depth', options.depth, 1, MAX_NEIGHBOURHOOD_DEPTH),
    ...(options.limit === undefined ? [] : requireIntegerIn('limit', options.limit, 1, 10_000)),
  ]);
}

export function checkPathOptions(options: PathOptions): void {
  throwIfAny(requireIntegerIn('maxHops', options.maxHops, 1, MAX_PATH_HOPS));
}

/** Hops and hub bound within range; returns the hub bound, defaulted. */
export function checkBetweenOptions(options: BetweenOptions): number {
  const maxDegree = options.maxIntermediaryDegree ?? MAX_INTERMEDIARY_DEGREE;
  throwIfAny([
    ...requireIntegerIn('maxHops', options.maxHops, 1, MAX_PATH_HOPS),
    ...requireIntegerIn('maxIntermediaryDegree', maxDegree, 0, 1_000_000),
  ]);
  return maxDegree;
}

/** A batched read of relationships by identity within bounds. */
export function checkRelationshipIdentities(identities: readonly unknown[]): void {
  if (identities.length > MAX_PAGE_SIZE) throwIfAny([{ field: 'identities', reason: `must name at most ${MAX_PAGE_SIZE} relationships` }]);
}

/** A match context request within bounds, with only known kinds and visibilities; returns maxCandidates. */
export function checkMatchContextRequest(request: MatchContextRequest): number {
  const maxCandidates = request.maxCandidates ?? MAX_MATCH_CANDIDATES;
  throwIfAny([
    ...requireIntegerIn('maxCandidates', maxCandidates, 1, MAX_MATCH_CANDIDATES),
    ...request.candidateKinds
      .filter((kind) => !NODE_KINDS.includes(kind))
      .map((kind) => ({ field: 'candidateKinds', reason: `unknown node kind '${String(kind)}'` })),
    ...request.visibilities
      .filter((visibility) => !VISIBILITIES.includes(visibility))
      .map((visibility) => ({ field: 'visibilities', reason: `unknown visibility '${String(visibility)}'` })),
  ]);
  return maxCandidates;
}

const DIRECTIONS = ['OUT', 'IN', 'BOTH'];

/**
 * A batched relationship read within bounds. The types end up in the text of a Cypher pattern
 * (a type cannot be a parameter), so only the domain's own types pass.
 */
export function checkRelationshipsOfManyOptions(options: RelationshipsOfManyOptions): void {
  throwIfAny([
    ...requireIntegerIn('first', options.perNodeLimit, 1, MAX_PAGE_SIZE),
    ...(options.types.length === 0 ? [{ field: 'types', reason: 'must name at least one relationship type' }] : []),
    ...options.types
      .filter((type) => !RELATIONSHIP_TYPES.includes(type))
      .map((type) => ({ field: 'types', reason: `unknown relationship type '${String(type)}'` })),
    ...(DIRECTIONS.includes(options.direction) ? [] : [{ field: 'direction', reason: 'must be OUT, IN or BOTH' }]),
    ...(options.visibilities ?? [])
      .filter((visibility) => !VISIBILITIES.includes(visibility))
      .map((visibility) => ({ field: 'visibilities', reason: `unknown visibility '${String(visibility)}'` })),
  ]);
}

/** The relationship fields of a findNodesWithRelated within bounds, each as relationshipsOfMany's options. */
export function checkRelatedFieldsRequest(related: RelatedFieldsRequest): void {
  if (related.fields.length > MAX_RELATED_FIELDS) {
    throwIfAny([{ field: 'fields', reason: `must name at most ${MAX_RELATED_FIELDS} relationship fields` }]);
  }
  for (const field of related.fields) checkRelationshipsOfManyOptions({ ...field, visibilities: related.visibilities });
}

import { FieldIssue } from '@koppel/domain';
import { MAX_PAGE_SIZE } from '@koppel/graph-store';
import { MAX_SUGGESTIONS } from '../matching/matching-queries';
import type { PageAsked } from './query-cost';

/** Largest `limit` of each field that takes one; `first` is MAX_PAGE_SIZE everywhere. */
export const LIMIT_ARGUMENT_MAXIMA: Readonly<Record<string, number>> = {
  'Query.suggestIntroductions': MAX_SUGGESTIONS,
  'Query.scoutEntrepreneurs': MAX_SUGGESTIONS,
  'Query.findSuppliers': MAX_SUGGESTIONS,
  'Query.suggestNetworkMembers': MAX_SUGGESTIONS,
  'Query.neighbourhood': 10_000,
};

/** The largest page a field's `first` or `limit` may ask for; undefined for a `limit` nobody bounded yet. */
export function maxPageSize(type: string, field: string, argument: PageAsked['argument']): number | undefined {
  return argument === 'first' ? MAX_PAGE_SIZE : LIMIT_ARGUMENT_MAXIMA[`${type}.${field}`];
}

/**
 * Every page size of an operation checked before it runs, whatever the resolver below does: a
 * page too large (or a `limit` without a maximum, which a test keeps from happening) is bad input
 * naming the argument, in the store's words.
 */
export function pageSizeIssues(pages: readonly PageAsked[]): FieldIssue[] {
  return pages.flatMap(({ type, field, argument, value }) => {
    const max = maxPageSize(type, field, argument) ?? 0;
    return Number.isInteger(value) && value >= 1 && value <= max
      ? []
      : [{ field: argument, reason: `must be a whole number from 1 to ${max}` }];
  });
}

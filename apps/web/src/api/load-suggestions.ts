import type { NodeKind } from '@koppel/domain';
import type { GraphQLRequest } from './graphql-client';
import { FIND_SUPPLIERS, RECORD_SUGGESTIONS_SHOWN, SCOUT_ENTREPRENEURS, SUGGEST_INTRODUCTIONS, SUGGEST_NETWORK_MEMBERS } from './queries';
import type { Suggestion, SuggestingKind, SuggestionList } from './suggestion-types';

/** How many suggestions the detail panel asks for. */
export const SUGGESTION_LIMIT = 5;

/** Which question each kind asks: an entrepreneur whom to meet, the others whom to take on. */
const QUERY_BY_KIND: Record<SuggestingKind, string> = {
  Entrepreneur: SUGGEST_INTRODUCTIONS,
  Fund: SCOUT_ENTREPRENEURS,
  Purchaser: FIND_SUPPLIERS,
  Network: SUGGEST_NETWORK_MEMBERS,
};

export function isSuggestingKind(kind: NodeKind): kind is SuggestingKind {
  return Object.hasOwn(QUERY_BY_KIND, kind);
}

/** The query for a kind's suggestions, or null when that kind has none. */
export function suggestionQueryFor(kind: NodeKind): string | null {
  return isSuggestingKind(kind) ? QUERY_BY_KIND[kind] : null;
}

/** The suggestions for one node, best first. Rejects with the API's error when it answers with one. */
export async function loadSuggestions(
  request: GraphQLRequest,
  subject: { id: string; kind: SuggestingKind },
  signal?: AbortSignal,
): Promise<Suggestion[]> {
  const variables = { subjectId: subject.id, limit: SUGGESTION_LIMIT };
  const { list } = await request<{ list: SuggestionList }>(QUERY_BY_KIND[subject.kind], variables, signal);
  return list.suggestions;
}

/** Tells the API these targets were shown to the subject. */
export async function recordSuggestionsShown(request: GraphQLRequest, subjectId: string, targetIds: readonly string[]): Promise<void> {
  await request<{ recordSuggestionsShown: boolean }>(RECORD_SUGGESTIONS_SHOWN, { subjectId, targetIds });
}

/**
 * Reports what a subject was shown, once per subject for as long as the recorder lives (the app
 * keeps one per session, and shows a subject's list from its cache after the first time). An empty
 * list is not reported: nothing was shown. A failed report is forgotten, so the next showing
 * tries again.
 */
export function createShownRecorder(
  send: (subjectId: string, targetIds: readonly string[]) => Promise<void>,
): (subjectId: string, shown: readonly Suggestion[]) => void {
  const reported = new Set<string>();
  return (subjectId, shown) => {
    if (shown.length === 0 || reported.has(subjectId)) return;
    reported.add(subjectId);
    send(
      subjectId,
      shown.map((suggestion) => suggestion.target.id),
    ).catch(() => reported.delete(subjectId));
  };
}

import type { NodeKind } from '@koppel/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { requestGraphQL } from '../api/client';
import { createShownRecorder, isSuggestingKind, loadSuggestions, recordSuggestionsShown } from '../api/load-suggestions';
import type { Suggestion } from '../api/suggestion-types';

export type SuggestionsState =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string; suggestions: Suggestion[] }
  | { status: 'error'; id: string; error: Error };

/** The app's one report of what was shown: once per subject per session. */
const reportShown = createShownRecorder((subjectId, targetIds) => recordSuggestionsShown(requestGraphQL, subjectId, targetIds));

/**
 * The suggestions for the selected node, when its kind has them: fetched on selection, kept for
 * the session (so a node shows the same list each time it is opened), and reported as shown once
 * they are on screen. `retry` asks again after an error.
 */
export function useSuggestions(node: { id: string; kind: NodeKind } | null): { state: SuggestionsState; retry: () => void } {
  const cache = useRef(new Map<string, Suggestion[]>());
  const [state, setState] = useState<SuggestionsState>({ status: 'none' });
  const [attempt, setAttempt] = useState(0);
  const id = node?.id ?? null;
  const kind = node?.kind ?? null;

  useEffect(() => {
    if (!id || !kind || !isSuggestingKind(kind)) {
      setState({ status: 'none' });
      return;
    }
    const cached = cache.current.get(id);
    if (cached) {
      setState({ status: 'ready', id, suggestions: cached });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading', id });
    loadSuggestions(requestGraphQL, { id, kind }, controller.signal).then(
      (suggestions) => {
        cache.current.set(id, suggestions);
        if (!controller.signal.aborted) setState({ status: 'ready', id, suggestions });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', id, error: error instanceof Error ? error : new Error(String(error)) });
        }
      },
    );
    return () => controller.abort();
  }, [id, kind, attempt]);

  // Effects run once React has put the list on the page: only then does it count as shown.
  useEffect(() => {
    if (state.status === 'ready') reportShown(state.id, state.suggestions);
  }, [state]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  // Until the effect has caught up with a new selection, the state still speaks of the old one.
  const current: SuggestionsState =
    !id || !kind || !isSuggestingKind(kind)
      ? { status: 'none' }
      : state.status !== 'none' && state.id === id
        ? state
        : { status: 'loading', id };
  return { state: current, retry };
}

import { useCallback, useEffect, useState } from 'react';
import { requestGraphQL } from '../api/client';
import type { LoadedGraph } from '../api/graph-types';
import { loadGraph, type LoadProgress } from '../api/load-graph';

export type GraphDataState =
  | { status: 'loading'; progress: LoadProgress | null }
  | { status: 'error'; error: Error }
  | { status: 'ready'; graph: LoadedGraph };

/** Loads the whole graph once on mount, and again on `reload()`. */
export function useGraphData(): { state: GraphDataState; reload: () => void } {
  const [state, setState] = useState<GraphDataState>({ status: 'loading', progress: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', progress: null });
    loadGraph(requestGraphQL, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted) setState({ status: 'loading', progress });
      },
    }).then(
      (graph) => {
        if (!controller.signal.aborted) setState({ status: 'ready', graph });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        }
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}

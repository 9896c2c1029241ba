import { useCallback, useEffect, useState } from 'react';
import { requestGraphQL } from '../api/client';
import type { LoadedGraph } from '../api/graph-types';
import { loadGraph, type LoadProgress } from '../api/load-graph';

export type GraphDataState =
  | { status: 'loading'; progress: LoadProgress | null }
  | { status: 'error'; error: Error }
  | { status: 'ready'; graph: LoadedGraph };

/**
 * Loads the whole graph once on mount, and again on `reload()` (showing the loading state) or
 * `refresh()` (keeping the current graph on screen until the new one is there, e.g. after an
 * import, so what the user was doing stays in place).
 */
export function useGraphData(): { state: GraphDataState; reload: () => void; refresh: () => void } {
  const [state, setState] = useState<GraphDataState>({ status: 'loading', progress: null });
  const [load, setLoad] = useState({ attempt: 0, quiet: false });

  useEffect(() => {
    const controller = new AbortController();
    if (!load.quiet) setState({ status: 'loading', progress: null });
    loadGraph(requestGraphQL, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted && !load.quiet) setState({ status: 'loading', progress });
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
  }, [load]);

  const reload = useCallback(() => setLoad(({ attempt }) => ({ attempt: attempt + 1, quiet: false })), []);
  const refresh = useCallback(() => setLoad(({ attempt }) => ({ attempt: attempt + 1, quiet: true })), []);
  return { state, reload, refresh };
}

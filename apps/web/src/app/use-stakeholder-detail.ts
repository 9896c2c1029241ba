import { useEffect, useRef, useState } from 'react';
import { requestGraphQL } from '../api/client';
import type { StakeholderDetail } from '../api/graph-types';
import { STAKEHOLDER_DETAIL } from '../api/queries';

export type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; id: string; detail: StakeholderDetail | null }
  | { status: 'error'; id: string; error: Error };

/** The full profile of the selected node, fetched on selection and kept for the session. */
export function useStakeholderDetail(id: string | null): DetailState {
  const cache = useRef(new Map<string, StakeholderDetail | null>());
  const [state, setState] = useState<DetailState>({ status: 'idle' });

  useEffect(() => {
    if (!id) {
      setState({ status: 'idle' });
      return;
    }
    if (cache.current.has(id)) {
      setState({ status: 'ready', id, detail: cache.current.get(id) ?? null });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading', id });
    requestGraphQL<{ node: StakeholderDetail | null }>(STAKEHOLDER_DETAIL, { id }, controller.signal).then(
      ({ node }) => {
        cache.current.set(id, node);
        if (!controller.signal.aborted) setState({ status: 'ready', id, detail: node });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', id, error: error instanceof Error ? error : new Error(String(error)) });
        }
      },
    );
    return () => controller.abort();
  }, [id]);

  return state;
}

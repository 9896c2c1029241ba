import { useEffect, useSyncExternalStore } from 'react';
import { requestGraphQL, sessionStore } from '../api/client';
import { refreshSession } from '../api/sign-in';
import type { SessionState } from '../api/session-store';

/** Refresh this long before the token expires, so a working user is never thrown out. */
const REFRESH_AHEAD_MS = 60_000;

/** The signed-in session, kept fresh: a new token a minute before the current one expires. */
export function useSession(): SessionState {
  const state = useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  const expiresAt = state.session?.expiresAt;

  useEffect(() => {
    if (!expiresAt) return;
    const delay = Math.max(0, Date.parse(expiresAt) - Date.now() - REFRESH_AHEAD_MS);
    const timer = setTimeout(() => {
      // A refused refresh ends the session through the client (back to the form); a network
      // failure leaves it: the next request will tell.
      refreshSession(requestGraphQL).then((session) => sessionStore.start(session), () => undefined);
    }, delay);
    return () => clearTimeout(timer);
  }, [expiresAt]);

  return state;
}

import type { ReactNode } from 'react';
import { sessionStore } from '../api/client';
import { useSession } from './use-session';

/** The top bar: the name of the product, when loaded the graph's counts, and who is signed in. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { session } = useSession();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <svg viewBox="0 0 32 20" width="32" height="20">
            <circle cx="9" cy="10" r="7" fill="#59a14f" />
            <circle cx="23" cy="10" r="7" fill="#4e79a7" />
            <line x1="9" y1="10" x2="23" y2="10" stroke="#ffffff" strokeWidth="2" />
          </svg>
        </span>
        <h1>
          Koppel <span className="brand-sub">impact-ecosysteem Noord-Nederland</span>
        </h1>
      </div>
      <div className="stats">{children}</div>
      {session && (
        <div className="signed-in" data-testid="signed-in">
          <span title={session.account.organisation?.name ?? ''}>{session.account.email}</span>
          <button type="button" className="button" onClick={() => sessionStore.end()}>
            Afmelden
          </button>
        </div>
      )}
    </header>
  );
}

import { ApiUnreachableError } from '../api/graphql-client';
import { countLabel } from '../labels/dutch-labels';
import { AppHeader } from './app-header';
import { GraphView } from './graph-view';
import { SignInForm } from './sign-in-form';
import { useGraphData } from './use-graph-data';
import { useSession } from './use-session';

/** The sign-in form until signed in; then the graph. Back to the form when the session ends. */
export function App() {
  const { session, endedBecause } = useSession();
  if (!session) return <SignInForm endedBecause={endedBecause} />;
  // Keyed by the token's account: another sign-in loads the graph again, as that account sees it.
  return <SignedInApp key={session.account.email} />;
}

/** Loading, failing or showing the graph. */
function SignedInApp() {
  const { state, reload, refresh } = useGraphData();
  if (state.status === 'ready') return <GraphView graph={state.graph} onGraphChanged={refresh} />;

  return (
    <div className="app-shell">
      <AppHeader />
      <main className="workspace workspace-single">
        {state.status === 'loading' ? (
          <div className="state-card" role="status" aria-live="polite" data-testid="loading">
            <div className="spinner" aria-hidden="true" />
            <h2>Ecosysteem laden…</h2>
            {state.progress && (
              <p className="muted">
                {countLabel(state.progress.nodesLoaded, 'stakeholder', 'stakeholders')}
                {state.progress.nodesTotal != null && ` van ${state.progress.nodesTotal.toLocaleString('nl-NL')}`},{' '}
                {countLabel(state.progress.relationshipsLoaded, 'relatie', 'relaties')}
                {state.progress.relationshipsTotal != null && ` van ${state.progress.relationshipsTotal.toLocaleString('nl-NL')}`}
              </p>
            )}
          </div>
        ) : (
          <div className="state-card state-error" role="alert" data-testid="load-error">
            <h2>
              {state.error instanceof ApiUnreachableError
                ? 'De Koppel-server is niet bereikbaar'
                : 'Het ecosysteem kon niet worden geladen'}
            </h2>
            <p>{state.error.message}</p>
            {state.error instanceof ApiUnreachableError && (
              <p className="muted">Draait de API? Start hem met <code>npx nx serve api</code> en probeer het opnieuw.</p>
            )}
            <button type="button" className="button button-primary" onClick={reload}>
              Opnieuw proberen
            </button>
          </div>
        )}
      </main>
    </div>
  );
}

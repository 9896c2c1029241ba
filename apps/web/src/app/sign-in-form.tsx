import { useState, type FormEvent } from 'react';
import { requestGraphQL, sessionStore } from '../api/client';
import { ApiUnreachableError } from '../api/graphql-client';
import { signIn } from '../api/sign-in';
import { AppHeader } from './app-header';

/** E-mail and password; the server's answer when it refuses; why a previous session ended. */
export function SignInForm({ endedBecause }: { endedBecause: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    signIn(requestGraphQL, email, password).then(
      (session) => sessionStore.start(session),
      (failure: unknown) => {
        setBusy(false);
        setError(
          failure instanceof ApiUnreachableError
            ? failure.message
            : `Aanmelden mislukt: ${failure instanceof Error ? failure.message : String(failure)}`,
        );
      },
    );
  };

  return (
    <div className="app-shell">
      <AppHeader />
      <main className="workspace workspace-single">
        <form className="state-card sign-in-form" onSubmit={submit} data-testid="sign-in-form">
          <h2>Aanmelden</h2>
          {endedBecause && !error && (
            <p className="muted" role="status" data-testid="session-ended">
              Je sessie is beëindigd ({endedBecause}). Meld je opnieuw aan.
            </p>
          )}
          <label>
            E-mailadres
            <input type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label>
            Wachtwoord
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          {error && (
            <p className="sign-in-error" role="alert" data-testid="sign-in-error">
              {error}
            </p>
          )}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Bezig met aanmelden…' : 'Aanmelden'}
          </button>
        </form>
      </main>
    </div>
  );
}

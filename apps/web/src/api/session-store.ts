/**
 * The signed-in session: kept in memory and in sessionStorage, so a reload of the tab stays
 * signed in and closing the tab signs out. (Not localStorage: a token should not outlive the
 * tab it was made for.) Components follow it through `subscribe`.
 */
export interface Session {
  token: string;
  /** ISO 8601: when the server stops accepting the token. */
  expiresAt: string;
  account: { email: string; role: string; organisation: { name: string } | null };
}

export interface SessionState {
  session: Session | null;
  /** Why the last session ended, when it was not the user's own sign-out (e.g. it expired). */
  endedBecause: string | null;
}

const STORAGE_KEY = 'koppel.session';

function readStored(storage: Storage | undefined): Session | null {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (!stored) return null;
    const session = JSON.parse(stored) as Session;
    return Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage | undefined) {
    this.state = { session: readStored(storage), endedBecause: null };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): SessionState => this.state;

  readonly token = (): string | null => this.state.session?.token ?? null;

  start(session: Session): void {
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(session));
    this.set({ session, endedBecause: null });
  }

  /** Signs out; `reason` is shown on the sign-in form (none when the user signed out). */
  end(reason: string | null = null): void {
    this.storage?.removeItem(STORAGE_KEY);
    if (this.state.session || reason !== this.state.endedBecause) this.set({ session: null, endedBecause: reason });
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

import { SessionStore, type Session } from './session-store';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const session = (minutesLeft: number): Session => ({
  token: 'header.payload.signature',
  expiresAt: new Date(Date.now() + minutesLeft * 60_000).toISOString(),
  account: { email: 'anouk.veldkamp@demo.koppel.test', role: 'COORDINATOR', organisation: { name: 'Impact Noord' } },
});

describe('SessionStore', () => {
  it('keeps a session in sessionStorage, so a reloaded tab is still signed in', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).start(session(10));
    expect(new SessionStore(storage).token()).toBe('header.payload.signature');
  });

  it('forgets an expired stored session', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).start(session(-1));
    expect(new SessionStore(storage).snapshot()).toEqual({ session: null, endedBecause: null });
  });

  it('ends a session with the reason, tells its listeners, and clears the storage', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    const seen: { token: string | null; endedBecause: string | null }[] = [];
    store.subscribe(() => seen.push({ token: store.token(), endedBecause: store.snapshot().endedBecause }));
    store.start(session(10));
    store.end('token expired: sign in again');
    expect(seen).toEqual([
      { token: 'header.payload.signature', endedBecause: null },
      { token: null, endedBecause: 'token expired: sign in again' },
    ]);
    expect(store.token()).toBeNull();
    expect(storage.length).toBe(0);
  });
});

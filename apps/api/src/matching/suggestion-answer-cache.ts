/**
 * Keeps the answers of the matching queries (before any viewer's masking), each filed under the
 * store's matching-state token read before it was computed (GraphStore.matchingStateToken): the
 * token changes with every write the answer may rest on (the graph, any introduction, the
 * subject's impressions), so an answer whose token differs from the current one is never served.
 * What the token cannot know is the time: cool-downs end and ties fade as the clock moves, so no
 * answer is served older than `ttlMs` either.
 *
 * Bounded: at most `maxEntries`, the least recently used dropped first. `maxEntries` 0 keeps
 * nothing (every request computes). Per process: several API processes each keep their own, and
 * each stays correct through the token, which sees every process's writes.
 *
 * Identical requests that miss at the same moment share one computation. An error is never kept.
 * A kept answer is frozen, deeply: every request gets the same objects, so none may change them.
 */
export interface AnswerCacheOptions {
  maxEntries: number;
  ttlMs: number;
  /** The clock, in milliseconds; Date.now unless a test moves it. */
  now?: () => number;
}

interface Entry<T> {
  token: string;
  answer: T;
  /** When its computation started: the answer is at least this old. */
  since: number;
}

export class SuggestionAnswerCache<T extends object> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly computing = new Map<string, Promise<T>>();
  private readonly now: () => number;

  constructor(private readonly options: AnswerCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The answer kept under `key` when it was computed at `token` less than ttlMs ago; otherwise
   * computes it, keeps it under `token` and answers it. `token` must be read before calling.
   */
  async answer(key: string, token: string, compute: () => Promise<T>): Promise<T> {
    if (this.options.maxEntries <= 0) return compute();
    const now = this.now();
    const kept = this.entries.get(key);
    if (kept && kept.token === token && now - kept.since < this.options.ttlMs) {
      // Map keeps insertion order: taking it out and back in makes it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept.answer;
    }
    const flight = `${key}\u0000${token}`;
    const running = this.computing.get(flight);
    if (running) return running;
    const computation = compute().then((answer) => {
      this.keep(key, { token, answer: deepFreeze(answer), since: now });
      return answer;
    });
    this.computing.set(flight, computation);
    try {
      return await computation;
    } finally {
      this.computing.delete(flight);
    }
  }

  private keep(key: string, entry: Entry<T>): void {
    const kept = this.entries.get(key);
    // A slower computation for an older token must not replace a newer one.
    if (kept && kept.since > entry.since) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

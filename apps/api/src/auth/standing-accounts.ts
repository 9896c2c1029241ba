/** How long an answer to "does this account still exist?" is kept, in milliseconds. */
export const ACCOUNT_RECHECK_MS = 5_000;

/**
 * Whether the account a token names still exists. A token is good for a quarter of an hour, and
 * an account removed in that time (its person forgotten) must not go on acting through it.
 * Asking the store at every request would cost a read each, so an answer is kept for
 * ACCOUNT_RECHECK_MS: in this process an erasure drops what was kept at once (`forgetAll`), in
 * another the token stops working within that time. Concurrent requests share one read.
 * Per process, bounded: the oldest answers go first.
 */
export class StandingAccounts {
  private readonly kept = new Map<string, { checkedAt: number; stands: Promise<boolean> }>();

  constructor(
    private readonly exists: (accountId: string) => Promise<boolean>,
    private readonly options: { recheckMs: number; maxKept: number; now?: () => number },
  ) {}

  /** True while the account exists; a failed read is not kept, so the next request asks again. */
  stands(accountId: string): Promise<boolean> {
    const now = (this.options.now ?? Date.now)();
    const kept = this.kept.get(accountId);
    if (kept && now - kept.checkedAt < this.options.recheckMs) return kept.stands;
    const stands = this.exists(accountId);
    this.kept.delete(accountId);
    if (this.kept.size >= this.options.maxKept) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(accountId, { checkedAt: now, stands });
    stands.catch(() => {
      if (this.kept.get(accountId)?.stands === stands) this.kept.delete(accountId);
    });
    return stands;
  }

  /** Forgets every kept answer: after an erasure in this process, the next request of each account asks the store. */
  forgetAll(): void {
    this.kept.clear();
  }
}

import { StandingAccounts } from './standing-accounts';

/** An account table and a clock the test moves, with a count of the reads. */
function setUp(accounts: string[]) {
  const existing = new Set(accounts);
  let now = 0;
  let reads = 0;
  let failing = false;
  const standing = new StandingAccounts(
    async (id) => {
      reads++;
      if (failing) throw new Error('store down');
      return existing.has(id);
    },
    { recheckMs: 5_000, maxKept: 2, now: () => now },
  );
  return {
    standing,
    remove: (id: string) => existing.delete(id),
    advance: (ms: number) => (now += ms),
    reads: () => reads,
    fail: (yes: boolean) => (failing = yes),
  };
}

describe('StandingAccounts', () => {
  it('asks the store once per account within the recheck time, and concurrent requests share that read', async () => {
    const { standing, reads } = setUp(['account:a']);
    await expect(Promise.all([standing.stands('account:a'), standing.stands('account:a')])).resolves.toEqual([true, true]);
    await expect(standing.stands('account:a')).resolves.toBe(true);
    expect(reads()).toBe(1);
  });

  it('notices a removed account once the recheck time has passed', async () => {
    const { standing, remove, advance } = setUp(['account:a']);
    await standing.stands('account:a');
    remove('account:a');
    advance(4_999);
    await expect(standing.stands('account:a')).resolves.toBe(true);
    advance(1);
    await expect(standing.stands('account:a')).resolves.toBe(false);
  });

  it('notices it at once after forgetAll, as after an erasure in this process', async () => {
    const { standing, remove } = setUp(['account:a']);
    await standing.stands('account:a');
    remove('account:a');
    standing.forgetAll();
    await expect(standing.stands('account:a')).resolves.toBe(false);
  });

  it('keeps no failed read: the next request asks again', async () => {
    const { standing, fail, reads } = setUp(['account:a']);
    fail(true);
    await expect(standing.stands('account:a')).rejects.toThrow('store down');
    fail(false);
    await expect(standing.stands('account:a')).resolves.toBe(true);
    expect(reads()).toBe(2);
  });

  it('keeps at most maxKept answers, dropping the oldest', async () => {
    const { standing, reads } = setUp(['account:a', 'account:b', 'account:c']);
    await standing.stands('account:a');
    await standing.stands('account:b');
    await standing.stands('account:c');
    await standing.stands('account:c');
    await standing.stands('account:a');
    expect(reads()).toBe(4);
  });
});

import { SuggestionAnswerCache } from './suggestion-answer-cache';

interface Answer {
  subject: string;
  computed: number;
  suggestions: { id: string }[];
}

/** A cache on a clock the test moves, and a computation that counts how often it ran. */
function setUp(options: { maxEntries?: number; ttlMs?: number } = {}) {
  let clock = 1_000_000;
  let computations = 0;
  const cache = new SuggestionAnswerCache<Answer>({ maxEntries: options.maxEntries ?? 10, ttlMs: options.ttlMs ?? 60_000, now: () => clock });
  const ask = (key: string, token: string) =>
    cache.answer(key, token, async () => ({ subject: key, computed: ++computations, suggestions: [{ id: 'fund-noord' }] }));
  return { cache, ask, advance: (ms: number) => (clock += ms), computations: () => computations };
}

describe('SuggestionAnswerCache', () => {
  it('answers a second ask with the same key and token from what it kept, without computing', async () => {
    const { ask, computations } = setUp();
    const first = await ask('suggest:ent-a', 'token-1');
    await expect(ask('suggest:ent-a', 'token-1')).resolves.toBe(first);
    expect(computations()).toBe(1);
  });

  it('computes again when the token changed, and then keeps the new answer', async () => {
    const { ask, computations } = setUp();
    await ask('suggest:ent-a', 'token-1');
    await expect(ask('suggest:ent-a', 'token-2')).resolves.toMatchObject({ computed: 2 });
    await expect(ask('suggest:ent-a', 'token-2')).resolves.toMatchObject({ computed: 2 });
    expect(computations()).toBe(2);
  });

  it('never serves a kept answer to another key', async () => {
    const { ask } = setUp();
    await ask('suggest:ent-a', 'token-1');
    await expect(ask('suggest:ent-b', 'token-1')).resolves.toMatchObject({ subject: 'suggest:ent-b', computed: 2 });
  });

  it('computes again once an answer is as old as the time to live, even at the same token', async () => {
    const { ask, advance } = setUp({ ttlMs: 60_000 });
    await ask('suggest:ent-a', 'token-1');
    advance(59_999);
    await expect(ask('suggest:ent-a', 'token-1')).resolves.toMatchObject({ computed: 1 });
    advance(1);
    await expect(ask('suggest:ent-a', 'token-1')).resolves.toMatchObject({ computed: 2 });
  });

  it('keeps at most maxEntries answers, dropping the least recently used first', async () => {
    const { cache, ask } = setUp({ maxEntries: 2 });
    await ask('a', 't');
    await ask('b', 't');
    await ask('a', 't'); // a is now the most recently used
    await ask('c', 't'); // b goes
    expect(cache.size).toBe(2);
    await expect(ask('a', 't')).resolves.toMatchObject({ computed: 1 });
    await expect(ask('c', 't')).resolves.toMatchObject({ computed: 3 });
    await expect(ask('b', 't')).resolves.toMatchObject({ computed: 4 });
  });

  it('keeps nothing with maxEntries 0: every ask computes', async () => {
    const { cache, ask, computations } = setUp({ maxEntries: 0 });
    await ask('a', 't');
    await ask('a', 't');
    expect(computations()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('lets identical asks that miss together share one computation', async () => {
    const { ask, computations } = setUp();
    const [one, two] = await Promise.all([ask('a', 't'), ask('a', 't')]);
    expect(one).toBe(two);
    expect(computations()).toBe(1);
  });

  it('keeps no error: the next ask computes again', async () => {
    const { cache } = setUp();
    await expect(cache.answer('a', 't', async () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    await expect(cache.answer('a', 't', async () => ({ subject: 'a', computed: 1, suggestions: [] }))).resolves.toMatchObject({ computed: 1 });
    expect(cache.size).toBe(1);
  });

  it('freezes what it keeps, deeply, so no request can change the answer another gets', async () => {
    const { ask } = setUp();
    const kept = await ask('a', 't');
    expect(() => kept.suggestions.push({ id: 'x' })).toThrow(TypeError);
    expect(() => {
      (kept.suggestions[0] as { id: string }).id = 'changed';
    }).toThrow(TypeError);
  });
});

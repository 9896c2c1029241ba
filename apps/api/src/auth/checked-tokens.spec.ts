import type { Viewer } from '@koppel/domain';
import { CheckedTokens } from './checked-tokens';

// SessionTokens itself runs on jose, an ES module jest here does not load: the server's e2e
// tests sign in and send tokens (good, expired, foreign) over HTTP. This is what it keeps.
const viewer: Viewer = { accountId: 'account:anouk', role: 'COORDINATOR', organisationId: 'net-impact-noord', personId: 'person-anouk' };
const expiresAt = 1_800_000_000; // seconds since 1970
const atSecond = (second: number) => second * 1000;

describe('CheckedTokens', () => {
  it('knows nothing of a token it was not given: that one is checked in full', () => {
    expect(new CheckedTokens(10).viewerOf('never-seen', atSecond(expiresAt - 100))).toBeUndefined();
  });

  it('answers the viewer of a checked token until the second it expires, and then no more', () => {
    const checked = new CheckedTokens(10);
    checked.keep('token-a', viewer, expiresAt);
    expect(checked.viewerOf('token-a', atSecond(expiresAt) - 1)).toEqual(viewer);
    expect(checked.viewerOf('token-a', atSecond(expiresAt))).toBeUndefined();
    expect(checked.size).toBe(0);
  });

  it('answers only for the exact text: a token changed by one character is checked in full', () => {
    const checked = new CheckedTokens(10);
    checked.keep('header.payload.signature', viewer, expiresAt);
    expect(checked.viewerOf('header.payload.signaturf', atSecond(expiresAt - 100))).toBeUndefined();
  });

  it('keeps at most maxTokens, dropping the oldest first', () => {
    const checked = new CheckedTokens(2);
    checked.keep('a', viewer, expiresAt);
    checked.keep('b', viewer, expiresAt);
    checked.keep('c', viewer, expiresAt);
    expect(checked.size).toBe(2);
    expect(checked.viewerOf('a', atSecond(expiresAt - 100))).toBeUndefined();
    expect(checked.viewerOf('c', atSecond(expiresAt - 100))).toEqual(viewer);
  });

  it('hands out a frozen copy, so no request can change the viewer another gets', () => {
    const checked = new CheckedTokens(10);
    checked.keep('a', viewer, expiresAt);
    const kept = checked.viewerOf('a', atSecond(expiresAt - 100)) as Viewer;
    expect(Object.isFrozen(kept)).toBe(true);
  });
});

import type { Viewer } from '@koppel/domain';

/**
 * Sign-in tokens whose signature and claims were checked, with the viewer each names and when it
 * expires. A client sends one token with every request for a quarter of an hour; checking its
 * HMAC through WebCrypto every time was about a tenth of the CPU of a trivial request (see
 * bench/api-load/RESULTS.md). The same text is the same signed token, so it needs checking once;
 * its expiry is still checked at every use. Per process, bounded: the oldest go first.
 */
export class CheckedTokens {
  private readonly kept = new Map<string, { viewer: Viewer; expiresAt: number }>();

  constructor(private readonly maxTokens: number) {}

  get size(): number {
    return this.kept.size;
  }

  /** The viewer of a token checked before and not expired at `nowMs`; undefined otherwise (check it then). */
  viewerOf(token: string, nowMs: number): Viewer | undefined {
    const kept = this.kept.get(token);
    if (!kept) return undefined;
    // As jose has it: a token is expired from its `exp` second on.
    if (Math.floor(nowMs / 1000) < kept.expiresAt) return kept.viewer;
    this.kept.delete(token);
    return undefined;
  }

  /** Keeps a token whose signature and claims were just checked; `expiresAt` is its `exp` (seconds since 1970). */
  keep(token: string, viewer: Viewer, expiresAt: number): void {
    if (!this.kept.has(token) && this.kept.size >= this.maxTokens) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(token, { viewer: Object.freeze({ ...viewer }), expiresAt });
  }
}

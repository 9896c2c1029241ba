import type { MatchContext } from '@koppel/domain';

/**
 * Random scores in [0, 1), the same for the same seed, subject and candidate whatever the order
 * or number of candidates: a ranking no better than chance, to show what chance gives.
 */
export function randomScores(context: MatchContext, seed: number): Map<string, number> {
  const subject = hash32(context.subject.id, seed);
  return new Map(context.candidates.map((candidate) => [candidate.node.id, unitInterval(hash32(candidate.node.id, subject))]));
}

/** FNV-1a over the UTF-16 code units of `text`, started from `seed` (32-bit integer arithmetic). */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The splitmix32 finaliser, so that near hashes land far apart; then 32 bits as a fraction. */
function unitInterval(x: number): number {
  let z = (x + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  z = (z ^ (z >>> 16)) >>> 0;
  return z / 2 ** 32;
}

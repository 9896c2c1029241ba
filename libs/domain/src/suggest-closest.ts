import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to a mistyped value, for "did you mean" hints; nothing when the
 * nearest is still too far off to be a plausible typo.
 */
export function suggestClosest(value: string, candidates: readonly string[]): string | undefined {
  if (!value || candidates.length === 0) return undefined;
  const normalised = value.toLowerCase().trim();
  const best = closest(normalised, [...candidates]);
  const maxTypos = Math.max(1, Math.floor(best.length / 4));
  return distance(normalised, best) <= maxTypos ? best : undefined;
}

/** Latency statistics shared by the benchmarks, so every p95 they report means the same thing. */

/** Nearest-rank percentile of ascending samples: the smallest value with at least p% at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `count` items spread evenly over a list (every k-th), in list order: a fixed sample of subjects. */
export function everyKth<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, index) => index % step === 0).slice(0, count);
}

import { Prng } from './prng';

/**
 * Draws node indices with probability proportional to a fixed weight, in O(log n) by binary
 * search over cumulative weights. Typed arrays keep 100k-node samplers small.
 */
export class WeightedSampler {
  readonly size: number;
  readonly total: number;
  private readonly ids: Int32Array;
  private readonly cumulative: Float64Array;

  constructor(ids: ArrayLike<number>, weightOf: (id: number) => number) {
    this.size = ids.length;
    this.ids = Int32Array.from(ids);
    this.cumulative = new Float64Array(ids.length);
    let total = 0;
    for (let i = 0; i < ids.length; i++) {
      total += Math.max(0, weightOf(ids[i]));
      this.cumulative[i] = total;
    }
    this.total = total;
  }

  get isEmpty(): boolean {
    return this.size === 0 || this.total <= 0;
  }

  /** A node index; -1 when the sampler is empty. */
  sample(random: Prng): number {
    if (this.isEmpty) return -1;
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.ids[lo];
  }
}

/** Builds one sampler per group (e.g. per municipality) from a group-of function (-1: no group). */
export function samplersByGroup(
  ids: ArrayLike<number>,
  groups: number,
  groupOf: (id: number) => number,
  weightOf: (id: number) => number,
): WeightedSampler[] {
  const members: number[][] = Array.from({ length: groups }, () => []);
  for (let i = 0; i < ids.length; i++) {
    const g = groupOf(ids[i]);
    if (g >= 0) members[g].push(ids[i]);
  }
  return members.map((list) => new WeightedSampler(list, weightOf));
}

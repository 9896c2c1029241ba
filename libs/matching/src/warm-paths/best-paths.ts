import type { TieBetween, ValidRelationship } from '@koppel/domain';
import type { TrustEdge } from './trust-graph';

/**
 * Each hop costs this much on top of its tie: a path of two strong ties beats one of four, even
 * when the four are a little stronger.
 */
export const HOP_COST = 0.7;

export interface WeightedPath<T extends TieBetween = ValidRelationship> {
  nodeIds: string[];
  edges: TrustEdge<T>[];
  /** Σ (-ln weight + HOP_COST): lower is better. */
  cost: number;
}

interface Partial<T extends TieBetween> {
  at: string;
  nodeIds: string[];
  edges: TrustEdge<T>[];
  cost: number;
}

/**
 * The best `count` simple paths from `from` to `to` within `maxHops`, cheapest first: a best-
 * first search over partial paths, each node expanded at most `count` times per hop count (the
 * classic k-shortest-paths bound), loops refused. Hub-heavy graphs stay cheap because a node
 * once expanded `count` times is not expanded again.
 */
export function bestPaths<T extends TieBetween>(
  adjacency: ReadonlyMap<string, readonly TrustEdge<T>[]>,
  from: string,
  to: string,
  maxHops: number,
  count: number,
): WeightedPath<T>[] {
  const found: WeightedPath<T>[] = [];
  const expanded = new Map<string, number>();
  const queue = new MinQueue<Partial<T>>((a, b) => a.cost - b.cost);
  queue.push({ at: from, nodeIds: [from], edges: [], cost: 0 });
  while (queue.size > 0 && found.length < count) {
    const partial = queue.pop() as Partial<T>;
    if (partial.at === to) {
      found.push({ nodeIds: partial.nodeIds, edges: partial.edges, cost: partial.cost });
      continue;
    }
    const hops = partial.edges.length;
    if (hops >= maxHops) continue;
    const key = `${partial.at}@${hops}`;
    const times = expanded.get(key) ?? 0;
    if (times >= count) continue;
    expanded.set(key, times + 1);
    for (const edge of adjacency.get(partial.at) ?? []) {
      if (partial.nodeIds.includes(edge.to)) continue;
      queue.push({
        at: edge.to,
        nodeIds: [...partial.nodeIds, edge.to],
        edges: [...partial.edges, edge],
        cost: partial.cost - Math.log(edge.weight) + HOP_COST,
      });
    }
  }
  return found;
}

/** A binary heap: the queue of a best-first search. */
class MinQueue<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.before(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.before(items[left], items[smallest]) < 0) smallest = left;
        if (right < items.length && this.before(items[right], items[smallest]) < 0) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}

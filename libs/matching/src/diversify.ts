import type { NodeKind } from '@koppel/domain';

/**
 * Greedy re-ranking for variety: the n-th item of a kind already chosen keeps decay^n of its
 * score, so the top of an unfiltered list is not ten funds. Stable: equal adjusted scores keep
 * their order. With decay 1 (or one kind asked) it is a plain sort.
 */
export function diversify<T extends { score: number; kind: NodeKind; id: string }>(items: readonly T[], decay: number, limit: number): T[] {
  const remaining = [...items].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const chosen: T[] = [];
  const perKind = new Map<NodeKind, number>();
  while (chosen.length < limit && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < remaining.length; i++) {
      const item = remaining[i];
      const adjusted = item.score * Math.pow(decay, perKind.get(item.kind) ?? 0);
      if (adjusted > bestScore) {
        bestScore = adjusted;
        bestIndex = i;
      }
      // Sorted by raw score: nothing further down can beat the best once its raw score is lower.
      if (item.score <= bestScore) break;
    }
    const [item] = remaining.splice(bestIndex, 1);
    chosen.push(item);
    perKind.set(item.kind, (perKind.get(item.kind) ?? 0) + 1);
  }
  return chosen;
}

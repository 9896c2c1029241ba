/**
 * Ranking metrics for one query (a ranked list of candidate ids and the set of ids that turned
 * out to be right), and their means over many queries. Pure; a positive that is not in the list
 * at all counts as never found.
 */

export type Positives = ReadonlySet<string>;

function assertK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number of at least 1, got ${k}`);
}

function assertPositives(positives: Positives): void {
  if (positives.size === 0) throw new RangeError('a query needs at least one positive: recall, reciprocal rank and average precision are undefined without');
}

function hitsInTop(ranked: readonly string[], positives: Positives, k: number): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (positives.has(ranked[i])) hits++;
  return hits;
}

/** Share of the first k that are positives; divided by k even when the list is shorter. */
export function precisionAtK(ranked: readonly string[], positives: Positives, k: number): number {
  assertK(k);
  return hitsInTop(ranked, positives, k) / k;
}

/** Share of the positives that are among the first k. */
export function recallAtK(ranked: readonly string[], positives: Positives, k: number): number {
  assertK(k);
  assertPositives(positives);
  return hitsInTop(ranked, positives, k) / positives.size;
}

/** 1 / the rank of the first positive (1-based); 0 when no positive is in the list. Its mean is MRR. */
export function reciprocalRank(ranked: readonly string[], positives: Positives): number {
  assertPositives(positives);
  const index = ranked.findIndex((id) => positives.has(id));
  return index === -1 ? 0 : 1 / (index + 1);
}

/**
 * Average precision: the mean, over all positives, of the precision at the rank where each is
 * found (0 for one never found). It is the area under the step-wise precision-recall curve of
 * the list, which is why we report it as PR-AUC: with a few positives among hundreds of
 * candidates, ROC-AUC would look good for almost any ranking, PR-AUC does not.
 */
export function averagePrecision(ranked: readonly string[], positives: Positives): number {
  assertPositives(positives);
  let hits = 0;
  let sum = 0;
  ranked.forEach((id, index) => {
    if (!positives.has(id)) return;
    hits++;
    sum += hits / (index + 1);
  });
  return sum / positives.size;
}

/** One query: a ranker's list and what was right. */
export interface RankedQuery {
  ranked: readonly string[];
  positives: Positives;
}

export interface RankingMetricOptions {
  /** k of precision@k; default 5. */
  precisionK?: number;
  /** k of recall@k; default 10. */
  recallK?: number;
}

/** Means over queries, each query weighing the same. */
export interface MeanRankingMetrics {
  queries: number;
  /** Positives over all queries. */
  positives: number;
  precisionK: number;
  recallK: number;
  precisionAtK: number;
  recallAtK: number;
  /** MRR. */
  meanReciprocalRank: number;
  /** Mean average precision: the PR-AUC we report. */
  meanAveragePrecision: number;
}

/**
 * The means of precision@k, recall@k, reciprocal rank and average precision over queries.
 * Every query must have a positive (leave the others out: they measure nothing); no queries
 * give means of NaN, so an empty task shows as such rather than as a score of 0.
 */
export function meanRankingMetrics(queries: readonly RankedQuery[], options: RankingMetricOptions = {}): MeanRankingMetrics {
  const precisionK = options.precisionK ?? 5;
  const recallK = options.recallK ?? 10;
  const mean = (metric: (q: RankedQuery) => number) => queries.reduce((sum, q) => sum + metric(q), 0) / queries.length;
  return {
    queries: queries.length,
    positives: queries.reduce((sum, q) => sum + q.positives.size, 0),
    precisionK,
    recallK,
    precisionAtK: mean((q) => precisionAtK(q.ranked, q.positives, precisionK)),
    recallAtK: mean((q) => recallAtK(q.ranked, q.positives, recallK)),
    meanReciprocalRank: mean((q) => reciprocalRank(q.ranked, q.positives)),
    meanAveragePrecision: mean((q) => averagePrecision(q.ranked, q.positives)),
  };
}

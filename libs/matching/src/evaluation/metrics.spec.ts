import { averagePrecision, meanRankingMetrics, precisionAtK, recallAtK, reciprocalRank } from './metrics';
import { rankByScore, scoresById } from './ranking';

const ranked = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
// z is a positive no ranker listed: it counts as never found.
const positives = new Set(['b', 'e', 'z']);

describe('ranking metrics of one query', () => {
  it('precision@k: the share of the first k that are positives', () => {
    expect(precisionAtK(ranked, positives, 5)).toBeCloseTo(2 / 5);
    expect(precisionAtK(ranked, positives, 1)).toBe(0);
    expect(precisionAtK(ranked, positives, 2)).toBeCloseTo(1 / 2);
  });

  it('precision@k divides by k even when the list is shorter', () => {
    expect(precisionAtK(['a'], new Set(['a']), 5)).toBeCloseTo(1 / 5);
  });

  it('recall@k: the share of the positives among the first k, unlisted positives included in the count', () => {
    expect(recallAtK(ranked, positives, 10)).toBeCloseTo(2 / 3);
    expect(recallAtK(ranked, positives, 4)).toBeCloseTo(1 / 3);
    expect(recallAtK(ranked, new Set(['k']), 10)).toBe(0);
  });

  it('reciprocal rank: 1 / the rank of the first positive, 0 when none is listed', () => {
    expect(reciprocalRank(ranked, positives)).toBe(1 / 2);
    expect(reciprocalRank(ranked, new Set(['a']))).toBe(1);
    expect(reciprocalRank(ranked, new Set(['z']))).toBe(0);
  });

  it('average precision: the mean precision at each positive, 0 for one never found (the area under the PR curve)', () => {
    // b at rank 2: 1/2; e at rank 5: 2/5; z never: 0.
    expect(averagePrecision(ranked, positives)).toBeCloseTo((1 / 2 + 2 / 5 + 0) / 3);
    expect(averagePrecision(ranked, new Set(['a', 'b']))).toBe(1);
    expect(averagePrecision(ranked, new Set(['k']))).toBeCloseTo(1 / 11);
    expect(averagePrecision([], new Set(['a']))).toBe(0);
  });

  it('refuses a query without positives and a k below 1', () => {
    expect(() => recallAtK(ranked, new Set(), 10)).toThrow(/at least one positive/);
    expect(() => reciprocalRank(ranked, new Set())).toThrow(/at least one positive/);
    expect(() => averagePrecision(ranked, new Set())).toThrow(/at least one positive/);
    expect(() => precisionAtK(ranked, positives, 0)).toThrow(/k must be a whole number/);
    expect(() => recallAtK(ranked, positives, 2.5)).toThrow(/k must be a whole number/);
  });
});

describe('meanRankingMetrics', () => {
  it('averages each metric over queries, each query weighing the same', () => {
    const means = meanRankingMetrics([
      { ranked, positives },
      { ranked: ['x', 'y'], positives: new Set(['x']) },
    ]);
    expect(means).toEqual({
      queries: 2,
      positives: 4,
      precisionK: 5,
      recallK: 10,
      precisionAtK: expect.closeTo((2 / 5 + 1 / 5) / 2, 10),
      recallAtK: expect.closeTo((2 / 3 + 1) / 2, 10),
      meanReciprocalRank: 0.75,
      meanAveragePrecision: expect.closeTo(((1 / 2 + 2 / 5) / 3 + 1) / 2, 10),
    });
  });

  it('takes other cut-offs, and shows no queries as NaN rather than as a score of 0', () => {
    expect(meanRankingMetrics([{ ranked, positives }], { precisionK: 2, recallK: 5 })).toEqual(
      expect.objectContaining({ precisionK: 2, recallK: 5, precisionAtK: 0.5, recallAtK: expect.closeTo(2 / 3, 10) }),
    );
    const none = meanRankingMetrics([]);
    expect(none.queries).toBe(0);
    expect(none.meanReciprocalRank).toBeNaN();
  });

  it('refuses a query without positives', () => {
    expect(() => meanRankingMetrics([{ ranked, positives: new Set() }])).toThrow(/at least one positive/);
  });
});

describe('rankByScore: one ranking rule for every ranker', () => {
  it('puts higher scores first and breaks ties by candidate id, whatever the order given', () => {
    const entries: [string, number][] = [
      ['fund:b', 1],
      ['fund:a', 1],
      ['fund:c', 2],
      ['fund:d', 0],
      ['fund:e', -Infinity],
    ];
    expect(rankByScore(new Map(entries))).toEqual(['fund:c', 'fund:a', 'fund:b', 'fund:d', 'fund:e']);
    expect(rankByScore(new Map([...entries].reverse()))).toEqual(['fund:c', 'fund:a', 'fund:b', 'fund:d', 'fund:e']);
  });

  it('ranks an all-zero ranker in id order (so a ranker that knows nothing is no better than the alphabet)', () => {
    expect(rankByScore(new Map([['c', 0], ['a', 0], ['b', 0]]))).toEqual(['a', 'b', 'c']);
  });

  it('refuses a NaN score, which would make the order depend on the sort', () => {
    expect(() => rankByScore(new Map([['a', 1], ['b', NaN]]))).toThrow(/'b' is NaN/);
  });

  it('reads scoreCandidates output', () => {
    expect(scoresById([{ candidateId: 'a', score: 0.3 }, { candidateId: 'b', score: 0 }])).toEqual(new Map([['a', 0.3], ['b', 0]]));
  });
});

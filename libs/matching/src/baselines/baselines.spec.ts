import type { CommonNeighbour, MatchCandidate } from '@koppel/domain';
import { candidate, context, energyFund, energyNetwork, frisianFund, housingBuyer, knows, node, peer, zonnewerf } from '../testing/match-context.builder';
import { adamicAdarScores, commonNeighbourScores, popularityScores } from './graph-baselines';
import { randomScores } from './random';
import { themeJaccardScores } from './themes-baseline';

const neighbour = (id: string, degree: number): CommonNeighbour => ({ id, degree, subjectTie: knows(0.5), candidateTie: knows(0.5) });
const ctx = context(zonnewerf, [
  candidate(energyFund, { degree: 12, commonNeighbours: [neighbour('person:a', 2), neighbour('person:b', 10), neighbour('person:c', 1)] }),
  candidate(frisianFund, { degree: 3, commonNeighbours: [neighbour('person:d', 500)] }),
  candidate(housingBuyer, { degree: 0 }),
]);

describe('graph baselines', () => {
  it('popularity: the candidate degree', () => {
    expect(popularityScores(ctx)).toEqual(new Map([[energyFund.id, 12], [frisianFund.id, 3], [housingBuyer.id, 0]]));
  });

  it('common neighbours: how many', () => {
    expect(commonNeighbourScores(ctx)).toEqual(new Map([[energyFund.id, 3], [frisianFund.id, 1], [housingBuyer.id, 0]]));
  });

  it('Adamic-Adar: the sum of 1 / ln(degree) over common neighbours, skipping those of degree 1 or less', () => {
    const scores = adamicAdarScores(ctx);
    expect(scores.get(energyFund.id)).toBeCloseTo(1 / Math.log(2) + 1 / Math.log(10));
    expect(scores.get(frisianFund.id)).toBeCloseTo(1 / Math.log(500));
    expect(scores.get(housingBuyer.id)).toBe(0);
  });

  it('scores every candidate of the context and nothing else', () => {
    for (const baseline of [popularityScores, commonNeighbourScores, adamicAdarScores, themeJaccardScores]) {
      expect([...baseline(ctx).keys()]).toEqual(ctx.candidates.map((c) => c.node.id));
    }
    expect(popularityScores(context(zonnewerf, []))).toEqual(new Map());
  });
});

describe('themes only', () => {
  it('is the Jaccard similarity of the two sets of themes', () => {
    // zonnewerf: ENERGY_TRANSITION, CO2_REDUCTION; the energy fund: ENERGY_TRANSITION.
    expect(zonnewerf.themes).toEqual(['ENERGY_TRANSITION', 'CO2_REDUCTION']);
    const scores = themeJaccardScores(context(zonnewerf, [candidate(energyFund), candidate(energyNetwork), candidate(housingBuyer), candidate(peer)]));
    expect(scores.get(energyFund.id)).toBeCloseTo(jaccard(zonnewerf.themes, energyFund.themes));
    expect(scores.get(energyFund.id)).toBeCloseTo(1 / 2);
    for (const other of [energyNetwork, housingBuyer, peer]) expect(scores.get(other.id)).toBeCloseTo(jaccard(zonnewerf.themes, other.themes));
  });

  it('is 0 when either side has no themes, also when both have none', () => {
    const bare = node({ id: 'ent:bare', kind: 'Entrepreneur', name: 'Kaal', enterpriseKind: 'SOCIAL', stage: 'IDEA' });
    const blank = node({ id: 'network:blank', kind: 'Network', name: 'Leeg' });
    expect(themeJaccardScores(context(bare, [candidate(blank), candidate(energyFund)]))).toEqual(new Map([[blank.id, 0], [energyFund.id, 0]]));
  });
});

describe('random', () => {
  const many: MatchCandidate[] = Array.from({ length: 2000 }, (_, i) =>
    candidate(node({ id: `fund:f${i}`, kind: 'Fund', name: `Fonds ${i}` })),
  );
  const big = context(zonnewerf, many);

  it('is the same for the same seed, and differs with another seed or another subject', () => {
    expect(randomScores(big, 7)).toEqual(randomScores(big, 7));
    expect(randomScores(big, 8).get('fund:f0')).not.toBe(randomScores(big, 7).get('fund:f0'));
    expect(randomScores(context(peer, many), 7).get('fund:f0')).not.toBe(randomScores(big, 7).get('fund:f0'));
  });

  it('gives a candidate the same score whatever the order or number of the others', () => {
    const reversed = randomScores(context(zonnewerf, [...many].reverse()), 7);
    const few = randomScores(context(zonnewerf, many.slice(10, 12)), 7);
    expect(reversed).toEqual(randomScores(big, 7));
    expect(few.get('fund:f11')).toBe(randomScores(big, 7).get('fund:f11'));
  });

  it('spreads scores evenly over [0, 1)', () => {
    const scores = [...randomScores(big, 7).values()];
    expect(scores.every((s) => s >= 0 && s < 1)).toBe(true);
    expect(new Set(scores).size).toBe(scores.length);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean).toBeGreaterThan(0.47);
    expect(mean).toBeLessThan(0.53);
    const tenths = Array.from({ length: 10 }, (_, d) => scores.filter((s) => Math.floor(s * 10) === d).length);
    expect(Math.min(...tenths)).toBeGreaterThan(150);
    expect(Math.max(...tenths)).toBeLessThan(250);
  });
});

function jaccard(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  return union.size === 0 ? 0 : a.filter((x) => b.includes(x)).length / union.size;
}

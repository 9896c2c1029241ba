/**
 * The benchmark's fixed input: a synthetic ecosystem of 10,000 nodes and 100,000 relationships,
 * the same every run (seeded generator), obeying every rule of the domain. It is not meant to
 * look like the real North (that is the scale generator's job); it is meant to be identical
 * between runs and between stores.
 */
import { MUNICIPALITY_CODES, THEMES } from '@koppel/domain';

export const BENCH_SEED = 20261127;

/** mulberry32: tiny, fast, and deterministic across platforms, which is all a fixture needs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticGraph {
  nodes: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
}

export function syntheticGraph(nodeCount = 10_000, relationshipCount = 100_000, seed = BENCH_SEED): SyntheticGraph {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const count = (share: number) => Math.round(nodeCount * share);

  const networks = Array.from({ length: count(0.02) }, (_, i) => `bench-net-${i}`);
  const funds = Array.from({ length: count(0.01) }, (_, i) => `bench-fund-${i}`);
  const purchasers = Array.from({ length: count(0.02) }, (_, i) => `bench-buyer-${i}`);
  const persons = Array.from({ length: count(0.25) }, (_, i) => `bench-person-${i}`);
  const entrepreneurs = Array.from(
    { length: nodeCount - networks.length - funds.length - purchasers.length - persons.length },
    (_, i) => `bench-ent-${i}`,
  );

  const nodes: Record<string, unknown>[] = [
    ...networks.map((id) => ({ id, kind: 'Network', name: `Netwerk ${id}`, offers: ['NETWORK'], regions: ['GRONINGEN'] })),
    ...funds.map((id) => ({ id, kind: 'Fund', name: `Fonds ${id}`, offers: ['FINANCE'], instruments: ['LOAN'] })),
    ...purchasers.map((id) => ({
      id,
      kind: 'Purchaser',
      name: `Inkoper ${id}`,
      purchaserType: 'MUNICIPALITY',
      municipality: pick(MUNICIPALITY_CODES),
      categories: ['catering'],
    })),
    ...persons.map((id) => ({ id, kind: 'Person', name: `Persoon ${id}` })),
    ...entrepreneurs.map((id) => ({
      id,
      kind: 'Entrepreneur',
      name: `Onderneming ${id}`,
      municipality: pick(MUNICIPALITY_CODES),
      enterpriseKind: random() < 0.5 ? 'SOCIAL' : 'CONSTRUCTIVE',
      stage: pick(['IDEA', 'STARTUP', 'SCALEUP', 'ESTABLISHED'] as const),
      themes: [pick(THEMES), pick(THEMES)].filter((theme, index, all) => all.indexOf(theme) === index),
      needs: [{ domain: 'FINANCE', description: 'lening', amountEur: 10_000 + Math.floor(random() * 90) * 1_000 }],
    })),
  ];

  const actors = [...entrepreneurs, ...persons];
  const seen = new Set<string>();
  const relationships: Record<string, unknown>[] = [];
  const add = (rel: { type: string; from: string; to: string } & Record<string, unknown>) => {
    const key = `${rel.from}>${rel.type}>${rel.to}`;
    if (rel.from === rel.to || seen.has(key)) return;
    seen.add(key);
    relationships.push(rel);
  };
  const year = () => 2015 + Math.floor(random() * 11);
  while (relationships.length < relationshipCount) {
    const roll = random();
    if (roll < 0.6) {
      add({ type: 'KNOWS', from: pick(actors), to: pick(actors), strength: Math.round(random() * 100) / 100, lastActiveAt: `${year()}-06-01` });
    } else if (roll < 0.8) {
      add({ type: 'MEMBER_OF', from: pick(actors), to: pick(networks), year: year() });
    } else if (roll < 0.88) {
      add({ type: 'WORKS_FOR', from: pick(persons), to: pick(entrepreneurs) });
    } else if (roll < 0.94) {
      add({ type: 'FUNDED', from: pick(funds), to: pick(entrepreneurs), amountEur: 25_000, year: year(), instrument: 'LOAN' });
    } else {
      add({ type: 'BOUGHT_FROM', from: pick(purchasers), to: pick(entrepreneurs), amountEur: 5_000, year: year() });
    }
  }
  return { nodes, relationships };
}

import {
  EcosystemDomain,
  FinanceInstrument,
  findMunicipality,
  Province,
  PROVINCES,
  StakeholderNode,
  Theme,
  THEME_LABELS,
} from '@koppel/domain';

/**
 * Plain facts read off one profile, the same way for every rule and feature, so that "where
 * is it" or "what does it ask" has one answer in the whole engine.
 */

export function provinceOf(node: StakeholderNode): Province | undefined {
  return node.province;
}

/**
 * Where an organisation works: its regions when it names them; else its own province when it is
 * placed; else the whole North (a national fund without a seat here, say).
 */
export function reachOf(node: StakeholderNode): readonly Province[] {
  if ('regions' in node && node.regions.length > 0) return node.regions;
  const province = provinceOf(node);
  return province ? [province] : PROVINCES;
}

export function needDomains(node: StakeholderNode): EcosystemDomain[] {
  return node.kind === 'Entrepreneur' ? [...new Set(node.needs.map((need) => need.domain))] : [];
}

export interface FinanceAsk {
  amountEur?: number;
  instrument?: FinanceInstrument;
}

export function financeAsks(node: StakeholderNode): FinanceAsk[] {
  if (node.kind !== 'Entrepreneur') return [];
  return node.needs
    .filter((need) => need.domain === 'FINANCE')
    .map((need) => ({ amountEur: need.amountEur, instrument: need.instrument }));
}

/** The procurement categories an enterprise says it wants to sell into, lower case. */
export function marketCategories(node: StakeholderNode): string[] {
  if (node.kind !== 'Entrepreneur') return [];
  return node.needs.flatMap((need) => (need.domain === 'MARKET_POLICY' && need.category ? [need.category.toLowerCase()] : []));
}

/** The SDGs a node serves: the ones it names, and those its themes serve. */
export function sdgsOf(node: StakeholderNode): number[] {
  const named = node.kind === 'Entrepreneur' ? node.sdgs : [];
  return [...new Set([...named, ...node.themes.flatMap((theme: Theme) => THEME_LABELS[theme].sdgs)])].sort((a, b) => a - b);
}

const EARTH_RADIUS_KM = 6371;

/** Distance between the main towns of two placed nodes, or undefined when either is not placed. */
export function distanceKm(a: StakeholderNode, b: StakeholderNode): number | undefined {
  const from = factsOf(a).place;
  const to = factsOf(b).place;
  if (!from || !to) return undefined;
  const rad = Math.PI / 180;
  const dLat = (to.lat - from.lat) * rad;
  const dLon = (to.lon - from.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * rad) * Math.cos(to.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** Words of four letters or more, lower case: enough to see that "fietsonderhoud" meets "fietsonderhoud en -verhuur". */
export function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9à-ÿ]+/).filter((word) => word.length >= 4));
}

export function intersection<T>(a: readonly T[], b: readonly T[]): T[] {
  const inB = new Set(b);
  return [...new Set(a)].filter((item) => inB.has(item));
}

export function jaccard<T>(a: readonly T[], b: readonly T[]): number {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : intersection(a, b).length / union;
}

/** What the engine reads off a node again and again, worked out once per node object. */
export interface NodeFacts {
  themes: ReadonlySet<Theme>;
  sdgs: ReadonlySet<number>;
  needDomains: readonly EcosystemDomain[];
  place: ReturnType<typeof findMunicipality>;
}

const factsCache = new WeakMap<StakeholderNode, NodeFacts>();

export function factsOf(node: StakeholderNode): NodeFacts {
  let facts = factsCache.get(node);
  if (!facts) {
    facts = {
      themes: new Set(node.themes),
      sdgs: new Set(sdgsOf(node)),
      needDomains: needDomains(node),
      place: node.municipality ? findMunicipality(node.municipality) : undefined,
    };
    factsCache.set(node, facts);
  }
  return facts;
}

export function countShared<T>(items: Iterable<T>, other: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of items) if (other.has(item)) shared++;
  return shared;
}

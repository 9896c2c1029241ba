import { MatchContextRequest, NodeKind, PROVINCES, THEMES } from '@koppel/domain';

/**
 * Which nodes a match context offers as candidates, decided from compact summaries of the nodes
 * (see CandidateSummaries) rather than by the database. Both stores keep such summaries between
 * requests, valid until the graph changes, and both choose through selectCandidates, so they
 * choose the same candidates by construction.
 */

/** What candidate selection needs of each node, position by position, in id order. */
export interface CandidateSummaries {
  ids: readonly string[];
  kinds: readonly NodeKind[];
  provinces: readonly (string | null)[];
  stages: readonly (string | null)[];
  enterpriseKinds: readonly (string | null)[];
  /** 0 when the node opted out of matchmaking. */
  matchable: Uint8Array;
  /** Its themes, as bits in THEMES order. */
  themes: Uint16Array;
  /** Provinces it works in, as bits in PROVINCES order (see MatchContextRequest.sameReach). */
  reach: Uint8Array;
}

/** The subject as selection sees it: where it is in the summaries (-1: not in them), its themes and its reach, as bits. */
export interface SelectionSubject {
  position: number;
  themes: number;
  reach: number;
}

export const ALL_PROVINCES = (1 << PROVINCES.length) - 1;
const provinceBit = (province: string) => 1 << PROVINCES.indexOf(province as (typeof PROVINCES)[number]);
const THEME_BITS = new Map<string, number>(THEMES.map((theme, index) => [theme, 1 << index]));

/** Regions named, else the province it is in, else everywhere. */
export function reachBits(regions: readonly string[] | null | undefined, province: string | null | undefined): number {
  if (regions && regions.length > 0) return regions.reduce((bits, region) => bits | provinceBit(region), 0);
  return province ? provinceBit(province) : ALL_PROVINCES;
}

export function themeBits(themes: readonly string[] | null | undefined): number {
  return (themes ?? []).reduce((bits, theme) => bits | (THEME_BITS.get(theme) ?? 0), 0);
}

function popcount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Of the kinds asked, matchable, not the subject, passing the filter (and, when asked, working
 * where the subject works); positions in id order. When more of one kind qualify than may be
 * returned, those of that kind sharing the most themes with the subject are kept (ties by id),
 * found by bucketing on the number shared: no sort of thousands of candidates.
 */
export function selectCandidates(
  s: CandidateSummaries,
  subject: SelectionSubject,
  request: MatchContextRequest,
  max: number,
): { positions: number[]; truncated: boolean } {
  const kinds = new Set(request.candidateKinds);
  const filter = request.candidateFilter ?? {};
  const themeBit = filter.theme ? (THEME_BITS.get(filter.theme) ?? 0) : 0;
  const subjectReach = request.sameReach ? subject.reach : ALL_PROVINCES;
  const qualifying = new Map<NodeKind, number[]>();
  for (let position = 0; position < s.ids.length; position++) {
    if (position === subject.position || !s.matchable[position] || !kinds.has(s.kinds[position])) continue;
    if ((s.reach[position] & subjectReach) === 0) continue;
    if (filter.theme && (s.themes[position] & themeBit) === 0) continue;
    if (filter.province && s.provinces[position] !== filter.province) continue;
    const entrepreneur = s.kinds[position] === 'Entrepreneur';
    if (filter.stage && !(entrepreneur && s.stages[position] === filter.stage)) continue;
    if (filter.enterpriseKind && !(entrepreneur && s.enterpriseKinds[position] === filter.enterpriseKind)) continue;
    const ofKind = qualifying.get(s.kinds[position]);
    if (ofKind) ofKind.push(position);
    else qualifying.set(s.kinds[position], [position]);
  }
  const positions: number[] = [];
  let truncated = false;
  for (const ofKind of qualifying.values()) {
    if (ofKind.length <= max) {
      positions.push(...ofKind);
      continue;
    }
    truncated = true;
    const buckets: number[][] = THEMES.map(() => []).concat([[]]);
    for (const position of ofKind) buckets[popcount(s.themes[position] & subject.themes)].push(position);
    let room = max;
    for (let shared = buckets.length - 1; shared >= 0 && room > 0; shared--) {
      const taken = buckets[shared].slice(0, room);
      positions.push(...taken);
      room -= taken.length;
    }
  }
  // Positions are in id order, so sorting them numerically puts the kept ones in id order.
  return { positions: positions.sort((a, b) => a - b), truncated };
}

import type Database from 'better-sqlite3';
import {
  MAX_INTERMEDIARY_DEGREE,
  MatchContext,
  MatchContextRequest,
  NodeKind,
  NotFoundError,
  relationshipId,
  RelationshipType,
  StakeholderNode,
  PROVINCES,
  THEMES,
  TRUST_RELATIONSHIP_TYPES,
  VISIBILITIES,
  Visibility,
} from '@koppel/domain';
import { assembleMatchContext, deepFreeze, IntermediaryTies, tieFactsOf, TrustTie } from '../match-context-assembly';
import { checkMatchContextRequest } from '../request-limits';
import type { EmbeddedGraphGeneration } from './embedded-graph-generation';
import type { EmbeddedIntroductions } from './embedded-introductions';

/**
 * The match context from the embedded store, in a few milliseconds on a graph of ten thousand
 * organisations. What every request needs about every node (kind, name, themes, province,
 * stage, whether it may be suggested, its trust degree per visibility) is read once into
 * compact arrays; parsed nodes are kept in a bounded cache. Both are dropped when the graph may
 * have changed (see EmbeddedGraphGeneration), so no answer is ever older than the last write.
 * Per request, SQL reads only the subject's ties, its neighbours' ties to candidates, and the
 * introductions and impressions, which are never cached.
 */

const TRUST = TRUST_RELATIONSHIP_TYPES.map((type) => `'${type}'`).join(',');
const THEME_BIT = new Map<string, number>(THEMES.map((theme, index) => [`theme:${theme}`, 1 << index]));
const THEME_BITS = new Map<string, number>(THEMES.map((theme, index) => [theme, 1 << index]));
/**
 * Parsed nodes kept between requests, about 1 KB each: a 100k-organisation graph (130k nodes)
 * fits whole in some 140 MB. Fewer make a large graph's requests parse again what they evicted.
 */
const NODE_CACHE_SIZE = 200_000;

/** One node as candidate selection needs it, for every node, in id order. */
interface NodeSummaries {
  ids: string[];
  nids: number[];
  kinds: NodeKind[];
  names: string[];
  provinces: (string | null)[];
  stages: (string | null)[];
  enterpriseKinds: (string | null)[];
  matchable: Uint8Array;
  themes: Uint16Array;
  /** Provinces a node works in, as bits in PROVINCES order (see MatchContextRequest.sameReach). */
  reach: Uint8Array;
  /** Trust relationships per node and visibility: degrees[position * 3 + index in VISIBILITIES]. */
  degrees: Int32Array;
  positionOfNid: Map<number, number>;
  positionOfId: Map<string, number>;
}

type SummaryRow = [number, string, NodeKind, string | null, string, number | null, string | null, string | null, string | null];

const ALL_PROVINCES = (1 << PROVINCES.length) - 1;
const provinceBit = (province: string) => 1 << PROVINCES.indexOf(province as (typeof PROVINCES)[number]);

/** Regions named, else the province it is in, else everywhere. */
function reachBits(regionsJson: string | null, province: string | null): number {
  const regions = regionsJson ? (JSON.parse(regionsJson) as string[]) : [];
  if (regions.length > 0) return regions.reduce((bits, region) => bits | provinceBit(region), 0);
  return province ? provinceBit(province) : ALL_PROVINCES;
}
/** from_nid, type, to_nid, key, data, and which end the tie was read for (0: from, 1: to). */
type TieRow = [number, RelationshipType, number, string, string, 0 | 1];

function popcount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

export class EmbeddedMatchContext {
  private generation: string | null = null;
  private summaries: NodeSummaries | null = null;
  private readonly parsed = new Map<number, StakeholderNode>();
  private readonly tieStatements = new Map<string, { ofSubject: Database.Statement; toCandidates: Database.Statement }>();
  private readonly readNodes: Database.Statement;
  private readonly pinSnapshot: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly graphGeneration: EmbeddedGraphGeneration,
    private readonly introductions: EmbeddedIntroductions,
  ) {
    this.readNodes = db.prepare('SELECT nid, data FROM nodes WHERE nid IN (SELECT value FROM json_each(?))').raw();
    this.pinSnapshot = db.prepare('SELECT 1 FROM nodes LIMIT 1');
  }

  /**
   * One read transaction: every statement sees the same snapshot, and `PRAGMA data_version`
   * inside it describes that snapshot, so the summaries and the rows read now agree.
   */
  read(request: MatchContextRequest): MatchContext {
    const maxCandidates = checkMatchContextRequest(request);
    return this.db.transaction(() => {
      this.pinSnapshot.get();
      return this.readInSnapshot(request, maxCandidates);
    })();
  }

  private readInSnapshot(request: MatchContextRequest, maxCandidates: number): MatchContext {
    const summaries = this.freshSummaries();
    const subjectPosition = summaries.positionOfId.get(request.subjectId);
    if (subjectPosition === undefined) throw new NotFoundError('Node', request.subjectId);
    const visibilityIndexes = VISIBILITIES.flatMap((visibility, index) => (request.visibilities.includes(visibility) ? [index] : []));
    const degreeOf = (position: number) => visibilityIndexes.reduce((sum, index) => sum + summaries.degrees[position * 3 + index], 0);

    const { positions, truncated } = this.selectCandidates(summaries, subjectPosition, request, maxCandidates);
    const [subject, ...candidateNodes] = this.nodesAt(summaries, [subjectPosition, ...positions]);
    const candidateNids = positions.map((position) => summaries.nids[position]);

    const subjectNid = summaries.nids[subjectPosition];
    const statements = this.statementsFor(request.visibilities);
    const subjectTies = statements ? this.ties(summaries, statements.ofSubject.all({ nid: subjectNid }) as TieRow[]) : [];
    const intermediaries = statements
      ? this.intermediaries(summaries, subjectTies, degreeOf, candidateNids, statements.toCandidates)
      : [];

    return assembleMatchContext({
      subject,
      candidates: candidateNodes.map((node, index) => ({ node, degree: degreeOf(positions[index]) })),
      truncated,
      subjectTies,
      intermediaries,
      records: this.introductions.records(new Map(positions.map((position) => [summaries.nids[position], summaries.ids[position]]))),
      introductions: this.introductions.involving(subjectNid),
      impressions: this.introductions.impressions(subjectNid),
    });
  }

  /**
   * Of the kinds asked, matchable, not the subject, passing the filter (and, when asked, working
   * where the subject works); in id order. When more of one kind qualify than may be returned,
   * those of that kind sharing the most themes with the subject are kept (ties by id), found by
   * bucketing on the number shared: no sort of thousands of candidates.
   */
  private selectCandidates(
    s: NodeSummaries,
    subject: number,
    request: MatchContextRequest,
    max: number,
  ): { positions: number[]; truncated: boolean } {
    const kinds = new Set(request.candidateKinds);
    const filter = request.candidateFilter ?? {};
    const themeBit = filter.theme ? (THEME_BITS.get(filter.theme) ?? 0) : 0;
    const subjectReach = request.sameReach ? s.reach[subject] : ALL_PROVINCES;
    const qualifying = new Map<NodeKind, number[]>();
    for (let position = 0; position < s.ids.length; position++) {
      if (position === subject || !s.matchable[position] || !kinds.has(s.kinds[position])) continue;
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
      const subjectThemes = s.themes[subject];
      const buckets: number[][] = THEMES.map(() => []).concat([[]]);
      for (const position of ofKind) buckets[popcount(s.themes[position] & subjectThemes)].push(position);
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

  /** The subject's neighbours with their degree and, unless they are hubs, their ties to candidates. */
  private intermediaries(
    s: NodeSummaries,
    subjectTies: readonly TrustTie[],
    degreeOf: (position: number) => number,
    candidateNids: readonly number[],
    toCandidates: Database.Statement,
  ): IntermediaryTies[] {
    const byNid = new Map<number, IntermediaryTies>();
    for (const tie of subjectTies) {
      const position = s.positionOfId.get(tie.otherId) as number;
      const nid = s.nids[position];
      const degree = degreeOf(position);
      if (byNid.has(nid) || degree > MAX_INTERMEDIARY_DEGREE) continue;
      byNid.set(nid, { node: { id: s.ids[position], kind: s.kinds[position], name: s.names[position] }, degree, ties: [] });
    }
    if (byNid.size === 0 || candidateNids.length === 0) return [...byNid.values()];
    const rows = toCandidates.all({ intermediaries: JSON.stringify([...byNid.keys()]), candidates: JSON.stringify(candidateNids) }) as TieRow[];
    for (const row of rows) {
      const owner = row[5] === 0 ? row[0] : row[2];
      byNid.get(owner)?.ties.push(this.tie(s, row));
    }
    return [...byNid.values()];
  }

  private ties(s: NodeSummaries, rows: readonly TieRow[]): TrustTie[] {
    return rows.map((row) => this.tie(s, row));
  }

  private tie(s: NodeSummaries, [fromNid, type, toNid, key, data, side]: TieRow): TrustTie {
    const from = s.ids[s.positionOfNid.get(fromNid) as number];
    const to = s.ids[s.positionOfNid.get(toNid) as number];
    return {
      id: relationshipId({ type, from, to, ...(key ? { key } : {}) }),
      otherId: side === 0 ? to : from,
      facts: tieFactsOf(type, JSON.parse(data) as Record<string, unknown>),
    };
  }

  /** Statements for one set of visibilities, prepared once; null when the set is empty (nothing is visible). */
  private statementsFor(visibilities: readonly Visibility[]) {
    const visible = VISIBILITIES.filter((visibility) => visibilities.includes(visibility));
    if (visible.length === 0) return null;
    const key = visible.join(',');
    let statements = this.tieStatements.get(key);
    if (!statements) {
      const scope = `r.type IN (${TRUST}) AND r.visibility IN (${visible.map((visibility) => `'${visibility}'`).join(',')})`;
      const columns = 'r.from_nid, r.type, r.to_nid, r.key, r.data';
      statements = {
        ofSubject: this.db
          .prepare(
            `SELECT ${columns}, 0 FROM relationships r WHERE r.from_nid = @nid AND ${scope}
             UNION ALL SELECT ${columns}, 1 FROM relationships r WHERE r.to_nid = @nid AND ${scope}`,
          )
          .raw(),
        toCandidates: this.db
          .prepare(
            `WITH w(nid) AS (SELECT value FROM json_each(@intermediaries)), c(nid) AS (SELECT value FROM json_each(@candidates))
             SELECT ${columns}, 0 FROM w JOIN relationships r ON r.from_nid = w.nid WHERE ${scope} AND +r.to_nid IN c
             UNION ALL
             SELECT ${columns}, 1 FROM w JOIN relationships r ON r.to_nid = w.nid WHERE ${scope} AND +r.from_nid IN c`,
          )
          .raw(),
      };
      this.tieStatements.set(key, statements);
    }
    return statements;
  }

  /** The nodes at these positions, parsed once and kept (frozen, since requests share them), least recently used out first. */
  private nodesAt(s: NodeSummaries, positions: readonly number[]): StakeholderNode[] {
    const missing: number[] = [];
    for (const position of positions) {
      const nid = s.nids[position];
      const known = this.parsed.get(nid);
      if (!known) missing.push(nid);
      else {
        // Least recently used first: a node used now moves to the end.
        this.parsed.delete(nid);
        this.parsed.set(nid, known);
      }
    }
    if (missing.length > 0) {
      for (const [nid, data] of this.readNodes.all(JSON.stringify(missing)) as [number, string][]) {
        if (this.parsed.size >= NODE_CACHE_SIZE) this.parsed.delete(this.parsed.keys().next().value as number);
        this.parsed.set(nid, deepFreeze(JSON.parse(data) as StakeholderNode));
      }
    }
    return positions.map((position) => this.parsed.get(s.nids[position]) as StakeholderNode);
  }

  private freshSummaries(): NodeSummaries {
    const generation = this.graphGeneration.current();
    if (this.summaries && generation === this.generation) return this.summaries;
    this.parsed.clear();
    this.summaries = this.readSummaries();
    this.generation = generation;
    return this.summaries;
  }

  private readSummaries(): NodeSummaries {
    const rows = this.db
      .prepare(
        `SELECT nid, id, kind, province, json_extract(data, '$.name'), json_extract(data, '$.visibleForMatchmaking'),
           json_extract(data, '$.stage'), json_extract(data, '$.enterpriseKind'), json_extract(data, '$.regions')
         FROM nodes ORDER BY id`,
      )
      .raw()
      .all() as SummaryRow[];
    const count = rows.length;
    const s: NodeSummaries = {
      ids: new Array<string>(count),
      nids: new Array<number>(count),
      kinds: new Array<NodeKind>(count),
      names: new Array<string>(count),
      provinces: new Array<string | null>(count),
      stages: new Array<string | null>(count),
      enterpriseKinds: new Array<string | null>(count),
      matchable: new Uint8Array(count),
      themes: new Uint16Array(count),
      reach: new Uint8Array(count),
      degrees: new Int32Array(count * 3),
      positionOfNid: new Map(),
      positionOfId: new Map(),
    };
    rows.forEach(([nid, id, kind, province, name, visible, stage, enterpriseKind, regions], position) => {
      s.reach[position] = reachBits(regions, province);
      s.ids[position] = id;
      s.nids[position] = nid;
      s.kinds[position] = kind;
      s.names[position] = name;
      s.provinces[position] = province;
      s.stages[position] = stage;
      s.enterpriseKinds[position] = enterpriseKind;
      // visibleForMatchmaking defaults to true; only an explicit false opts a node out.
      s.matchable[position] = visible === 0 ? 0 : 1;
      s.positionOfNid.set(nid, position);
      s.positionOfId.set(id, position);
    });
    const tags = this.db.prepare(`SELECT nid, tag FROM node_tags WHERE tag >= 'theme:' AND tag < 'theme;'`).raw().all() as [
      number,
      string,
    ][];
    for (const [nid, tag] of tags) s.themes[s.positionOfNid.get(nid) as number] |= THEME_BIT.get(tag) ?? 0;
    const visibilityIndex = new Map<string, number>(VISIBILITIES.map((visibility, index) => [visibility, index]));
    const trust = this.db
      .prepare(`SELECT from_nid, to_nid, visibility FROM relationships WHERE type IN (${TRUST})`)
      .raw()
      .iterate() as IterableIterator<[number, number, string]>;
    for (const [from, to, visibility] of trust) {
      const index = visibilityIndex.get(visibility);
      if (index === undefined) continue;
      s.degrees[(s.positionOfNid.get(from) as number) * 3 + index]++;
      s.degrees[(s.positionOfNid.get(to) as number) * 3 + index]++;
    }
    return s;
  }
}

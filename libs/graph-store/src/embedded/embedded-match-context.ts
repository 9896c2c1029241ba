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
  THEMES,
  TRUST_RELATIONSHIP_TYPES,
  VISIBILITIES,
  Visibility,
} from '@koppel/domain';
import { CandidateSummaries, reachBits, selectCandidates } from '../candidate-selection';
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
/**
 * Parsed nodes kept between requests, about 1 KB each: a 100k-organisation graph (130k nodes)
 * fits whole in some 140 MB. Fewer make a large graph's requests parse again what they evicted.
 */
const NODE_CACHE_SIZE = 200_000;

/** Every node as candidate selection and matching need it, in id order. */
interface NodeSummaries extends CandidateSummaries {
  ids: string[];
  nids: number[];
  kinds: NodeKind[];
  names: string[];
  provinces: (string | null)[];
  stages: (string | null)[];
  enterpriseKinds: (string | null)[];
  /** Trust relationships per node and visibility: degrees[position * 3 + index in VISIBILITIES]. */
  degrees: Int32Array;
  positionOfNid: Map<number, number>;
  positionOfId: Map<string, number>;
}

type SummaryRow = [number, string, NodeKind, string | null, string, number | null, string | null, string | null, string | null];

/** from_nid, type, to_nid, key, data, and which end the tie was read for (0: from, 1: to). */
type TieRow = [number, RelationshipType, number, string, string, 0 | 1];

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

    const selectionSubject = { position: subjectPosition, themes: summaries.themes[subjectPosition], reach: summaries.reach[subjectPosition] };
    const { positions, truncated } = selectCandidates(summaries, selectionSubject, request, maxCandidates);
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
      s.reach[position] = reachBits(regions ? (JSON.parse(regions) as string[]) : null, province);
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

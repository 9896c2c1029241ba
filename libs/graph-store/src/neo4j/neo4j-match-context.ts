import neo4j, { Driver } from 'neo4j-driver';
import {
  Introduction,
  MAX_INTERMEDIARY_DEGREE,
  MatchContext,
  MatchContextRequest,
  NodeKind,
  NotFoundError,
  StakeholderNode,
  TargetIntroductionRecord,
  VISIBILITIES,
} from '@koppel/domain';
import { reachBits, selectCandidates, SelectionSubject, themeBits } from '../candidate-selection';
import { assembleMatchContext, deepFreeze, FRUITFUL_OUTCOMES, IntermediaryTies, TrustTie } from '../match-context-assembly';
import { checkMatchContextRequest } from '../request-limits';
import {
  propertiesToIntroduction,
  propertiesToNode,
  recordToImpression,
  recordToIntroductionRecord,
  recordToTrustTie,
} from './neo4j-mapper';
import { GraphVersionCache, positionOf, SummaryRow } from './neo4j-graph-version-cache';
import * as cypher from './neo4j-queries';
import { KeptNodes } from './neo4j-kept-nodes';

/**
 * The match context from Neo4j in two statements in one read transaction, whatever the number
 * of candidates: MATCH_CONTEXT_CANDIDATES (the graph version, the subject, its introductions and
 * impressions, and the candidate summaries not kept at that version); the adapter selects the
 * candidates (selectCandidates, as the embedded store does); then MATCH_CONTEXT_NEIGHBOURS (what
 * is not kept about the candidates, the subject's ties, its neighbours' ties to the candidates,
 * and the candidates' introduction records). The pairing is done by assembleMatchContext.
 *
 * Kept between requests, while the graph stays at one version (GraphVersionCache): the summaries
 * of every matchable node of the kinds asked so far, the candidates' trust degrees, and which
 * parsed nodes are current. Scanning every node of a kind and counting visible relationships is
 * what a request costs most on a large graph, and neither changes without a graph write, which
 * changes the version in the database: so this holds across processes and cluster members.
 *
 * Across versions, parsed nodes are kept by id with the random `rev` every write gives a node
 * (decoding a node's properties costs the driver far more than the server spends finding it):
 * after a write, a node is read again exactly when it was written since.
 */

interface NeighbourRow {
  id: string;
  kind: NodeKind;
  name: string;
  degree: unknown;
  ties: Record<string, unknown>[];
  toCandidates: Record<string, unknown>[];
}


const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class Neo4jMatchContext {
  /** Candidates as parsed (without provenance), by rev, across versions. */
  private readonly kept = new KeptNodes();
  /** What is kept at the graph version last seen. */
  private cache = new GraphVersionCache(null);

  async read(driver: Driver, request: MatchContextRequest): Promise<MatchContext> {
    const maxCandidates = checkMatchContextRequest(request);
    const visibilities = VISIBILITIES.filter((visibility) => request.visibilities.includes(visibility));
    const scope: cypher.VisibilityScope = visibilities.length === VISIBILITIES.length ? 'all' : 'some';
    const kinds = [...new Set(request.candidateKinds)];
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => {
        // What is kept now: another request may replace the cache while this one waits.
        const known = this.cache;
        const missingKinds = known.kindsMissing(kinds);
        const first = await tx.run(cypher.MATCH_CONTEXT_CANDIDATES, {
          subjectId: request.subjectId,
          kinds,
          knownVersion: known.version,
          missingKinds,
        });
        const row = first.records[0];
        if (!row) throw new NotFoundError('Node', request.subjectId);
        const version = row.get('version') as string | null;
        const cache = version !== null && version === known.version ? known : new GraphVersionCache(version);
        cache.addSummaries(cache === known ? missingKinds : kinds, row.get('summaries') as SummaryRow[]);
        if (cache !== known && cache.keepable) this.cache = cache;

        const subjectProperties = row.get('subject') as Record<string, unknown>;
        const subject: SelectionSubject & { id: string } = {
          id: request.subjectId,
          position: -1,
          themes: themeBits(subjectProperties['themes'] as string[] | null),
          reach: reachBits(subjectProperties['regions'] as string[] | null, subjectProperties['province'] as string | null),
        };
        const { ids: keptIds, truncated } = this.select(cache, kinds, subject, request, maxCandidates);
        if (keptIds.length === 0) return this.assemble(row, truncated, [], new Map(), [], []);

        const degrees = cache.degreesIn(visibilities.join(','));
        const checkIds = keptIds.filter((id) => !cache.nodes.has(id));
        // Kept entries now: another request may replace or evict some while this one waits.
        const keptNow = new Map(checkIds.flatMap((id) => {
          const entry = this.kept.entry(id);
          return entry ? [[id, entry] as const] : [];
        }));
        const second = await tx.run(cypher.MATCH_CONTEXT_NEIGHBOURS[scope], {
          subjectId: request.subjectId,
          visibilities,
          maxDegree: neo4j.int(MAX_INTERMEDIARY_DEGREE),
          candidateIds: keptIds,
          checkIds,
          keptRevs: checkIds.map((id) => keptNow.get(id)?.rev ?? ''),
          degreeIds: keptIds.filter((id) => !degrees.has(id)),
          fruitful: FRUITFUL_OUTCOMES,
        });
        const answer = second.records[0];
        for (const properties of answer.get('nodes') as Record<string, unknown>[]) {
          const node = deepFreeze(propertiesToNode(properties));
          cache.nodes.set(node.id, node);
          if (typeof properties['rev'] === 'string') this.kept.keep(node, properties['rev']);
        }
        // A candidate deleted since it was summarised is left out; the others kept are current.
        const gone = new Set(answer.get('gone') as string[]);
        for (const id of checkIds) {
          const entry = keptNow.get(id);
          // Not sent again: still at the rev kept when asked (now most recently used, if still kept).
          const node = cache.nodes.get(id) ?? (entry && (this.kept.at(id, entry.rev) ?? entry.node));
          if (node && !gone.has(id)) cache.nodes.set(id, node);
        }
        for (const [id, degree] of answer.get('degrees') as [string, unknown][]) degrees.set(id, Number(degree));
        const candidates = keptIds.flatMap((id) => {
          const node = gone.has(id) ? undefined : cache.nodes.get(id);
          const degree = degrees.get(id);
          return node && degree !== undefined ? [{ node, degree }] : [];
        });
        const records = new Map<string, TargetIntroductionRecord>(
          (answer.get('records') as unknown[][]).map(([target, requested, accepted, declined, fruitful]) => [
            target as string,
            recordToIntroductionRecord({ requested, accepted, declined, fruitful }),
          ]),
        );

        const subjectTies: TrustTie[] = [];
        const intermediaries: IntermediaryTies[] = [];
        for (const neighbour of answer.get('neighbours') as NeighbourRow[]) {
          subjectTies.push(...neighbour.ties.map((tie) => recordToTrustTie(tie, request.subjectId)));
          intermediaries.push({
            node: { id: neighbour.id, kind: neighbour.kind, name: neighbour.name },
            degree: Number(neighbour.degree),
            ties: neighbour.toCandidates.map((tie) => recordToTrustTie(tie, neighbour.id)),
          });
        }
        return this.assemble(row, truncated, candidates, records, subjectTies, intermediaries);
      });
    } finally {
      await session.close();
    }
  }

  /** The candidates kept, per kind by selectCandidates over that kind's summaries, in id order. */
  private select(
    cache: GraphVersionCache,
    kinds: readonly NodeKind[],
    subject: SelectionSubject & { id: string },
    request: MatchContextRequest,
    maxCandidates: number,
  ): { ids: string[]; truncated: boolean } {
    const ids: string[] = [];
    let truncated = false;
    for (const kind of kinds) {
      const summaries = cache.summariesOf(kind);
      if (!summaries) continue;
      const chosen = selectCandidates(summaries, { ...subject, position: positionOf(summaries.ids, subject.id) }, request, maxCandidates);
      for (const position of chosen.positions) ids.push(summaries.ids[position]);
      truncated ||= chosen.truncated;
    }
    return { ids: ids.sort(byId), truncated };
  }

  private assemble(
    row: { get(key: string): unknown },
    truncated: boolean,
    candidates: { node: StakeholderNode; degree: number }[],
    records: Map<string, TargetIntroductionRecord>,
    subjectTies: TrustTie[],
    intermediaries: IntermediaryTies[],
  ): MatchContext {
    return assembleMatchContext({
      subject: propertiesToNode(row.get('subject') as Record<string, unknown>),
      candidates,
      truncated,
      subjectTies,
      intermediaries,
      records,
      introductions: (row.get('introductions') as Record<string, unknown>[]).map(propertiesToIntroduction) as Introduction[],
      impressions: (row.get('impressions') as Record<string, unknown>[]).map(recordToImpression),
    });
  }
}

import neo4j, { Driver } from 'neo4j-driver';
import {
  Introduction,
  MAX_INTERMEDIARY_DEGREE,
  MatchContext,
  MatchContextRequest,
  NodeKind,
  NotFoundError,
  PROVINCES,
  StakeholderNode,
  TargetIntroductionRecord,
  VISIBILITIES,
} from '@koppel/domain';
import { assembleMatchContext, deepFreeze, FRUITFUL_OUTCOMES, IntermediaryTies, TrustTie } from '../match-context-assembly';
import { checkMatchContextRequest } from '../request-limits';
import {
  propertiesToIntroduction,
  propertiesToNode,
  recordToImpression,
  recordToIntroductionRecord,
  recordToTrustTie,
} from './neo4j-mapper';
import * as cypher from './neo4j-queries';

/**
 * The match context from Neo4j in two statements in one read transaction, whatever the number
 * of candidates: MATCH_CONTEXT_CANDIDATES (the subject, who qualifies, grouped by themes shared,
 * and the subject's introductions and impressions); the adapter picks the candidates kept; then
 * MATCH_CONTEXT_NEIGHBOURS (their degrees and, where needed, properties, the subject's ties, its
 * neighbours' ties to the candidates, and the candidates' introduction records). The pairing is
 * done by assembleMatchContext, as for the embedded store.
 *
 * Decoding a node's properties costs the driver far more than the server spends finding it, so
 * parsed candidate nodes are kept, by id, with the random `rev` every write gives a node: a node
 * is read again exactly when it was written since. The rev lives in the database, so this holds
 * across processes and cluster members.
 */

interface NeighbourRow {
  id: string;
  kind: NodeKind;
  name: string;
  degree: unknown;
  ties: Record<string, unknown>[];
  toCandidates: Record<string, unknown>[];
}

/**
 * Parsed nodes kept between requests, about 1 KB each: a 100k-organisation graph (130k nodes)
 * fits whole in some 140 MB. Fewer make a large graph's requests parse again what they evicted.
 */
const NODE_CACHE_SIZE = 200_000;

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class Neo4jMatchContext {
  /** id -> the node as parsed at rev; least recently used first. */
  private readonly kept = new Map<string, { rev: string; node: StakeholderNode }>();

  async read(driver: Driver, request: MatchContextRequest): Promise<MatchContext> {
    const maxCandidates = checkMatchContextRequest(request);
    const visibilities = VISIBILITIES.filter((visibility) => request.visibilities.includes(visibility));
    const scope: cypher.VisibilityScope = visibilities.length === VISIBILITIES.length ? 'all' : 'some';
    const filter = request.candidateFilter ?? {};
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => {
        const first = await tx.run(cypher.MATCH_CONTEXT_CANDIDATES, {
          subjectId: request.subjectId,
          kinds: [...request.candidateKinds],
          theme: filter.theme ?? null,
          province: filter.province ?? null,
          stage: filter.stage ?? null,
          enterpriseKind: filter.enterpriseKind ?? null,
          maxCandidates: neo4j.int(maxCandidates),
          sameReach: request.sameReach === true,
          allProvinces: [...PROVINCES],
        });
        const row = first.records[0];
        if (!row) throw new NotFoundError('Node', request.subjectId);
        const keptIds: string[] = [];
        let truncated = false;
        for (const [qualifying, ahead, straddling] of row.get('perKind') as [unknown, string[], string[]][]) {
          keptIds.push(...ahead, ...straddling.sort(byId).slice(0, maxCandidates - ahead.length));
          if (Number(qualifying) > maxCandidates) truncated = true;
        }
        keptIds.sort(byId);
        if (keptIds.length === 0) return this.assemble(row, truncated, [], new Map(), [], []);

        // What is kept now: another request may replace or evict entries while this one waits.
        const known = new Map(keptIds.flatMap((id) => {
          const entry = this.kept.get(id);
          return entry ? [[id, entry] as const] : [];
        }));
        const second = await tx.run(cypher.MATCH_CONTEXT_NEIGHBOURS[scope], {
          subjectId: request.subjectId,
          visibilities,
          maxDegree: neo4j.int(MAX_INTERMEDIARY_DEGREE),
          candidateIds: keptIds,
          keptRevs: keptIds.map((id) => known.get(id)?.rev ?? ''),
          fruitful: FRUITFUL_OUTCOMES,
        });
        const answer = second.records[0];
        const fresh = new Map<string, StakeholderNode>();
        for (const properties of answer.get('nodes') as Record<string, unknown>[]) {
          const node = deepFreeze(propertiesToNode(properties));
          fresh.set(node.id, node);
          if (typeof properties['rev'] === 'string') this.keep(node, properties['rev']);
        }
        // A candidate deleted between the two statements is not in `ids`, and is left out.
        const degrees = answer.get('degrees') as unknown[];
        const candidates = (answer.get('ids') as string[]).flatMap((id, index) => {
          const node = fresh.get(id) ?? this.keptNode(id, known.get(id));
          return node ? [{ node, degree: Number(degrees[index]) }] : [];
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
        return this.assemble(row, truncated, candidates.sort((a, b) => byId(a.node.id, b.node.id)), records, subjectTies, intermediaries);
      });
    } finally {
      await session.close();
    }
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

  /** A node kept at the rev the database still has (it was not sent again); now most recently used. */
  private keptNode(id: string, entry: { rev: string; node: StakeholderNode } | undefined): StakeholderNode | undefined {
    if (entry && this.kept.get(id) === entry) {
      this.kept.delete(id);
      this.kept.set(id, entry);
    }
    return entry?.node;
  }

  private keep(node: StakeholderNode, rev: string): void {
    this.kept.delete(node.id);
    if (this.kept.size >= NODE_CACHE_SIZE) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(node.id, { rev, node });
  }
}

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
import { assembleMatchContext, FRUITFUL_OUTCOMES, IntermediaryTies, TrustTie } from '../match-context-assembly';
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
 * of candidates: MATCH_CONTEXT_CANDIDATES (subject, candidates with degree and record, the
 * subject's introductions and impressions), then MATCH_CONTEXT_NEIGHBOURS (the subject's ties
 * and its neighbours' ties to those candidates). The pairing is done by assembleMatchContext,
 * as for the embedded store.
 */

interface CandidateRow {
  node: Record<string, unknown>;
  degree: unknown;
  record: Record<string, unknown>;
}

const byNodeId = (a: { node: StakeholderNode }, b: { node: StakeholderNode }) =>
  a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;

export async function readMatchContext(driver: Driver, request: MatchContextRequest): Promise<MatchContext> {
  const maxCandidates = checkMatchContextRequest(request);
  const visibilities = VISIBILITIES.filter((visibility) => request.visibilities.includes(visibility));
  const scope: cypher.VisibilityScope = visibilities.length === VISIBILITIES.length ? 'all' : 'some';
  const filter = request.candidateFilter ?? {};
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const first = await tx.run(cypher.MATCH_CONTEXT_CANDIDATES[scope], {
        subjectId: request.subjectId,
        kinds: [...request.candidateKinds],
        theme: filter.theme ?? null,
        province: filter.province ?? null,
        stage: filter.stage ?? null,
        enterpriseKind: filter.enterpriseKind ?? null,
        visibilities,
        maxCandidates: neo4j.int(maxCandidates),
        fruitful: FRUITFUL_OUTCOMES,
      });
      const row = first.records[0];
      if (!row) throw new NotFoundError('Node', request.subjectId);
      const subject = propertiesToNode(row.get('subject') as Record<string, unknown>);
      const records = new Map<string, TargetIntroductionRecord>();
      const candidates = (row.get('candidates') as CandidateRow[])
        .map(({ node, degree, record }) => {
          const candidate = { node: propertiesToNode(node), degree: Number(degree) };
          records.set(candidate.node.id, recordToIntroductionRecord(record));
          return candidate;
        })
        .sort(byNodeId);

      const intermediaries: IntermediaryTies[] = [];
      const subjectTies: TrustTie[] = [];
      if (candidates.length > 0) {
        const second = await tx.run(cypher.MATCH_CONTEXT_NEIGHBOURS[scope], {
          subjectId: request.subjectId,
          visibilities,
          maxDegree: neo4j.int(MAX_INTERMEDIARY_DEGREE),
          candidateIds: candidates.map((candidate) => candidate.node.id),
        });
        for (const neighbour of second.records) {
          const id = neighbour.get('id') as string;
          subjectTies.push(...(neighbour.get('ties') as Record<string, unknown>[]).map((tie) => recordToTrustTie(tie, request.subjectId)));
          intermediaries.push({
            node: { id, kind: neighbour.get('kind') as NodeKind, name: neighbour.get('name') as string },
            degree: Number(neighbour.get('degree')),
            ties: (neighbour.get('toCandidates') as Record<string, unknown>[]).map((tie) => recordToTrustTie(tie, id)),
          });
        }
      }

      return assembleMatchContext({
        subject,
        candidates,
        truncated: Number(row.get('qualifying')) > candidates.length,
        subjectTies,
        intermediaries,
        records,
        introductions: (row.get('introductions') as Record<string, unknown>[]).map(propertiesToIntroduction) as Introduction[],
        impressions: (row.get('impressions') as Record<string, unknown>[]).map(recordToImpression),
      });
    });
  } finally {
    await session.close();
  }
}

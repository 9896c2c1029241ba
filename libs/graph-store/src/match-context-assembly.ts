import {
  CommonNeighbour,
  Introduction,
  IntroductionOutcomeKind,
  MAX_INTERMEDIARY_DEGREE,
  MatchCandidate,
  MatchContext,
  NodeSummary,
  RelationshipType,
  StakeholderNode,
  SuggestionImpression,
  TargetIntroductionRecord,
  TieFacts,
} from '@koppel/domain';

/**
 * The part of a match context that is the same whichever store read the graph: choosing the
 * strongest of several ties, pairing the subject's ties with the candidates' through common
 * neighbours, and the order of everything. Each adapter reads the raw parts its own way (SQL,
 * Cypher) and hands them here, so both give the same answer by construction.
 */

/** Outcomes that count as fruitful in a target's introduction record. */
export const FRUITFUL_OUTCOMES: readonly IntroductionOutcomeKind[] = ['FUNDING', 'PURCHASE', 'COLLABORATION'];

/** Strength of a tie that does not say how strong it is: neither weak nor close. */
export const DEFAULT_TIE_STRENGTH = 0.5;

/** A trust relationship as an adapter reads it for matching, seen from one of its ends. */
export interface TrustTie {
  /** The relationship's id (`from>TYPE>to#key`): the last word between two equally strong ties. */
  id: string;
  /** The end it leads to, seen from the node it was read for. */
  otherId: string;
  facts: TieFacts;
}

/** A node the subject has a trust tie with, and its ties to candidates. */
export interface IntermediaryTies {
  node: NodeSummary;
  /** Its number of trust relationships in scope. */
  degree: number;
  /** Its ties in scope to candidates; ties to other nodes may be left out or are ignored. */
  ties: TrustTie[];
}

export interface MatchContextParts {
  subject: StakeholderNode;
  /** The candidates kept, in id order, with their degree. */
  candidates: { node: StakeholderNode; degree: number }[];
  truncated: boolean;
  /** Every trust tie of the subject in scope. */
  subjectTies: TrustTie[];
  /** The subject's neighbours over those ties; the ones above MAX_INTERMEDIARY_DEGREE are left out here. */
  intermediaries: IntermediaryTies[];
  /** Introduction records of candidates that have any, by candidate id. */
  records: ReadonlyMap<string, TargetIntroductionRecord>;
  introductions: Introduction[];
  impressions: SuggestionImpression[];
}

/** TieFacts from a relationship's properties: only the fields that are set; confidence 1 when missing. */
export function tieFactsOf(type: RelationshipType, properties: Record<string, unknown>): TieFacts {
  const { strength, lastActiveAt, confidence, year } = properties;
  return {
    type,
    ...(typeof strength === 'number' ? { strength } : {}),
    ...(typeof lastActiveAt === 'string' ? { lastActiveAt } : {}),
    confidence: typeof confidence === 'number' ? confidence : 1,
    ...(typeof year === 'number' ? { year } : {}),
  };
}

/** Stronger first: strength (missing counts as 0.5), then confidence, then the lower relationship id. */
function compareStrength(a: TrustTie, b: TrustTie): number {
  const strength = (b.facts.strength ?? DEFAULT_TIE_STRENGTH) - (a.facts.strength ?? DEFAULT_TIE_STRENGTH);
  if (strength !== 0) return strength;
  const confidence = b.facts.confidence - a.facts.confidence;
  if (confidence !== 0) return confidence;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The strongest tie per node at the other end. */
function strongestByOther(ties: readonly TrustTie[]): Map<string, TrustTie> {
  const best = new Map<string, TrustTie>();
  for (const tie of ties) {
    const known = best.get(tie.otherId);
    if (!known || compareStrength(tie, known) < 0) best.set(tie.otherId, tie);
  }
  return best;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Freezes a value and everything in it: nodes kept between requests are shared by them. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function emptyIntroductionRecord(): TargetIntroductionRecord {
  return { requested: 0, accepted: 0, declined: 0, fruitful: 0 };
}

/** Introductions in the order every listing of them has: requestedAt, then id. */
export function compareIntroductions(a: Introduction, b: Introduction): number {
  return byId(a.requestedAt, b.requestedAt) || byId(a.id, b.id);
}

export function assembleMatchContext(parts: MatchContextParts): MatchContext {
  const subjectId = parts.subject.id;
  const candidateIds = new Set(parts.candidates.map((candidate) => candidate.node.id));
  const subjectTieTo = strongestByOther(parts.subjectTies);

  const directTies = new Map<string, TrustTie[]>();
  for (const tie of parts.subjectTies) {
    if (!candidateIds.has(tie.otherId)) continue;
    const list = directTies.get(tie.otherId);
    if (list) list.push(tie);
    else directTies.set(tie.otherId, [tie]);
  }

  const common = new Map<string, CommonNeighbour[]>();
  const named = new Map<string, NodeSummary>();
  const intermediaries = parts.intermediaries
    .filter((w) => w.degree <= MAX_INTERMEDIARY_DEGREE && w.node.id !== subjectId && subjectTieTo.has(w.node.id))
    .sort((a, b) => byId(a.node.id, b.node.id));
  for (const w of intermediaries) {
    const subjectTie = subjectTieTo.get(w.node.id) as TrustTie;
    const toCandidates = strongestByOther(
      w.ties.filter((tie) => candidateIds.has(tie.otherId) && tie.otherId !== subjectId && tie.otherId !== w.node.id),
    );
    for (const [candidateId, candidateTie] of toCandidates) {
      const neighbour: CommonNeighbour = {
        id: w.node.id,
        degree: w.degree,
        subjectTie: subjectTie.facts,
        candidateTie: candidateTie.facts,
      };
      const list = common.get(candidateId);
      if (list) list.push(neighbour);
      else common.set(candidateId, [neighbour]);
      named.set(w.node.id, w.node);
    }
  }

  const candidates: MatchCandidate[] = parts.candidates.map(({ node, degree }) => ({
    node: deepFreeze(node),
    degree,
    directTies: (directTies.get(node.id) ?? []).sort((a, b) => byId(a.id, b.id)).map((tie) => tie.facts),
    commonNeighbours: common.get(node.id) ?? [],
    introductionRecord: parts.records.get(node.id) ?? emptyIntroductionRecord(),
  }));

  return {
    subject: deepFreeze(parts.subject),
    candidates,
    intermediaries: Object.fromEntries([...named].sort(([a], [b]) => byId(a, b))),
    introductions: [...parts.introductions].sort(compareIntroductions),
    impressions: [...parts.impressions].sort((a, b) => byId(a.targetId, b.targetId)),
    truncated: parts.truncated,
  };
}

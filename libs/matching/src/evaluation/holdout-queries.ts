import { MatchContext, NodeKind, ORGANISATION_KINDS, TRUST_RELATIONSHIP_TYPES } from '@koppel/domain';
import { cutoffYearOf, DatedGraph } from './time-split';

/**
 * What the hold-out asks of a ranker: per entrepreneur and task, rank the candidates; the
 * positives are the new pairs that formed after the cutoff.
 */

export const EVALUATION_TASKS = ['funding', 'purchase', 'introduction'] as const;
export type EvaluationTask = (typeof EVALUATION_TASKS)[number];

/** The kinds of candidate ranked in each task. */
export const TASK_CANDIDATE_KINDS: Record<EvaluationTask, readonly NodeKind[]> = {
  funding: ['Fund'],
  purchase: ['Purchaser'],
  introduction: ORGANISATION_KINDS,
};

export interface HoldoutQuery {
  task: EvaluationTask;
  /** An entrepreneur known before the cutoff. */
  subjectId: string;
  /** Candidates it formed a new pair with after the cutoff, in id order. */
  positives: string[];
}

/** Pairs after the cutoff that did not become positives, and why. */
export interface LeftOutPairs {
  /** The entrepreneur did not exist before the cutoff (founded later): nobody could rank for it then. */
  subjectUnknown: number;
  /** The other side did not exist before the cutoff. */
  targetUnknown: number;
  /** The two were already tied (a trust relationship) or had an introduction before the cutoff: not new. */
  notNew: number;
}

export interface HoldoutQueries {
  queries: HoldoutQuery[];
  leftOut: Record<EvaluationTask, LeftOutPairs>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The queries of a time-based hold-out, from the full graph and the training graph made of it:
 * - funding: a Fund that FUNDED the entrepreneur in the cutoff's year or later;
 * - purchase: a Purchaser that BOUGHT_FROM it in the cutoff's year or later;
 * - introduction: an organisation it asked to be introduced to at or after the cutoff
 *   (whatever the answer: the request is what a suggestion would have prompted).
 * A pair counts once per task, and only when new: both ends in the training graph, and no trust
 * relationship or introduction between them there. Queries without a positive are left out.
 * Ordered by task, then subject id.
 */
export function holdoutQueries(full: DatedGraph, train: DatedGraph, cutoff: Date): HoldoutQueries {
  const year = cutoffYearOf(cutoff);
  const kindOf = new Map(full.nodes.map((node) => [node.id, node.kind]));
  const known = new Set(train.nodes.map((node) => node.id));
  const tiedBefore = new Set([
    ...train.relationships.filter((rel) => TRUST_RELATIONSHIP_TYPES.includes(rel.type)).map((rel) => pairKey(rel.from, rel.to)),
    ...train.introductions.map((intro) => pairKey(intro.requesterId, intro.targetId)),
  ]);

  const after: Record<EvaluationTask, [subject: string, target: string][]> = {
    funding: full.relationships
      .filter((rel) => rel.type === 'FUNDED' && rel.year !== undefined && rel.year >= year && kindOf.get(rel.from) === 'Fund')
      .map((rel) => [rel.to, rel.from]),
    purchase: full.relationships
      .filter((rel) => rel.type === 'BOUGHT_FROM' && rel.year !== undefined && rel.year >= year && kindOf.get(rel.from) === 'Purchaser')
      .map((rel) => [rel.to, rel.from]),
    introduction: full.introductions
      .filter((intro) => Date.parse(intro.requestedAt) >= cutoff.getTime() && ORGANISATION_KINDS.includes(kindOf.get(intro.targetId)!))
      .map((intro) => [intro.requesterId, intro.targetId]),
  };

  const queries: HoldoutQuery[] = [];
  const leftOut = {} as Record<EvaluationTask, LeftOutPairs>;
  for (const task of EVALUATION_TASKS) {
    const counts: LeftOutPairs = { subjectUnknown: 0, targetUnknown: 0, notNew: 0 };
    const positives = new Map<string, Set<string>>();
    const seen = new Set<string>();
    for (const [subject, target] of after[task]) {
      if (kindOf.get(subject) !== 'Entrepreneur') continue;
      const key = pairKey(subject, target);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!known.has(subject)) counts.subjectUnknown++;
      else if (!known.has(target)) counts.targetUnknown++;
      else if (tiedBefore.has(key)) counts.notNew++;
      else positives.set(subject, (positives.get(subject) ?? new Set()).add(target));
    }
    leftOut[task] = counts;
    for (const subjectId of [...positives.keys()].sort()) {
      queries.push({ task, subjectId, positives: [...positives.get(subjectId)!].sort() });
    }
  }
  return { queries, leftOut };
}

/**
 * The candidates worth ranking for a new pair: the context's candidates minus those the subject
 * is already tied to or already had an introduction with (they cannot be new, whichever ranker
 * looks at them). The same pool goes to every ranker.
 */
export function candidatePool(context: MatchContext): MatchContext {
  const subjectId = context.subject.id;
  const introduced = new Set(
    context.introductions.flatMap((intro) =>
      intro.requesterId === subjectId ? [intro.targetId] : intro.targetId === subjectId ? [intro.requesterId] : [],
    ),
  );
  return {
    ...context,
    candidates: context.candidates.filter((candidate) => candidate.directTies.length === 0 && !introduced.has(candidate.node.id)),
  };
}

import {
  Introduction,
  IntroductionAction,
  IntroductionStatus,
  StakeholderNode,
  ValidRelationship,
} from '@koppel/domain';

/**
 * A time-based hold-out: what was known before a cutoff date is the training graph; what
 * happened after it is to be predicted. Pure, over the graph as plain data.
 */

/** A graph with its introductions, as a store would hold it. */
export interface DatedGraph {
  nodes: readonly StakeholderNode[];
  relationships: readonly ValidRelationship[];
  introductions: readonly Introduction[];
}

/**
 * Which ties dated only by `lastActiveAt` (KNOWS) count as known before the cutoff.
 * - `last-active-before-cutoff` (the honest default): only ties last active before it. A tie
 *   last active later may well be older, but nothing says so, and it may have been made by the
 *   very funding, purchase or introduction that is to be predicted (a founder who met the fund's
 *   investment manager during due diligence); keeping it would leak the answer into the warm
 *   paths. The price: the training graph has fewer ties than the real one had.
 * - `all`: every such tie, as an upper bound that shows how much warm-path rankers lose.
 */
export type LastActiveRule = 'last-active-before-cutoff' | 'all';

export interface TimeSplitOptions {
  /** The first moment of the held-out period; must be 1 January 00:00 UTC (facts are dated by year). */
  cutoff: Date;
  lastActive?: LastActiveRule;
}

/** Refuses a cutoff inside a year: a fact dated only by its year could then lie on either side. */
export function cutoffYearOf(cutoff: Date): number {
  const year = cutoff.getUTCFullYear();
  if (cutoff.getTime() !== Date.UTC(year, 0, 1)) {
    throw new RangeError(`the cutoff must be 1 January 00:00 UTC (fundings, purchases and memberships are dated by year), got ${cutoff.toISOString()}`);
  }
  return year;
}

/**
 * Whether a node existed before the cutoff: an entrepreneur founded before the cutoff's year
 * (or with no founding year), an event held before the cutoff; everything else (organisations,
 * places, persons carry no date) counts as known.
 */
export function nodeKnownBefore(node: StakeholderNode, cutoff: Date): boolean {
  const year = cutoffYearOf(cutoff);
  if (node.kind === 'Entrepreneur') return node.foundedYear === undefined || node.foundedYear < year;
  if (node.kind === 'Event') return node.date < cutoff.toISOString().slice(0, 10);
  return true;
}

/**
 * Whether a relationship was known before the cutoff (its ends aside): one with a `year`
 * (FUNDED, BOUGHT_FROM, MEMBER_OF, SUPPORTED_BY, PARTNERS_WITH) when that year lies before the
 * cutoff's; one dated only by `lastActiveAt` (KNOWS) by `rule`; an undated one (LOCATED_IN,
 * PART_OF, WORKS_FOR, PURCHASES_FOR, ...) always: it is structure, not an event.
 */
export function relationshipKnownBefore(rel: ValidRelationship, cutoff: Date, rule: LastActiveRule = 'last-active-before-cutoff'): boolean {
  const year = cutoffYearOf(cutoff);
  if (rel.year !== undefined) return rel.year < year;
  if (rel.lastActiveAt !== undefined) return rule === 'all' || rel.lastActiveAt < cutoff.toISOString().slice(0, 10);
  return true;
}

const STATUS_AFTER: Partial<Record<IntroductionAction, IntroductionStatus>> = {
  APPROVED: 'AWAITING_RESPONSE',
  EDITED: 'AWAITING_RESPONSE',
  HELD: 'ON_HOLD',
  ACCEPTED: 'INTRODUCED',
  DECLINED: 'DECLINED',
};
const REVIEW_ACTIONS: readonly IntroductionAction[] = ['APPROVED', 'EDITED', 'HELD'];

/**
 * An introduction as it stood just before `cutoff`: only the steps taken before it, and the
 * status and outcome they lead to; undefined when it was requested at or after the cutoff.
 * (A message edited after the cutoff keeps its edited text: the original is not stored, and no
 * ranker reads it.)
 */
export function introductionAsOf(introduction: Introduction, cutoff: Date): Introduction | undefined {
  const steps = introduction.steps.filter((step) => Date.parse(step.at) < cutoff.getTime());
  if (steps.length === 0) return undefined;
  if (steps.length === introduction.steps.length) return introduction;
  const reviewed = introduction.steps.some((step) => REVIEW_ACTIONS.includes(step.action));
  let status: IntroductionStatus = reviewed ? 'AWAITING_REVIEW' : 'AWAITING_RESPONSE';
  let message = introduction.message;
  for (const step of steps.slice(1)) {
    status = STATUS_AFTER[step.action] ?? status;
    if (step.action === 'EDITED' && step.note) message = step.note;
  }
  const lastOutcome = [...steps].reverse().find((step) => step.action === 'OUTCOME_RECORDED');
  const laterOutcome = introduction.steps.slice(steps.length).some((step) => step.action === 'OUTCOME_RECORDED');
  const { outcome, ...rest } = introduction;
  const outcomeThen =
    lastOutcome === undefined
      ? undefined
      : !laterOutcome && outcome
        ? outcome
        : { kind: lastOutcome.note as NonNullable<Introduction['outcome']>['kind'], on: lastOutcome.at.slice(0, 10) };
  return { ...rest, message, status, steps, ...(outcomeThen ? { outcome: outcomeThen } : {}) };
}

/** What the split left out of the training graph. */
export interface TimeSplitReport {
  train: DatedGraph;
  left: { nodes: number; relationships: number; introductions: number };
}

/**
 * The training graph: nodes known before the cutoff, relationships known before it between
 * them, introductions requested before it as they stood then (an introducer not in the
 * training graph is left out of the introduction).
 */
export function trainingGraph(graph: DatedGraph, options: TimeSplitOptions): TimeSplitReport {
  const { cutoff } = options;
  cutoffYearOf(cutoff);
  const nodes = graph.nodes.filter((node) => nodeKnownBefore(node, cutoff));
  const known = new Set(nodes.map((node) => node.id));
  const relationships = graph.relationships.filter(
    (rel) => known.has(rel.from) && known.has(rel.to) && relationshipKnownBefore(rel, cutoff, options.lastActive),
  );
  const introductions = graph.introductions.flatMap((intro) => {
    const then = introductionAsOf(intro, cutoff);
    if (!then || !known.has(then.requesterId) || !known.has(then.targetId)) return [];
    if (then.introducerId && !known.has(then.introducerId)) {
      const { introducerId: _unknown, ...rest } = then;
      return [rest];
    }
    return [then];
  });
  return {
    train: { nodes, relationships, introductions },
    left: {
      nodes: graph.nodes.length - nodes.length,
      relationships: graph.relationships.length - relationships.length,
      introductions: graph.introductions.length - introductions.length,
    },
  };
}

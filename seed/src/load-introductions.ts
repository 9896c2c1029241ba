import { z } from 'zod';
import {
  DomainError,
  fieldPath,
  ID_PATTERN,
  Introduction,
  INTRODUCTION_OUTCOMES,
  recordIntroductionOutcome,
  respondToIntroduction,
  reviewIntroduction,
  startIntroduction,
  ValidationError,
} from '@koppel/domain';

/**
 * Past introductions in the demo data (`introductions*.yaml`): each item is replayed through the
 * double opt-in workflow of @koppel/domain, so every stored history is one the workflow allows.
 */

/** One problem in a demo data file, located so that a coordinator can fix it. */
export interface DemoDataProblem {
  file: string;
  /** 1-based position in the file, and what the item is about. */
  item: string;
  field: string;
  reason: string;
}

/** Every problem found in the demo data files, listed one per line. */
export class DemoDataError extends Error {
  constructor(readonly problems: readonly DemoDataProblem[]) {
    super(problems.map((p) => `${p.file}, ${p.item}, ${p.field}: ${p.reason}`).join('\n'));
    this.name = 'DemoDataError';
  }
}

/** Files named `introductions*.yaml` hold past introductions. */
export function isIntroductionFile(file: string): boolean {
  return /^introductions.*\.ya?ml$/i.test(file);
}

const day = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const id = z.string({ error: 'must be a node id' }).regex(ID_PATTERN, { error: 'must be a node id' });
const note = z.string().trim().min(1).max(1000).optional();

const reviewSchema = z.strictObject({
  decision: z.enum(['APPROVE', 'EDIT', 'HOLD'], { error: 'must be APPROVE, EDIT or HOLD' }),
  by: id,
  on: day,
  note,
  /** EDIT: the message as the coordinator edited it. */
  message: z.string().optional(),
});

const introductionItemSchema = z.strictObject({
  requester: id,
  target: id,
  introducer: id.optional(),
  requested: day,
  message: z.string({ error: 'is required' }),
  reasons: z.array(z.string()).default([]),
  /** Present when a coordinator was asked to review it first; empty while nobody has. */
  reviews: z.array(reviewSchema).optional(),
  answer: z.strictObject({ accepted: z.boolean({ error: 'must be true or false' }), on: day, note }).optional(),
  outcome: z
    .strictObject({
      kind: z.enum(INTRODUCTION_OUTCOMES, { error: `must be one of ${INTRODUCTION_OUTCOMES.join(', ')}` }),
      on: day,
      /** Who recorded it: the requester (default) or the target. */
      by: id.optional(),
      note,
    })
    .optional(),
});
export type IntroductionItem = z.output<typeof introductionItemSchema>;

/** The stored id of a demo introduction: `intro:<requester>-<target>-<year requested>`. */
export function demoIntroductionId(requesterId: string, targetId: string, requested: string): string {
  return `intro:${requesterId}-${targetId}-${requested.slice(0, 4)}`;
}

/** A demo day as the moment of a workflow step (the day at 00:00 UTC). */
const at = (date: string) => new Date(`${date}T00:00:00.000Z`);

/**
 * Builds the stored introductions of one file. `kindOf` tells which node ids exist (and their
 * kind); an unknown id, a step out of order or a step the workflow refuses throws a
 * DemoDataError naming file, item, field and reason (all problems of the file at once).
 */
export function buildDemoIntroductions(
  file: string,
  items: readonly Record<string, unknown>[],
  kindOf: ReadonlyMap<string, string>,
): Introduction[] {
  const problems: DemoDataProblem[] = [];
  const introductions: Introduction[] = [];
  const seen = new Map<string, number>();

  items.forEach((raw, index) => {
    const label = `item ${index + 1} (${String(raw.requester ?? '?')} -> ${String(raw.target ?? '?')})`;
    const problem = (field: string, reason: string) => problems.push({ file, item: label, field, reason });

    const parsed = introductionItemSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problem(fieldPath('', issue.path), issue.message);
      return;
    }
    const item = parsed.data;
    const before = problems.length;

    const known = (field: string, nodeId: string | undefined, kind?: string) => {
      if (nodeId === undefined) return;
      const actual = kindOf.get(nodeId);
      if (actual === undefined) problem(field, `unknown node id '${nodeId}'`);
      else if (kind && actual !== kind) problem(field, `'${nodeId}' is a ${actual}, must be a ${kind}`);
    };
    known('requester', item.requester);
    known('target', item.target);
    known('introducer', item.introducer, 'Person');
    if (item.introducer && (item.introducer === item.requester || item.introducer === item.target)) {
      problem('introducer', 'must be someone other than the requester and the target');
    }
    item.reviews?.forEach((review, r) => known(`reviews[${r}].by`, review.by, 'Person'));
    if (item.outcome?.by && item.outcome.by !== item.requester && item.outcome.by !== item.target) {
      problem('outcome.by', 'must be the requester or the target');
    }

    // Steps in time order: requested, reviews, answer, outcome.
    const dated: [string, string][] = [
      ['requested', item.requested],
      ...(item.reviews ?? []).map((review, r): [string, string] => [`reviews[${r}].on`, review.on]),
      ...(item.answer ? [['answer.on', item.answer.on] as [string, string]] : []),
      ...(item.outcome ? [['outcome.on', item.outcome.on] as [string, string]] : []),
    ];
    for (let i = 1; i < dated.length; i++) {
      if (dated[i][1] < dated[i - 1][1]) problem(dated[i][0], `must not be before ${dated[i - 1][0]} (${dated[i - 1][1]})`);
    }

    const introductionId = demoIntroductionId(item.requester, item.target, item.requested);
    if (!ID_PATTERN.test(introductionId)) problem('requester', `makes the id '${introductionId}', which is not a valid id (at most 128 characters)`);
    const earlier = seen.get(introductionId);
    if (earlier !== undefined) problem('requested', `the same pair was already requested that year (item ${earlier + 1}): ids must differ`);
    seen.set(introductionId, index);
    if (problems.length > before) return;

    // Replay the workflow; the first step it refuses names the field of that step.
    let step = 'requested';
    try {
      let introduction = startIntroduction(
        {
          requesterId: item.requester,
          targetId: item.target,
          ...(item.introducer ? { introducerId: item.introducer } : {}),
          message: item.message,
          reasons: item.reasons,
          review: item.reviews !== undefined,
        },
        introductionId,
        at(item.requested),
      );
      (item.reviews ?? []).forEach((review, r) => {
        step = `reviews[${r}]`;
        if (review.decision !== 'EDIT' && review.message !== undefined) {
          throw new ValidationError([{ field: 'message', reason: 'only an EDIT gives a new message; use note for a reason' }]);
        }
        const text = review.decision === 'EDIT' ? review.message : review.note;
        introduction = reviewIntroduction(introduction, review.decision, review.by, at(review.on), text);
      });
      if (item.answer) {
        step = 'answer';
        introduction = respondToIntroduction(introduction, item.answer.accepted, item.target, at(item.answer.on), item.answer.note);
      }
      if (item.outcome) {
        step = 'outcome';
        const { kind, on, note: outcomeNote, by } = item.outcome;
        introduction = recordIntroductionOutcome(introduction, { kind, on, ...(outcomeNote ? { note: outcomeNote } : {}) }, by ?? item.requester, at(on));
      }
      introductions.push(introduction);
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const issue of error.issues) problem(step === 'requested' ? issue.field : `${step}: ${issue.field}`, issue.reason);
      } else if (error instanceof DomainError) {
        problem(step, `the workflow refuses this step: ${error.message}`);
      } else {
        throw error;
      }
    }
  });

  if (problems.length > 0) throw new DemoDataError(problems);
  return introductions;
}

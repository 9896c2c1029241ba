import { ConflictError, ValidationError } from './domain-errors';
import {
  DECLINE_COOL_DOWN_DAYS,
  Introduction,
  IntroductionAction,
  IntroductionOutcome,
  introductionOutcomeSchema,
  IntroductionRequest,
  introductionRequestSchema,
  IntroductionStatus,
} from './introduction';
import { issuesOf } from './zod-issues';

/**
 * The double opt-in as a state machine: which step may follow which, and what each does.
 * Pure: the service loads an introduction, applies a step here, and saves the result with the
 * version it read, so a step taken twice at once is refused rather than lost.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Starts an introduction; refuses a request to oneself. Who and whether it is a duplicate is the service's check. */
export function startIntroduction(request: IntroductionRequest, id: string, at: Date): Introduction {
  const parsed = introductionRequestSchema.safeParse(request);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  const valid = parsed.data;
  if (valid.requesterId === valid.targetId) {
    throw new ValidationError([{ field: 'targetId', reason: 'must not be the requester: nobody needs an introduction to themselves' }]);
  }
  const requestedAt = at.toISOString();
  return {
    id,
    requesterId: valid.requesterId,
    targetId: valid.targetId,
    ...(valid.introducerId ? { introducerId: valid.introducerId } : {}),
    message: valid.message,
    reasons: valid.reasons,
    status: valid.review ? 'AWAITING_REVIEW' : 'AWAITING_RESPONSE',
    requestedAt,
    steps: [{ action: 'REQUESTED', actorId: valid.requesterId, at: requestedAt }],
    version: 0,
  };
}

export type ReviewDecision = 'APPROVE' | 'EDIT' | 'HOLD';

/** A coordinator approves (sends it to the target), edits the message (and approves), or holds it. */
export function reviewIntroduction(
  introduction: Introduction,
  decision: ReviewDecision,
  coordinatorId: string,
  at: Date,
  text?: string,
): Introduction {
  expectStatus(introduction, ['AWAITING_REVIEW', 'ON_HOLD'], 'reviewed');
  if (decision === 'EDIT') {
    const message = text?.trim() ?? '';
    if (!message) throw new ValidationError([{ field: 'text', reason: 'must not be empty when editing' }]);
    return step({ ...introduction, message, status: 'AWAITING_RESPONSE' }, 'EDITED', coordinatorId, at, message);
  }
  if (decision === 'HOLD') return step({ ...introduction, status: 'ON_HOLD' }, 'HELD', coordinatorId, at, text);
  return step({ ...introduction, status: 'AWAITING_RESPONSE' }, 'APPROVED', coordinatorId, at, text);
}

/** The target says yes or no. Only the target may answer. */
export function respondToIntroduction(
  introduction: Introduction,
  accept: boolean,
  responderId: string,
  at: Date,
  note?: string,
): Introduction {
  if (responderId !== introduction.targetId) {
    throw new ValidationError([{ field: 'responderId', reason: 'only the target of an introduction may accept or decline it' }]);
  }
  expectStatus(introduction, ['AWAITING_RESPONSE'], accept ? 'accepted' : 'declined');
  return accept
    ? step({ ...introduction, status: 'INTRODUCED' }, 'ACCEPTED', responderId, at, note)
    : step({ ...introduction, status: 'DECLINED' }, 'DECLINED', responderId, at, note);
}

/** Either side records what came of it, once introduced; a later record replaces an earlier one. */
export function recordIntroductionOutcome(
  introduction: Introduction,
  outcome: IntroductionOutcome,
  actorId: string,
  at: Date,
): Introduction {
  const parsed = introductionOutcomeSchema.safeParse(outcome);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error, 'outcome'));
  if (actorId !== introduction.requesterId && actorId !== introduction.targetId) {
    throw new ValidationError([{ field: 'actorId', reason: 'only the two sides of an introduction may record its outcome' }]);
  }
  expectStatus(introduction, ['INTRODUCED'], 'given an outcome');
  if (parsed.data.on < introduction.requestedAt.slice(0, 10)) {
    throw new ValidationError([{ field: 'outcome.on', reason: 'must not be before the introduction was requested' }]);
  }
  return step({ ...introduction, outcome: parsed.data }, 'OUTCOME_RECORDED', actorId, at, parsed.data.kind);
}

/** True while an earlier introduction between the two blocks a new one: open, made, or declined recently. */
export function blocksNewIntroduction(introduction: Introduction, now: Date): boolean {
  if (introduction.status !== 'DECLINED') return true;
  const declinedAt = Date.parse(lastStepAt(introduction));
  return now.getTime() - declinedAt < DECLINE_COOL_DOWN_DAYS * MS_PER_DAY;
}

function lastStepAt(introduction: Introduction): string {
  return introduction.steps[introduction.steps.length - 1].at;
}

function expectStatus(introduction: Introduction, allowed: readonly IntroductionStatus[], verb: string): void {
  if (!allowed.includes(introduction.status)) {
    throw new ConflictError(
      `introduction '${introduction.id}' is ${introduction.status} and cannot be ${verb} now (only when ${allowed.join(' or ')})`,
    );
  }
}

function step(introduction: Introduction, action: IntroductionAction, actorId: string, at: Date, note?: string): Introduction {
  return {
    ...introduction,
    steps: [...introduction.steps, { action, actorId, at: at.toISOString(), ...(note ? { note } : {}) }],
  };
}

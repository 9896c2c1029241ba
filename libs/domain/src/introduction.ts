import { z } from 'zod';
import { nodeIdSchema } from './node.schema';

/**
 * An introduction, made with both sides' consent (double opt-in):
 *
 *   request ─► (coordinator review: approve, edit, hold) ─► target accepts or declines
 *           ─► introduced (contact details visible to both) ─► outcome recorded, with a date
 *
 * Every step is kept with who took it and when, so the history can discount what went nowhere,
 * start a cool-down after a decline, and feed the evaluation of matching quality.
 */
export const INTRODUCTION_STATUSES = [
  /** Waiting for a coordinator to approve, edit or hold it. */
  'AWAITING_REVIEW',
  /** A coordinator put it on hold; it can still be approved. */
  'ON_HOLD',
  /** Sent to the target, who accepts or declines. */
  'AWAITING_RESPONSE',
  /** Both sides said yes: they may now see each other's contact details. */
  'INTRODUCED',
  /** The target said no. Starts a cool-down for the pair. */
  'DECLINED',
] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export const INTRODUCTION_ACTIONS = [
  'REQUESTED',
  'APPROVED',
  'EDITED',
  'HELD',
  'ACCEPTED',
  'DECLINED',
  'OUTCOME_RECORDED',
] as const;
export type IntroductionAction = (typeof INTRODUCTION_ACTIONS)[number];

/** What came of an introduction. */
export const INTRODUCTION_OUTCOMES = ['MET', 'FUNDING', 'PURCHASE', 'COLLABORATION', 'NOTHING'] as const;
export type IntroductionOutcomeKind = (typeof INTRODUCTION_OUTCOMES)[number];

/** After a decline the same pair is not suggested or requested again for this long. */
export const DECLINE_COOL_DOWN_DAYS = 180;

export interface IntroductionStep {
  action: IntroductionAction;
  /** The node id of who took the step (a person or an organisation; later an account). */
  actorId: string;
  /** ISO 8601 date-time. */
  at: string;
  /** The message as edited, a reason to hold, a note with the outcome. */
  note?: string;
}

export interface IntroductionOutcome {
  kind: IntroductionOutcomeKind;
  /** The day it happened, YYYY-MM-DD. */
  on: string;
  note?: string;
}

export interface Introduction {
  /** `intro:<...>`, made by the service. */
  id: string;
  /** Who asks to be introduced (an organisation or person). */
  requesterId: string;
  /** To whom. */
  targetId: string;
  /** Who was asked to make the introduction (the first person on the warm path), if anyone. */
  introducerId?: string;
  message: string;
  /** Why this introduction: the reasons of the suggestion it came from, as sentences. */
  reasons: string[];
  status: IntroductionStatus;
  outcome?: IntroductionOutcome;
  /** When it was requested, ISO 8601; equals steps[0].at. */
  requestedAt: string;
  /** Every step, oldest first; steps[0] is REQUESTED. */
  steps: IntroductionStep[];
  /**
   * Optimistic concurrency: the number of steps the stored version had. A store refuses to save
   * over a version it did not read (ConflictError), so two coordinators never overwrite each other.
   */
  version: number;
}

/** What a requester sends. */
export const introductionRequestSchema = z.strictObject({
  requesterId: nodeIdSchema,
  targetId: nodeIdSchema,
  introducerId: nodeIdSchema.optional(),
  message: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(2000, { error: 'must be at most 2000 characters' }),
  reasons: z.array(z.string().trim().min(1).max(500)).max(20, { error: 'at most 20 reasons' }).default([]),
  /** Ask a coordinator to review it before the target sees it. */
  review: z.boolean().default(false),
});
export type IntroductionRequest = z.input<typeof introductionRequestSchema>;

export const introductionOutcomeSchema = z.strictObject({
  kind: z.enum(INTRODUCTION_OUTCOMES, { error: 'must be MET, FUNDING, PURCHASE, COLLABORATION or NOTHING' }),
  on: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
  note: z.string().trim().max(1000, { error: 'must be at most 1000 characters' }).optional(),
});

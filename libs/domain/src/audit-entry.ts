import { z } from 'zod';

/**
 * The audit trail: what was done to personal data or consent, by whom and when. An entry never
 * holds the personal data itself; an erased person is named by a hash of their id only.
 */
export const AUDIT_ACTIONS = [
  /** A person's personal data was erased everywhere (forgetPerson). */
  'FORGET_PERSON',
  /** An organisation opted in or out of matchmaking (setVisibleForMatchmaking). */
  'SET_VISIBLE_FOR_MATCHMAKING',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** `audit:<...>`, unique. */
  readonly id: string;
  /** ISO 8601 date-time. */
  readonly at: string;
  readonly action: AuditAction;
  /** The account that did it. */
  readonly actorAccountId: string;
  /**
   * What it was done to: an organisation id, or for an erasure `sha256:<hex>` of the person's id
   * (so "was this id erased?" can be answered without keeping the id, which may hold a name).
   */
  readonly subject: string;
  /** Why, in the actor's words; for a consent change, the new setting. */
  readonly reason: string;
}

/** Why something is erased: required, short, and never personal data (the form says so). */
export const auditReasonSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty: say why (e.g. "request of the person, e-mail of 2026-03-02")' })
  .max(500, { error: 'must be at most 500 characters' });

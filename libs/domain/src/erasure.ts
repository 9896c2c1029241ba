/**
 * Forgetting a person (the right to erasure). What goes, in one transaction per store:
 *
 * - the Person node with every relationship it has (WORKS_FOR, KNOWS, MEMBER_OF, ATTENDED, ...);
 * - the introductions the person requested or received, and their suggestion impressions (as
 *   for any deleted node); an introduction they were only asked to make loses its introducer;
 * - in every other introduction, the person's id as the actor of a step (a coordinator who
 *   reviewed it, say) is replaced by ERASED_ACTOR, so the history keeps its shape, not the person;
 * - the accounts of the person (they can no longer sign in);
 * - in the texts others wrote (descriptions, needs, relationship roles and sources, introduction
 *   messages and notes, audit reasons), the person's full name, e-mail and phone number are
 *   replaced by ERASED_MENTION (mention-redaction.ts); names of nodes and other people's own
 *   contact fields stay;
 * - and one audit entry is appended, with a hash of the id, never the data (its reason redacted
 *   like any other text).
 */
export const ERASED_ACTOR = 'erased-person';

export interface ErasureResult {
  /** Relationships removed with the node. */
  readonly relationshipsRemoved: number;
  /** Introductions removed because the person requested or received them. */
  readonly introductionsRemoved: number;
  /** Introductions kept, with the person taken out as introducer or step actor. */
  readonly introductionsRedacted: number;
  /** The person's accounts, removed. */
  readonly accountsRemoved: number;
  /** Nodes, relationships, introductions and audit entries whose texts mentioned the person, redacted. */
  readonly mentionsRedacted: number;
}

/** Replaces the person as actor of any step; returns null when the introduction does not mention them. */
export function redactStepActors<T extends { steps: { actorId: string }[] }>(introduction: T, personId: string): T | null {
  if (!introduction.steps.some((step) => step.actorId === personId)) return null;
  return {
    ...introduction,
    steps: introduction.steps.map((step) => (step.actorId === personId ? { ...step, actorId: ERASED_ACTOR } : step)),
  };
}

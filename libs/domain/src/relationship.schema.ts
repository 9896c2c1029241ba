import { z } from 'zod';
import { FINANCE_INSTRUMENTS } from './enterprise-profile';
import { nodeIdSchema } from './node.schema';
import { RELATIONSHIP_TYPES } from './relationship-types';

const year = z.number().int().min(1900).max(2100);

/**
 * A relationship as it enters the store. Properties are shared across types and all optional;
 * which ones a type uses is documented on the field.
 */
export const relationshipInputSchema = z.strictObject({
  /** Stable id; when left out it is derived from type and endpoints (see relationshipId). */
  id: nodeIdSchema.optional(),
  type: z.enum(RELATIONSHIP_TYPES, { error: 'must be one of the relationship types' }),
  from: nodeIdSchema,
  to: nodeIdSchema,
  /** KNOWS: how strong the tie is, 0 (barely) to 1 (close). */
  strength: z.number().min(0).max(1).optional(),
  /** KNOWS and others: when the tie was last active or confirmed. */
  lastActiveAt: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).optional(),
  /** FUNDED, BOUGHT_FROM: the amount in euros. */
  amountEur: z.number().int().nonnegative().optional(),
  /** FUNDED, BOUGHT_FROM, MEMBER_OF (since): the year it happened. */
  year: year.optional(),
  instrument: z.enum(FINANCE_INSTRUMENTS).optional(),
  /** BOUGHT_FROM: the procurement category; WORKS_FOR: the job title. */
  category: z.string().trim().max(200).optional(),
  role: z.string().trim().max(200).optional(),
  source: z.string().trim().max(500).optional(),
});

export type RelationshipInput = z.input<typeof relationshipInputSchema>;
export type ValidRelationship = z.output<typeof relationshipInputSchema> & { id: string };

/** Derived ids keep an upsert without an explicit id idempotent: same edge, same id. */
export function relationshipId(rel: { type: string; from: string; to: string }): string {
  return `${rel.from}>${rel.type}>${rel.to}`;
}

import { z } from 'zod';
import { FINANCE_INSTRUMENTS } from './enterprise-profile';
import { nodeIdSchema } from './node.schema';
import { Provenance, provenanceSchema } from './provenance';
import { RELATIONSHIP_TYPES } from './relationship-types';

/** Who may see a relationship. Until accounts exist (issue 5) the API shows PUBLIC ones only. */
export const VISIBILITIES = ['PUBLIC', 'MEMBERS', 'COORDINATORS'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

const year = z.number().int().min(1900).max(2100);

/** What a relationship's key may be; see `key` below. */
export const RELATIONSHIP_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * A relationship as it enters the store. Properties are shared across types and all optional;
 * which ones a type uses is documented on the field.
 */
export const relationshipInputSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES, { error: 'must be one of the relationship types' }),
  from: nodeIdSchema,
  to: nodeIdSchema,
  /**
   * Tells apart two relationships of one type between the same two nodes (a second funding,
   * say `2023`). With type and ends it makes the relationship's id, see relationshipId.
   */
  key: z.string().regex(RELATIONSHIP_KEY_PATTERN, { error: 'must be 1-64 letters, digits or . _ : -' }).optional(),
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
  /** How sure we are that this relationship is real, 0 to 1; 1 unless said otherwise. */
  confidence: z.number().min(0, { error: 'must be from 0 to 1' }).max(1, { error: 'must be from 0 to 1' }).default(1),
  /** Who may see it: everyone, members of the networks involved, or coordinators only. */
  visibility: z.enum(VISIBILITIES, { error: 'must be PUBLIC, MEMBERS or COORDINATORS' }).default('PUBLIC'),
  /** Kept when a file made by an export is imported again; otherwise the store stamps it. */
  provenance: provenanceSchema.optional(),
});

export type RelationshipInput = z.input<typeof relationshipInputSchema>;
/** A relationship as the store keeps it: validated, with its derived id and its provenance. */
export type ValidRelationship = z.output<typeof relationshipInputSchema> & { id: string; provenance?: Provenance };

/**
 * A relationship is identified by what it is: type, ends and optional key. So sending the same
 * edge twice is idempotent, and an id can never come to name another edge.
 */
export function relationshipId(rel: { type: string; from: string; to: string; key?: string }): string {
  return `${rel.from}>${rel.type}>${rel.to}${rel.key ? `#${rel.key}` : ''}`;
}

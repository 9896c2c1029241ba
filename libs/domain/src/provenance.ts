import type { AuditEntry } from './audit-entry';
import { z } from 'zod';

/**
 * Where a fact came from. Every node and relationship records who added it, when, and from
 * which source, so a coordinator can judge how far to trust it. The first write wins: an
 * update or a re-import changes the fact, never its provenance.
 */
export const ORIGINS = ['SEED', 'IMPORT', 'USER'] as const;
export type Origin = (typeof ORIGINS)[number];

export const provenanceSchema = z.strictObject({
  origin: z.enum(ORIGINS),
  /** Who added it: an account, or the tool that loaded it (e.g. `koppel-seed`). */
  addedBy: z.string().min(1).max(200),
  /** When it was first written, ISO 8601. */
  addedAt: z.iso.datetime(),
  /** The file or document it came from, when there is one. */
  reference: z.string().max(500).optional(),
});

export type Provenance = z.output<typeof provenanceSchema>;

/** Who is writing, for the store to stamp on what it creates. */
export interface WriteContext {
  origin: Origin;
  actor: string;
  reference?: string;
  /** Defaults to now; fixed in tests. */
  at?: Date;
  /** An audit entry written in the same transaction as the change it records, or not at all. */
  audit?: AuditEntry;
}

export function provenanceOf(context: WriteContext): Provenance {
  return {
    origin: context.origin,
    addedBy: context.actor,
    addedAt: (context.at ?? new Date()).toISOString(),
    ...(context.reference ? { reference: context.reference } : {}),
  };
}

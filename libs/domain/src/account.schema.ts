import { z } from 'zod';
import { ValidationError } from './domain-errors';
import type { NodeKind } from './node-kinds';
import { ID_PATTERN } from './node.schema';
import { ROLES, type Role } from './account';
import { issuesOf } from './zod-issues';

/** Shorter passwords are refused: 12 characters is the floor NIST SP 800-63B and OWASP advise for user-chosen ones. */
export const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes any length, but a megabyte password would only cost the server time. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The kinds of organisation an account of each role may act for: a fund account speaks for a
 * fund, a coordinator for a network, a support programme or a municipality (whose account
 * managers coordinate too). An ADMIN runs Koppel itself and may belong to any organisation.
 */
export const ORGANISATION_KINDS_OF_ROLE: Readonly<Record<Role, readonly NodeKind[] | 'any'>> = {
  ENTREPRENEUR: ['Entrepreneur'],
  FUND: ['Fund'],
  PURCHASER: ['Purchaser'],
  COORDINATOR: ['Network', 'SupportProgramme', 'Municipality'],
  ADMIN: 'any',
};

/** Does an organisation of `kind` fit an account of `role`? */
export function organisationFitsRole(role: Role, kind: NodeKind): boolean {
  const kinds = ORGANISATION_KINDS_OF_ROLE[role];
  return kinds === 'any' || kinds.includes(kind);
}

const nodeId = z.string().regex(ID_PATTERN, { error: 'must be a node id, e.g. `network:impact-noord`' });

/** An e-mail address as accounts keep it: trimmed and lower-cased, so sign-in ignores case. */
export const accountEmail = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be an e-mail address, e.g. `anna@example.org`' }));

const newAccountSchema = z.object({
  email: accountEmail,
  password: z
    .string({ error: 'is required' })
    .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters` }),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
  organisationId: nodeId,
  personId: nodeId.optional(),
});

export type NewAccountInput = z.input<typeof newAccountSchema>;
export type NewAccount = z.output<typeof newAccountSchema>;

/**
 * Checks what can be checked of a new account without the store: e-mail, password length, role,
 * id shapes. Throws ValidationError listing every problem; the e-mail comes back lower-cased.
 */
export function validateNewAccount(input: NewAccountInput): NewAccount {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  return parsed.data;
}

import { z } from 'zod';
import { fieldPath, validateNewAccount, ValidationError, type Role } from '@koppel/domain';
import { DemoDataError, type DemoDataProblem } from './load-introductions';
import { DEMO_DATA_DIR, readDemoFiles } from './load-demo-data';

/** Files named `accounts*.yaml` hold demo accounts (with their demo passwords in the clear). */
export function isAccountFile(file: string): boolean {
  return /^accounts.*\.ya?ml$/i.test(file);
}

/** A demo account before hashing: the seeder hashes the password when it stores it. */
export interface DemoAccount {
  id: string;
  email: string;
  password: string;
  role: Role;
  organisationId: string;
  personId?: string;
}

const accountItemSchema = z.strictObject({
  id: z.string().regex(/^account:[a-z0-9-]+$/, { error: 'must look like `account:anouk-veldkamp`' }),
  email: z.string(),
  password: z.string(),
  role: z.string(),
  organisation: z.string(),
  person: z.string().optional(),
});

/**
 * The demo accounts of `dir`, checked by the same rules as an account made over the API (e-mail,
 * password length, role); that their organisation and person exist with fitting kinds is for
 * the caller, which has the graph (see demo-data.spec.ts). Throws DemoDataError naming file,
 * item and field.
 */
export function loadDemoAccounts(dir: string = DEMO_DATA_DIR): DemoAccount[] {
  const problems: DemoDataProblem[] = [];
  const accounts: DemoAccount[] = [];
  for (const { file, items } of readDemoFiles(dir).filter((demoFile) => isAccountFile(demoFile.file))) {
    items.forEach((item, index) => {
      const where = { file, item: `item ${index + 1} (${String(item.id ?? 'no id')})` };
      const shape = accountItemSchema.safeParse(item);
      if (!shape.success) {
        problems.push(...shape.error.issues.map((issue) => ({ ...where, field: fieldPath('', issue.path), reason: issue.message })));
        return;
      }
      const { id, organisation, person, ...rest } = shape.data;
      try {
        const valid = validateNewAccount({ ...rest, role: rest.role as Role, organisationId: organisation, personId: person });
        accounts.push({ id, ...valid, ...(valid.personId === undefined ? {} : { personId: valid.personId }) });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        problems.push(...error.issues.map((issue) => ({ ...where, field: issue.field, reason: issue.reason })));
      }
    });
  }
  if (problems.length > 0) throw new DemoDataError(problems);
  return accounts;
}

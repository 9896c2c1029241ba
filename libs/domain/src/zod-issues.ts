import type { z } from 'zod';
import type { FieldIssue } from './domain-errors';

/** A zod path as the field name an error shows: `nodes[3].needs[0].domain`. */
export function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  const joined = path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    prefix,
  );
  return joined || '(input)';
}

/** Every problem zod found, as field issues, so one answer lists all that must be fixed. */
export function issuesOf(error: z.ZodError, prefix = ''): FieldIssue[] {
  return error.issues.map((issue) => ({ field: fieldPath(prefix, issue.path), reason: issue.message }));
}

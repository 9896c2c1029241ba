import { z } from 'zod';
import { neo4jPasswordRule, StoreConfig, storeConfigFrom, storeEnvironmentShape } from '@koppel/graph-store';

/** The command line's configuration: the same store variables as the API, checked the same way. */
const environmentSchema = z.object(storeEnvironmentShape).refine(...neo4jPasswordRule);

export function loadStoreConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): StoreConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`koppel cannot start: ${problems.join('; ')}`);
  }
  return storeConfigFrom(parsed.data, cwd);
}

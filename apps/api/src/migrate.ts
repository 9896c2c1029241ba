import 'reflect-metadata';
import { Neo4jGraphStore } from '@koppel/graph-store';
import { ConfigError, loadConfig } from './config/koppel-config';

/** `npm run db:migrate`: brings the configured Neo4j to the newest schema version. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.store.kind !== 'neo4j') {
    process.stdout.write('NEO4J_URI is not set: the embedded store migrates itself when it opens.\n');
    return;
  }
  const store = Neo4jGraphStore.connect(config.store);
  try {
    const version = await store.migrate();
    process.stdout.write(`Neo4j at ${config.store.uri} is at schema version ${version}\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`${error instanceof ConfigError ? '' : 'Migration failed: '}${message}\n`);
  process.exit(1);
});

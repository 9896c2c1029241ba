import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config/koppel-config';
import { createApp } from './create-app';
import { printServerSchema } from './graphql/print-server-schema';

/** Writes the server's schema to graph-schema/schema.graphql (npm run schema:write). */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'koppel-schema-'));
  const config = loadConfig({ KOPPEL_DATA_DIR: dataDir, KOPPEL_SEED: 'never' });
  const app = await createApp(config, { logger: false });
  await app.init();
  const target = join(process.cwd(), 'graph-schema', 'schema.graphql');
  writeFileSync(target, printServerSchema(app));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(`wrote ${target}\n`);
}

void main();

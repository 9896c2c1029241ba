import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/koppel-config';
import { createApp } from './create-app';

/** One line, no stack trace: what a person starting Koppel needs to read. */
function failStart(error: unknown): never {
  // Start-up logs are buffered until the JSON logger is in place: out with them first, so the reason comes last.
  Logger.flush();
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${error instanceof ConfigError ? message : `Koppel could not start: ${message.split('\n')[0]}`}\n`,
  );
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const store = config.store.kind === 'neo4j' ? `Neo4j at ${config.store.uri}` : `embedded store in ${config.store.dataDir}`;
  process.stdout.write(`\nKoppel is running on the ${store}.\nOpen http://localhost:${config.port}/\n\n`);
}

main().catch(failStart);

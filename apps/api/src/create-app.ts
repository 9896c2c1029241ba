import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import type { KoppelConfig } from './config/koppel-config';
import { corsOptions } from './http/cors-options';

/**
 * The whole Koppel server: GraphQL on /graphql, /health and /ready, and the built web app on /.
 * Used by main.ts and by the end-to-end tests, which start it on a free port.
 */
export async function createApp(config: KoppelConfig, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    abortOnError: false,
    // /graphql bodies are read by GraphQLBodyMiddleware, after the request logger (app.module.ts).
    bodyParser: false,
    ...(options.logger === false ? { logger: false } : { bufferLogs: true }),
  });
  if (options.logger !== false) app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  app.enableCors(corsOptions(config));
  if (existsSync(join(config.webDir, 'index.html'))) {
    app.useStaticAssets(config.webDir, { index: 'index.html' });
  } else {
    new Logger('Web').warn(`no web app at ${config.webDir}: run 'npm run build' to build it`);
  }
  return app;
}

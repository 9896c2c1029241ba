import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { KoppelRequest } from '../auth/koppel-request';
import type { KoppelConfig } from '../config/koppel-config';
import { assignRequestId } from '../http/request-id';

/** Probes poll these every few seconds; a line per poll would drown the log. */
const QUIET_PATHS = new Set(['/health', '/ready']);

/**
 * Paths that could carry personal data if anything logged them, censored whatever logs them:
 * credentials, and GraphQL variables (where passwords and e-mail addresses travel).
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'req.query',
  'res.headers["set-cookie"]',
  'variables',
  '*.variables',
  'password',
  '*.password',
  'token',
  '*.token',
];

function pathOnly(url: string | undefined): string | undefined {
  // A GET /graphql carries its query and variables in the query string.
  return url?.split('?')[0];
}

/**
 * Structured JSON logs (pino): one line per request when it completes, and every line logged
 * while serving a request carries its `requestId`. The request is logged by method, path and
 * nothing else: no address, headers, query string or body, so no token, password or e-mail address.
 */
export function httpLoggerParams(config: Pick<KoppelConfig, 'logLevel'>): Params {
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        genReqId: (request: IncomingMessage, response: ServerResponse) => assignRequestId(request, response),
        customProps: (request: IncomingMessage) => ({ requestId: (request as KoppelRequest).requestId }),
        autoLogging: { ignore: (request: IncomingMessage) => QUIET_PATHS.has(pathOnly(request.url) ?? '') },
        customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
        serializers: {
          req: (request: { id?: unknown; method?: string; url?: string }) => ({
            id: request.id,
            method: request.method,
            path: pathOnly(request.url),
          }),
          res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
        },
        redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      },
      // Written as logged, so that a failed start's last line (main.ts, on stderr) comes after its logs.
      pino.destination({ dest: 1, sync: true }),
    ],
  };
}

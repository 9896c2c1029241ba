import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { KoppelConfig } from '../config/koppel-config';

/**
 * CORS for the origins in KOPPEL_CORS_ORIGINS and no others. With none configured, no
 * cross-origin page may read an answer: the web app is served from the same origin (and in
 * development reaches the API through Vite's proxy). A refused origin gets no
 * Access-Control-Allow-* headers, so the browser withholds the answer and blocks the preflighted
 * request itself; form-like cross-site POSTs, which need no preflight, Apollo's CSRF prevention refuses.
 */
export function corsOptions(config: Pick<KoppelConfig, 'http'>): CorsOptions {
  const allowed = new Set(config.http.corsOrigins);
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  };
}

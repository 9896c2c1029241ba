import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KoppelRequest } from '../auth/koppel-request';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Short and plain, so that a client's id can go into logs as it is: no spaces, quotes or newlines. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The id of one request: the caller's `X-Request-Id` when it is safe to log, else a new UUID.
 * It goes on `req.requestId`, back to the caller in the response header, and into every log line.
 */
export function assignRequestId(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (request as KoppelRequest).requestId = id;
  response.setHeader('X-Request-Id', id);
  return id;
}

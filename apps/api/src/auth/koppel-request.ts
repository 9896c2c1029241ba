import type { Request } from 'express';
import type { Viewer } from '@koppel/domain';

/** The HTTP request after Koppel's middleware: who asks (when signed in) and the request id for logs. */
export interface KoppelRequest extends Request {
  viewer?: Viewer;
  requestId?: string;
  /**
   * Why a bearer token that came with the request was not accepted ("token expired: sign in
   * again"), so the guard can tell the client instead of a bare "sign in first".
   */
  authFailure?: string;
}

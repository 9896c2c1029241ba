import type { Request } from 'express';
import type { Viewer } from '@koppel/domain';

/** The HTTP request after Koppel's middleware: who asks (when signed in) and the request id for logs. */
export interface KoppelRequest extends Request {
  viewer?: Viewer;
  requestId?: string;
}

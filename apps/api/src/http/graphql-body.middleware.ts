import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import { KOPPEL_CONFIG, KoppelConfig } from '../config/koppel-config';
import { sendHttpError } from './http-error-answer';

/**
 * Reads /graphql JSON bodies up to KOPPEL_MAX_REQUEST_BYTES. Nest's own body parser is off
 * (see create-app.ts) so that this one runs after the request logger: a refused body is logged
 * with its request id. Bodies of other content types are left unread, and Apollo's CSRF
 * prevention refuses them.
 */
@Injectable()
export class GraphQLBodyMiddleware implements NestMiddleware {
  private readonly parse: RequestHandler;

  constructor(@Inject(KOPPEL_CONFIG) private readonly config: KoppelConfig) {
    this.parse = json({ limit: config.http.maxRequestBytes });
  }

  use(request: Request, response: Response, next: NextFunction): void {
    void this.parse(request, response, (error?: unknown) => {
      if (!error) return next();
      const { type } = error as { type?: string };
      if (type === 'entity.too.large') {
        const limit = this.config.http.maxRequestBytes;
        return sendHttpError(
          response,
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than the ${limit} bytes this server accepts (KOPPEL_MAX_REQUEST_BYTES).`,
          { maxBytes: limit },
        );
      }
      if (type === 'entity.parse.failed') {
        return sendHttpError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      }
      next(error);
    });
  }
}

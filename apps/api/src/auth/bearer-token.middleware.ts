import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { KoppelRequest } from './koppel-request';
import { SessionTokens } from './session-tokens';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Reads `Authorization: Bearer <token>` on every request and sets `req.viewer`, early, so later
 * middleware (per-account rate limits, logs) knows who asks. A bad token does not stop the
 * request here: `req.authFailure` keeps why, and the guard refuses what needs a sign-in.
 */
@Injectable()
export class BearerTokenMiddleware implements NestMiddleware {
  constructor(private readonly tokens: SessionTokens) {}

  async use(req: KoppelRequest, _res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization;
    if (header) {
      const token = BEARER.exec(header)?.[1];
      if (token === undefined) {
        req.authFailure = 'the Authorization header must be "Bearer <token>"';
      } else {
        try {
          req.viewer = await this.tokens.verify(token);
        } catch (error) {
          req.authFailure = error instanceof Error ? error.message : String(error);
        }
      }
    }
    next();
  }
}

import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { Viewer } from '@koppel/domain';
import type { KoppelRequest } from './koppel-request';
import { SessionTokens } from './session-tokens';
import { StandingAccounts } from './standing-accounts';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Reads `Authorization: Bearer <token>` on every request and sets `req.viewer`, early, so later
 * middleware (per-account rate limits, logs) knows who asks. A bad token, or the token of an
 * account that no longer exists, does not stop the request here: `req.authFailure` keeps why,
 * and the guard refuses what needs a sign-in.
 */
@Injectable()
export class BearerTokenMiddleware implements NestMiddleware {
  constructor(
    private readonly tokens: SessionTokens,
    private readonly standing: StandingAccounts,
  ) {}

  async use(req: KoppelRequest, _res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization;
    if (header) {
      const token = BEARER.exec(header)?.[1];
      if (token === undefined) {
        req.authFailure = 'the Authorization header must be "Bearer <token>"';
      } else {
        try {
          const viewer = await this.tokens.verify(token);
          if (await this.stands(viewer)) req.viewer = viewer;
          else req.authFailure = 'this account no longer exists: the token signs nobody in';
        } catch (error) {
          req.authFailure = error instanceof Error ? error.message : String(error);
        }
      }
    }
    next();
  }

  /** A store that cannot answer does not sign anyone out: the operation itself then says UNAVAILABLE. */
  private async stands(viewer: Viewer): Promise<boolean> {
    try {
      return await this.standing.stands(viewer.accountId);
    } catch {
      return true;
    }
  }
}

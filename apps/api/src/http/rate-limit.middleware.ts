import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { KoppelRequest } from '../auth/koppel-request';
import { KOPPEL_CONFIG, KoppelConfig } from '../config/koppel-config';
import { sendHttpError } from './http-error-answer';
import { signInAttemptOf } from './sign-in-attempt';

const SIGN_IN_WINDOW_SECONDS = 15 * 60;

/**
 * Requests per minute per account, or per client IP when nobody is signed in; and, against
 * password guessing, sign-in attempts per 15 minutes per IP and per e-mail address. In memory:
 * one Koppel process, one count (several processes would need a shared store such as Redis).
 *
 * It keys on `req.viewer`, so it must run after the middleware that signs the viewer in; the
 * order is set in AppModule.configure.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly perAccount: RateLimiterMemory | null;
  private readonly signInPerIp: RateLimiterMemory;
  private readonly signInPerEmail: RateLimiterMemory;

  constructor(@Inject(KOPPEL_CONFIG) config: KoppelConfig) {
    const { perMinute, signInPerIp, signInPerEmail } = config.rateLimits;
    this.perAccount = perMinute > 0 ? new RateLimiterMemory({ keyPrefix: 'requests', points: perMinute, duration: 60 }) : null;
    this.signInPerIp = new RateLimiterMemory({ keyPrefix: 'sign-in-ip', points: signInPerIp, duration: SIGN_IN_WINDOW_SECONDS });
    this.signInPerEmail = new RateLimiterMemory({ keyPrefix: 'sign-in-email', points: signInPerEmail, duration: SIGN_IN_WINDOW_SECONDS });
  }

  async use(request: KoppelRequest, response: Response, next: NextFunction): Promise<void> {
    const ip = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    try {
      if (this.perAccount) {
        await this.perAccount.consume(request.viewer ? `account:${request.viewer.accountId}` : `ip:${ip}`);
      }
      const signIn = request.method === 'POST' ? signInAttemptOf(request.body) : null;
      if (signIn) {
        await this.signInPerIp.consume(ip);
        if (signIn.email) await this.signInPerEmail.consume(signIn.email);
      }
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) return next(refusal);
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      response.setHeader('Retry-After', String(seconds));
      return sendHttpError(response, 429, 'RATE_LIMITED', `Too many requests: try again in ${seconds} seconds.`, {
        retryAfterSeconds: seconds,
      });
    }
    next();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role, UnauthenticatedError, type Viewer } from '@koppel/domain';
import { KOPPEL_CONFIG, KoppelConfig } from '../config/koppel-config';

/** Tokens live a quarter of an hour: a stolen one is soon useless; refreshSession gives a fresh one. */
export const TOKEN_LIFETIME_SECONDS = 15 * 60;
const ISSUER = 'koppel';
const AUDIENCE = 'koppel';
const ALGORITHM = 'HS256';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Signs and checks the short-lived JWTs that carry the viewer (HS256, secret from the config). */
@Injectable()
export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(@Inject(KOPPEL_CONFIG) config: Pick<KoppelConfig, 'tokenSecret'>) {
    this.key = new TextEncoder().encode(config.tokenSecret);
  }

  async issue(viewer: Viewer, now = new Date()): Promise<IssuedToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + TOKEN_LIFETIME_SECONDS;
    const token = await new SignJWT({
      role: viewer.role,
      organisationId: viewer.organisationId,
      ...(viewer.personId ? { personId: viewer.personId } : {}),
    })
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(viewer.accountId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The viewer a token names; UnauthenticatedError saying why when it is expired or not ours. */
  async verify(token: string): Promise<Viewer> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] });
      const { sub, role, organisationId, personId } = payload;
      if (typeof sub !== 'string' || !ROLES.includes(role as Role) || typeof organisationId !== 'string') {
        throw new UnauthenticatedError('token invalid: sign in again');
      }
      return { accountId: sub, role: role as Role, organisationId, ...(typeof personId === 'string' ? { personId } : {}) };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('token expired: sign in again');
      throw new UnauthenticatedError('token invalid: sign in again');
    }
  }
}

import { webcrypto } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role, UnauthenticatedError, type Viewer } from '@koppel/domain';
import { KOPPEL_CONFIG, KoppelConfig } from '../config/koppel-config';
import { CheckedTokens } from './checked-tokens';

/** Tokens live a quarter of an hour: a stolen one is soon useless; refreshSession gives a fresh one. */
export const TOKEN_LIFETIME_SECONDS = 15 * 60;
const ISSUER = 'koppel';
const AUDIENCE = 'koppel';
const ALGORITHM = 'HS256';

/** Tokens kept as checked: far more than the accounts signed in at once. */
const MAX_CHECKED_TOKENS = 10_000;

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Signs and checks the short-lived JWTs that carry the viewer (HS256, secret from the config). */
@Injectable()
export class SessionTokens {
  /**
   * Imported once per process: given the secret's bytes, jose imports them into a WebCrypto key
   * at every sign and verify, which was about half of the cost of checking the token that comes
   * with every request (bench/api-load/RESULTS.md, the profile).
   */
  private readonly key: Promise<webcrypto.CryptoKey>;

  constructor(@Inject(KOPPEL_CONFIG) config: Pick<KoppelConfig, 'tokenSecret'>) {
    this.key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(config.tokenSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
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
      .sign(await this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** Tokens whose signature and claims were checked already (checked-tokens.ts). */
  private readonly checked = new CheckedTokens(MAX_CHECKED_TOKENS);

  /** The viewer a token names; UnauthenticatedError saying why when it is expired or not ours. */
  async verify(token: string): Promise<Viewer> {
    const kept = this.checked.viewerOf(token, Date.now());
    if (kept) return kept;
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] });
      const { sub, role, organisationId, personId, exp } = payload;
      if (typeof sub !== 'string' || !ROLES.includes(role as Role) || typeof organisationId !== 'string') {
        throw new UnauthenticatedError('token invalid: sign in again');
      }
      const viewer: Viewer = { accountId: sub, role: role as Role, organisationId, ...(typeof personId === 'string' ? { personId } : {}) };
      if (typeof exp === 'number') this.checked.keep(token, viewer, exp);
      return viewer;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('token expired: sign in again');
      throw new UnauthenticatedError('token invalid: sign in again');
    }
  }
}

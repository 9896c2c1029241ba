import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  Account,
  accountEmail,
  NewAccountInput,
  organisationFitsRole,
  ORGANISATION_KINDS_OF_ROLE,
  UnauthenticatedError,
  validateNewAccount,
  ValidationError,
  type Viewer,
  viewerOf,
} from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionTokens } from '../auth/session-tokens';
import { GRAPH_STORE } from '../store/graph-store.token';

/** One message for an unknown e-mail and a wrong password: the answer must not tell which. */
const WRONG_CREDENTIALS = 'e-mail or password is wrong';

export interface SignedIn {
  token: string;
  expiresAt: string;
  account: Account;
}

/** Signing in, refreshing, and making accounts. */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly passwords: PasswordHasher,
    private readonly tokens: SessionTokens,
  ) {}

  async signIn(email: string, password: string): Promise<SignedIn> {
    const parsed = accountEmail.safeParse(email);
    const account = parsed.success ? await this.store.findAccountByEmail(parsed.data) : null;
    // An unknown address is checked against a dummy hash, so it takes as long as a wrong password.
    const valid = account ? await this.passwords.verify(account.passwordHash, password) : await this.passwords.verifyNothing(password);
    if (!account || !valid) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return this.sessionOf(account);
  }

  /** A fresh token for a signed-in viewer, read again from the store: a removed account cannot go on. */
  async refresh(viewer: Viewer): Promise<SignedIn> {
    return this.sessionOf(await this.accountOf(viewer));
  }

  async accountOf(viewer: Viewer): Promise<Account> {
    const account = await this.store.getAccount(viewer.accountId);
    if (!account) throw new UnauthenticatedError('this account no longer exists: sign in again');
    return account;
  }

  async create(input: NewAccountInput, now = new Date()): Promise<Account> {
    const valid = validateNewAccount(input);
    await this.checkParties(valid.role, valid.organisationId, valid.personId);
    return this.store.createAccount({
      id: `account:${randomUUID()}`,
      email: valid.email,
      role: valid.role,
      organisationId: valid.organisationId,
      ...(valid.personId ? { personId: valid.personId } : {}),
      passwordHash: await this.passwords.hash(valid.password),
      createdAt: now.toISOString(),
    });
  }

  /** The organisation must exist with a kind that fits the role; a person must be a Person node. */
  private async checkParties(role: Account['role'], organisationId: string, personId: string | undefined): Promise<void> {
    const [organisation, person] = await Promise.all([
      this.store.getNode(organisationId),
      personId === undefined ? null : this.store.getNode(personId),
    ]);
    const issues = [];
    if (!organisation) {
      issues.push({ field: 'organisationId', reason: `no node '${organisationId}' exists` });
    } else if (!organisationFitsRole(role, organisation.kind)) {
      const kinds = ORGANISATION_KINDS_OF_ROLE[role];
      const fitting = kinds === 'any' ? 'any kind' : `kind ${kinds.slice(0, -1).join(', ')}${kinds.length > 1 ? ' or ' : ''}${kinds.at(-1)}`;
      issues.push({ field: 'organisationId', reason: `a ${role} account acts for a node of ${fitting}; '${organisationId}' is of kind ${organisation.kind}` });
    }
    if (personId !== undefined && person?.kind !== 'Person') {
      issues.push({ field: 'personId', reason: person ? `'${personId}' is of kind ${person.kind}, not Person` : `no node '${personId}' exists` });
    }
    if (issues.length > 0) throw new ValidationError(issues);
  }

  private async sessionOf(account: Account): Promise<SignedIn> {
    const { token, expiresAt } = await this.tokens.issue(viewerOf(account));
    return { token, expiresAt: expiresAt.toISOString(), account };
  }
}

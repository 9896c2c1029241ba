import argon2 from 'argon2';
import { createHmac } from 'node:crypto';
import type { Account, Role } from '@koppel/domain';
import { EmbeddedGraphStore, type GraphStore } from '@koppel/graph-store';

/** A test account on the contract fixture, with its password in the clear for signIn. */
export interface TestAccount {
  id: string;
  email: string;
  password: string;
  role: Role;
  organisationId: string;
  personId?: string;
}

/** One account per role, acting for organisations of the contract fixture. All fictional. */
export const TEST_ACCOUNTS = {
  admin: { id: 'account:test-admin', email: 'admin@koppel.test', password: 'test-admin-password', role: 'ADMIN', organisationId: 'net-impact-noord' },
  coordinator: {
    id: 'account:test-anouk',
    email: 'anouk@koppel.test',
    password: 'test-coordinator-password',
    role: 'COORDINATOR',
    organisationId: 'net-impact-noord',
    personId: 'person-anouk',
  },
  zonnewerf: { id: 'account:test-zonnewerf', email: 'zonnewerf@koppel.test', password: 'test-entrepreneur-password', role: 'ENTREPRENEUR', organisationId: 'ent-zonnewerf' },
  kringloop: { id: 'account:test-kringloop', email: 'kringloop@koppel.test', password: 'test-entrepreneur-password', role: 'ENTREPRENEUR', organisationId: 'ent-kringloop' },
  werkplaats: { id: 'account:test-werkplaats', email: 'werkplaats@koppel.test', password: 'test-entrepreneur-password', role: 'ENTREPRENEUR', organisationId: 'ent-werkplaats' },
  fund: { id: 'account:test-fund', email: 'fund@koppel.test', password: 'test-fund-password', role: 'FUND', organisationId: 'fund-noord' },
  purchaser: { id: 'account:test-purchaser', email: 'purchaser@koppel.test', password: 'test-purchaser-password', role: 'PURCHASER', organisationId: 'purchaser-groningen' },
} satisfies Record<string, TestAccount>;

/** The test accounts as stored, hashed as the API hashes; hashed once per test process. */
let storedTestAccounts: Promise<Account[]> | undefined;
const testAccountsAsStored = () =>
  (storedTestAccounts ??= Promise.all(
    (Object.values(TEST_ACCOUNTS) as TestAccount[]).map(async ({ password, ...account }) => ({
      ...account,
      passwordHash: await argon2.hash(password, { type: argon2.argon2id }),
      createdAt: '2026-01-15T09:30:00.000Z',
    })),
  ));

/** Stores the test accounts in a store (one that holds the contract fixture, or an empty one). */
export async function addTestAccounts(store: GraphStore): Promise<void> {
  for (const account of await testAccountsAsStored()) await store.createAccount(account);
}

/** Stores the test accounts in the embedded store of a data directory (made if need be). */
export async function addTestAccountsToDataDir(dataDir: string): Promise<void> {
  const store = new EmbeddedGraphStore({ dataDir });
  try {
    await addTestAccounts(store);
  } finally {
    await store.close();
  }
}

/**
 * The secret the test servers sign with, so a test can make tokens (an expired one, or one that
 * saves a sign-in). The server still asks its store whether the account exists: store the test
 * accounts first (addTestAccounts).
 */
export const TEST_TOKEN_SECRET = 'koppel-e2e-token-secret-not-for-production';

/**
 * A token as the server would issue it for `account` (an HS256 JWT), signed with `secret`,
 * expiring at `expiresAt` (seconds since 1970). Made by hand with node:crypto: the test checks
 * the server against the JWT format itself, not against the library the server uses.
 */
export function testToken(
  account: Pick<TestAccount, 'id' | 'role' | 'organisationId'>,
  { secret = TEST_TOKEN_SECRET, expiresAt = Math.floor(Date.now() / 1000) + 600 }: { secret?: string; expiresAt?: number } = {},
): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256' })}.${part({
    role: account.role,
    organisationId: account.organisationId,
    iss: 'koppel',
    aud: 'koppel',
    sub: account.id,
    iat: Math.min(expiresAt, Math.floor(Date.now() / 1000)) - 60,
    exp: expiresAt,
  })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

import neo4j, { Driver } from 'neo4j-driver';
import type { Account, Role } from '@koppel/domain';
import { accountAsStored, accountEmailTaken, accountIdTaken, normaliseEmail } from '../account-rules';

/**
 * Accounts in Neo4j: `:Account` nodes (not `:Node`, see V0008), with no relationships, so no
 * read of the graph sees them. The organisation and person are kept as ids.
 */
const TAKEN = `
  OPTIONAL MATCH (byId:Account {id: $id})
  OPTIONAL MATCH (byEmail:Account {email: $email})
  RETURN byId IS NOT NULL AS idTaken, byEmail IS NOT NULL AS emailTaken`;

const CREATE = `CREATE (a:Account $properties)`;

const BY_ID = `MATCH (a:Account {id: $id}) RETURN properties(a) AS account`;

const BY_EMAIL = `MATCH (a:Account {email: $email}) RETURN properties(a) AS account`;

const COUNT = `MATCH (a:Account) RETURN count(a) AS total`;

function toProperties(account: Account): Record<string, string> {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    organisationId: account.organisationId,
    ...(account.personId === undefined ? {} : { personId: account.personId }),
    passwordHash: account.passwordHash,
    createdAt: account.createdAt,
  };
}

function toAccount(properties: Record<string, string>): Account {
  return {
    id: properties.id,
    email: properties.email,
    role: properties.role as Role,
    organisationId: properties.organisationId,
    ...(properties.personId === undefined ? {} : { personId: properties.personId }),
    passwordHash: properties.passwordHash,
    createdAt: properties.createdAt,
  };
}

/** Checks and creates in one unit; the uniqueness constraints refuse what a concurrent writer slipped in. */
export async function createAccount(driver: Driver, account: Account): Promise<Account> {
  const stored = accountAsStored(account);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      const taken = (await tx.run(TAKEN, { id: stored.id, email: stored.email })).records[0];
      if (taken?.get('idTaken') === true) throw accountIdTaken(stored.id);
      if (taken?.get('emailTaken') === true) throw accountEmailTaken(stored.email);
      await tx.run(CREATE, { properties: toProperties(stored) });
    });
  } finally {
    await session.close();
  }
  return stored;
}

async function readOne(driver: Driver, query: string, params: Record<string, string>): Promise<Account | null> {
  const { records } = await driver.executeQuery(query, params, { routing: neo4j.routing.READ });
  return records[0] ? toAccount(records[0].get('account') as Record<string, string>) : null;
}

export function getAccount(driver: Driver, id: string): Promise<Account | null> {
  return readOne(driver, BY_ID, { id });
}

export function findAccountByEmail(driver: Driver, email: string): Promise<Account | null> {
  return readOne(driver, BY_EMAIL, { email: normaliseEmail(email) });
}

export async function countAccounts(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(COUNT, {}, { routing: neo4j.routing.READ });
  return Number(records[0]?.get('total') ?? 0);
}

import { Account, ConflictError } from '@koppel/domain';

/** Both stores keep e-mails lower-cased, so an address is one account whatever its case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function accountAsStored(account: Account): Account {
  return { ...account, email: normaliseEmail(account.email) };
}

export function accountEmailTaken(email: string): ConflictError {
  return new ConflictError(`an account with e-mail '${email}' already exists`);
}

export function accountIdTaken(id: string): ConflictError {
  return new ConflictError(`an account with id '${id}' already exists`);
}

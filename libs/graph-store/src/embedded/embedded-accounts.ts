import type Database from 'better-sqlite3';
import type { Account, Role } from '@koppel/domain';
import { accountAsStored, accountEmailTaken, accountIdTaken, normaliseEmail } from '../account-rules';

interface AccountRow {
  id: string;
  email: string;
  role: Role;
  organisation_id: string;
  person_id: string | null;
  password_hash: string;
  created_at: string;
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    organisationId: row.organisation_id,
    ...(row.person_id === null ? {} : { personId: row.person_id }),
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  };
}

/** Accounts in the embedded store: a table beside the graph (migration 4 in embedded-schema.ts). */
export class EmbeddedAccounts {
  private readonly byId: Database.Statement;
  private readonly byEmail: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly count: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.byId = db.prepare('SELECT * FROM accounts WHERE id = ?');
    this.byEmail = db.prepare('SELECT * FROM accounts WHERE email = ?');
    this.insert = db.prepare(
      `INSERT INTO accounts (id, email, role, organisation_id, person_id, password_hash, created_at)
       VALUES (@id, @email, @role, @organisationId, @personId, @passwordHash, @createdAt)`,
    );
    this.count = db.prepare('SELECT count(*) FROM accounts').pluck();
  }

  create(account: Account): Account {
    const stored = accountAsStored(account);
    // Immediate: the checks and the insert see the same table even with a second process writing.
    return this.db
      .transaction(() => {
        if (this.byId.get(stored.id)) throw accountIdTaken(stored.id);
        if (this.byEmail.get(stored.email)) throw accountEmailTaken(stored.email);
        this.insert.run({ ...stored, personId: stored.personId ?? null });
        return stored;
      })
      .immediate();
  }

  get(id: string): Account | null {
    const row = this.byId.get(id) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  findByEmail(email: string): Account | null {
    const row = this.byEmail.get(normaliseEmail(email)) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  total(): number {
    return this.count.get() as number;
  }
}

import { Account, AuditEntry, ForbiddenError, Introduction, NotFoundError, StakeholderNode, ValidRelationship, Viewer } from '@koppel/domain';
import { MAX_PAGE_SIZE, type GraphStore, type Page, type PageRequest } from '@koppel/graph-store';
import { erasedSubject } from './person-erasure';

/** Everything Koppel holds about the signed-in person (the right of access). */
export interface PersonalData {
  person: StakeholderNode;
  relationships: ValidRelationship[];
  introductions: Introduction[];
  /** Never the password hash. */
  account: Omit<Account, 'passwordHash'>;
  auditEntries: AuditEntry[];
}

export class PersonDataExport {
  constructor(private readonly store: GraphStore) {}

  async export(viewer: Viewer): Promise<PersonalData> {
    if (!viewer.personId) {
      throw new ForbiddenError('this account is not tied to a person, so there is no personal data to export; ask a coordinator');
    }
    const personId = viewer.personId;
    const person = await this.store.getNode(personId);
    if (!person) throw new NotFoundError('node', personId);
    const stored = await this.store.getAccount(viewer.accountId);
    if (!stored) throw new NotFoundError('account', viewer.accountId);
    const { passwordHash: _passwordHash, ...account } = stored;
    const [relationships, introductions, byAccount, aboutPerson] = await Promise.all([
      everything((page) => this.store.findRelationships({ nodeIds: [personId] }, page)),
      everything((page) => this.store.findIntroductions({ actedInBy: personId }, page)),
      everything((page) => this.store.findAuditEntries({ actorAccountId: viewer.accountId }, page)),
      everything((page) => this.store.findAuditEntries({ subject: erasedSubject(personId) }, page)),
    ]);
    const auditEntries = [...new Map([...byAccount, ...aboutPerson].map((entry) => [entry.id, entry])).values()].sort(
      (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
    );
    return { person, relationships, introductions, account, auditEntries };
  }
}

/** Every page of a listing: a person's own data is small, and an export must be complete. */
async function everything<T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let after: string | null = null; ; ) {
    const page: Page<T> = await read({ first: MAX_PAGE_SIZE, after });
    items.push(...page.items);
    if (!page.hasNextPage) return items;
    after = page.endCursor;
  }
}

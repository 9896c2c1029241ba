import { Account, ConflictError, GraphBatchInput } from '@koppel/domain';
import type { GraphStore } from '../graph-store.port';
import { CONTRACT_BATCH } from './contract-fixture';

/**
 * Accounts as the store keeps them. Part of describeGraphStoreContract: `store()` is the fresh
 * store of the test. The hash is an opaque string here: hashing is the API's business.
 */
export function describeAccountsContract(store: () => GraphStore, upsert: (batch: GraphBatchInput) => Promise<unknown>): void {
  const anna: Account = {
    id: 'account:anna',
    email: 'anna@impactnoord.example',
    role: 'COORDINATOR',
    organisationId: 'net-impact-noord',
    personId: 'person-anouk',
    passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g',
    createdAt: '2026-08-01T09:00:00.000Z',
  };
  const { personId: _none, ...withoutPerson } = anna;
  const bram: Account = { ...withoutPerson, id: 'account:bram', email: 'bram@zonnewerf.example', role: 'ENTREPRENEUR', organisationId: 'ent-zonnewerf' };

  describe('accounts', () => {
    beforeEach(() => upsert(CONTRACT_BATCH));

    it('stores an account and reads it back whole by id and by e-mail in any case', async () => {
      await expect(store().createAccount(anna)).resolves.toEqual(anna);
      await expect(store().getAccount('account:anna')).resolves.toEqual(anna);
      await expect(store().findAccountByEmail('Anna@ImpactNoord.EXAMPLE')).resolves.toEqual(anna);
      await store().createAccount(bram);
      await expect(store().getAccount('account:bram')).resolves.toEqual(bram);
      await expect(store().countAccounts()).resolves.toBe(2);
    });

    it('keeps the e-mail lower-cased', async () => {
      await store().createAccount({ ...anna, email: 'Anna@ImpactNoord.Example' });
      await expect(store().getAccount(anna.id)).resolves.toMatchObject({ email: 'anna@impactnoord.example' });
    });

    it('answers null for an unknown id or e-mail', async () => {
      await expect(store().getAccount('account:none')).resolves.toBeNull();
      await expect(store().findAccountByEmail('nobody@example.org')).resolves.toBeNull();
      await expect(store().countAccounts()).resolves.toBe(0);
    });

    it('refuses a second account with the same e-mail in another case, or the same id, and keeps the first', async () => {
      await store().createAccount(anna);
      await expect(store().createAccount({ ...bram, email: 'ANNA@impactnoord.example' })).rejects.toThrow(
        new ConflictError("an account with e-mail 'anna@impactnoord.example' already exists"),
      );
      await expect(store().createAccount({ ...bram, id: anna.id })).rejects.toThrow(ConflictError);
      await expect(store().getAccount(bram.id)).resolves.toBeNull();
      await expect(store().findAccountByEmail(bram.email)).resolves.toBeNull();
      await expect(store().getAccount(anna.id)).resolves.toEqual(anna);
      await expect(store().countAccounts()).resolves.toBe(1);
    });

    it('lets only one of two concurrent sign-ups with one e-mail through', async () => {
      const outcomes = await Promise.allSettled([
        store().createAccount(anna),
        store().createAccount({ ...bram, email: anna.email }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({ reason: expect.any(ConflictError) });
      await expect(store().countAccounts()).resolves.toBe(1);
    });

    it('never shows an account in a read of the graph: nodes, counts, relationships, walks', async () => {
      const before = {
        counts: await store().countByKind(),
        nodes: await store().findNodes({}, { first: 100 }),
        relationships: await store().findRelationships({}, { first: 100 }),
        around: await store().neighbourhood('net-impact-noord', { depth: 2 }),
        person: await store().neighbourhood('person-anouk', { depth: 2 }),
      };
      await store().createAccount(anna);
      await store().createAccount(bram);
      await expect(store().countByKind()).resolves.toEqual(before.counts);
      await expect(store().findNodes({}, { first: 100 })).resolves.toEqual(before.nodes);
      await expect(store().findNodes({ nameContains: 'anna' }, { first: 100 })).resolves.toMatchObject({ totalCount: 0 });
      await expect(store().findRelationships({}, { first: 100 })).resolves.toEqual(before.relationships);
      await expect(store().neighbourhood('net-impact-noord', { depth: 2 })).resolves.toEqual(before.around);
      await expect(store().neighbourhood('person-anouk', { depth: 2 })).resolves.toEqual(before.person);
      await expect(store().getNode('account:anna')).resolves.toBeNull();
      await expect(store().getNodes(['account:anna', 'net-impact-noord'])).resolves.toMatchObject([{ id: 'net-impact-noord' }]);
    });
  });
}

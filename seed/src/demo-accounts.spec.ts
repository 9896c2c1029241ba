import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { organisationFitsRole, ROLES } from '@koppel/domain';
import { loadDemoAccounts } from './load-demo-accounts';
import { loadDemoData } from './load-demo-data';
import { DemoDataError } from './load-introductions';

describe('the demo accounts (seed/data/accounts.yaml)', () => {
  const accounts = loadDemoAccounts();
  const nodes = new Map(loadDemoData().nodes.map((node) => [String(node.id), String(node.kind)]));

  it('has an account for every role: one ADMIN, two COORDINATORs of different networks, two ENTREPRENEURs, a FUND, a PURCHASER', () => {
    const count = (role: string) => accounts.filter((account) => account.role === role).length;
    expect(ROLES.map((role) => [role, count(role) > 0])).toEqual(ROLES.map((role) => [role, true]));
    expect(count('ADMIN')).toBeGreaterThanOrEqual(1);
    expect(count('ENTREPRENEUR')).toBeGreaterThanOrEqual(2);
    const coordinatorOrganisations = accounts.filter((account) => account.role === 'COORDINATOR').map((a) => a.organisationId);
    expect(new Set(coordinatorOrganisations).size).toBeGreaterThanOrEqual(2);
  });

  it('acts for organisations and persons of the demo data, of kinds that fit each role', () => {
    for (const account of accounts) {
      const kind = nodes.get(account.organisationId);
      expect({ id: account.id, organisation: kind && organisationFitsRole(account.role, kind as never) }).toEqual({ id: account.id, organisation: true });
      if (account.personId) expect({ id: account.id, person: nodes.get(account.personId) }).toEqual({ id: account.id, person: 'Person' });
    }
  });

  it('uses only the reserved demo.koppel.test domain, unique e-mails and ids', () => {
    expect(accounts.every((account) => account.email.endsWith('@demo.koppel.test'))).toBe(true);
    expect(new Set(accounts.map((account) => account.email)).size).toBe(accounts.length);
    expect(new Set(accounts.map((account) => account.id)).size).toBe(accounts.length);
  });

  it('refuses a short password or a bad e-mail, naming file, item and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koppel-accounts-'));
    try {
      writeFileSync(
        join(dir, 'accounts.yaml'),
        '- { id: "account:x", email: nope, password: short, role: FUND, organisation: "fund:x" }\n',
      );
      expect(() => loadDemoAccounts(dir)).toThrow(DemoDataError);
      expect(() => loadDemoAccounts(dir)).toThrow(/accounts\.yaml, item 1 \(account:x\), email: must be an e-mail address/);
      expect(() => loadDemoAccounts(dir)).toThrow(/password: must be at least 12 characters/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

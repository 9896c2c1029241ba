import { Inject, Injectable, Logger } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { loadDemoAccounts, loadDemoData } from '@koppel/seed';
import { PasswordHasher } from '../auth/password-hasher';
import { GRAPH_STORE } from '../store/graph-store.token';

/**
 * On first start with an empty store, loads the Noord-Nederland demo data set and its demo
 * accounts (one or more per role, listed in the README), hashing their passwords now.
 */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly passwords: PasswordHasher,
  ) {}

  async seedIfEmpty(): Promise<void> {
    const counts = await this.store.countByKind();
    if (Object.values(counts).some((count) => count > 0)) return;
    const { nodes, relationships, introductions } = loadDemoData();
    const demoAccounts = loadDemoAccounts();
    const result = await this.store.upsert({ nodes, relationships }, { origin: 'SEED', actor: 'koppel-seed', reference: 'seed/data' });
    for (const introduction of introductions) await this.store.createIntroduction(introduction);
    const createdAt = new Date().toISOString();
    for (const { password, ...account } of demoAccounts) {
      // A store emptied of its graph may still hold accounts: those are kept as they are.
      if ((await this.store.getAccount(account.id)) ?? (await this.store.findAccountByEmail(account.email))) continue;
      await this.store.createAccount({ ...account, passwordHash: await this.passwords.hash(password), createdAt });
    }
    this.logger.log(
      `empty store: loaded the demo data (${result.nodesWritten} nodes, ${result.relationshipsWritten} relationships, ${introductions.length} past introductions, ${demoAccounts.length} demo accounts)`,
    );
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { GraphStore } from '@koppel/graph-store';
import { loadDemoData } from '@koppel/seed';
import { GRAPH_STORE } from '../store/graph-store.token';

/** On first start with an empty store, loads the Noord-Nederland demo data set. */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger('Seed');

  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async seedIfEmpty(): Promise<void> {
    const counts = await this.store.countByKind();
    if (Object.values(counts).some((count) => count > 0)) return;
    const { nodes, relationships, introductions } = loadDemoData();
    const result = await this.store.upsert({ nodes, relationships }, { origin: 'SEED', actor: 'koppel-seed', reference: 'seed/data' });
    for (const introduction of introductions) await this.store.createIntroduction(introduction);
    this.logger.log(
      `empty store: loaded the demo data (${result.nodesWritten} nodes, ${result.relationshipsWritten} relationships, ${introductions.length} past introductions)`,
    );
  }
}

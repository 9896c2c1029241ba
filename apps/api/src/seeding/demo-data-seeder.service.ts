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
    const data = loadDemoData();
    const result = await this.store.upsert(data, { origin: 'SEED', actor: 'koppel-seed', reference: 'seed/data' });
    this.logger.log(
      `empty store: loaded the demo data (${result.nodesWritten} nodes, ${result.relationshipsWritten} relationships)`,
    );
  }
}

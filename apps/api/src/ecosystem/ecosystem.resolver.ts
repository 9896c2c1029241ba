import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { MUNICIPALITIES, NodeKind } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { GRAPH_STORE } from '../store/graph-store.token';
import { GraphStats } from './models/graph-stats.model';
import { MunicipalityInfo } from './models/municipality-info.model';

/** Facts about the ecosystem as a whole. */
@Resolver()
export class EcosystemResolver {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  @Query(() => [MunicipalityInfo], { description: 'The 40 municipalities of Groningen, Fryslân and Drenthe.' })
  municipalities(): readonly MunicipalityInfo[] {
    return MUNICIPALITIES;
  }

  @Query(() => GraphStats, { description: 'How many nodes the graph holds, in all and per kind.' })
  async graphStats(): Promise<GraphStats> {
    const counts = await this.store.countByKind();
    const byKind = Object.entries(counts).map(([kind, count]) => ({ kind: kind as NodeKind, count }));
    return { totalNodes: byKind.reduce((sum, entry) => sum + entry.count, 0), byKind };
  }
}

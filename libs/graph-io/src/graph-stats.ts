import { NodeKind, RELATIONSHIP_TYPES, RelationshipType } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';

export interface GraphStatistics {
  nodes: Record<NodeKind, number>;
  relationships: Partial<Record<RelationshipType, number>>;
  totalNodes: number;
  totalRelationships: number;
}

/** How many nodes of each kind and relationships of each type a store holds. */
export async function graphStatistics(store: GraphStore): Promise<GraphStatistics> {
  const nodes = await store.countByKind();
  const relationships: Partial<Record<RelationshipType, number>> = {};
  for (const type of RELATIONSHIP_TYPES) {
    const { totalCount } = await store.findRelationships({ types: [type] }, { first: 1 });
    if (totalCount > 0) relationships[type] = totalCount;
  }
  return {
    nodes,
    relationships,
    totalNodes: Object.values(nodes).reduce((sum, n) => sum + n, 0),
    totalRelationships: Object.values(relationships).reduce((sum, n) => sum + (n ?? 0), 0),
  };
}

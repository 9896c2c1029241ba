import type { RelationshipType } from '@koppel/domain';
import type { GraphNode, GraphRelationship } from '../api/graph-types';

/** One relationship as seen from one of its ends. */
export interface NodeRelationship {
  relationship: GraphRelationship;
  /** `out` when the node is where the relationship starts, `in` when it ends there. */
  direction: 'out' | 'in';
  other: GraphNode;
}

/** Relationships by node id, both directions, built once per loaded graph. */
export class RelationshipIndex {
  private readonly byNode = new Map<string, GraphRelationship[]>();
  private readonly nodes: Map<string, GraphNode>;

  constructor(nodes: readonly GraphNode[], relationships: readonly GraphRelationship[]) {
    this.nodes = new Map(nodes.map((node) => [node.id, node]));
    for (const rel of relationships) {
      this.add(rel.from, rel);
      if (rel.to !== rel.from) this.add(rel.to, rel);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  /**
   * The node's relationships whose other end is known, ordered by type (in the order given)
   * and then by the other node's name, so the detail panel reads as grouped lists.
   */
  relationshipsOf(id: string, typeOrder: readonly RelationshipType[]): NodeRelationship[] {
    const rank = new Map(typeOrder.map((type, index) => [type, index]));
    const result: NodeRelationship[] = [];
    for (const relationship of this.byNode.get(id) ?? []) {
      const direction = relationship.from === id ? 'out' : 'in';
      const other = this.nodes.get(direction === 'out' ? relationship.to : relationship.from);
      if (other) result.push({ relationship, direction, other });
    }
    return result.sort(
      (a, b) =>
        (rank.get(a.relationship.type) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.relationship.type) ?? Number.MAX_SAFE_INTEGER) ||
        (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
        a.other.name.localeCompare(b.other.name, 'nl'),
    );
  }

  private add(nodeId: string, rel: GraphRelationship): void {
    const list = this.byNode.get(nodeId);
    if (list) list.push(rel);
    else this.byNode.set(nodeId, [rel]);
  }
}

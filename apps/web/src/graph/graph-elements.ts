import type { ElementDefinition } from 'cytoscape';
import type { NodeKind, RelationshipType } from '@koppel/domain';
import type { GraphNode, GraphRelationship } from '../api/graph-types';

/**
 * The pure model of the graph view: API nodes and relationships in, cytoscape element
 * definitions out. No cytoscape instance, no React. react-cytoscapejs diffs elements by
 * `data.id`, so every id here is stable: a node keeps its API id, an edge is `rel/<API id>`
 * ('/' never occurs in an API id, so an edge can never clash with a node).
 */

export interface NodeElementData {
  id: string;
  label: string;
  kind: NodeKind;
  /** Relationships drawn to or from this node; the stylesheet sizes nodes by it. */
  degree: number;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  relationshipId: string;
}

export interface GraphElementsOptions {
  /** Kinds the user switched off: their nodes get the `hidden` class (and so their edges vanish). */
  hiddenKinds?: ReadonlySet<NodeKind>;
}

export const HIDDEN_CLASS = 'hidden';

export function edgeElementId(relationshipId: string): string {
  return `rel/${relationshipId}`;
}

/**
 * Nodes first, then edges. An edge is made only when both its ends are among the nodes; a node
 * id that occurs twice is drawn once (the first wins). Data holds only primitives, so a rebuilt
 * element equals the old one under react-cytoscapejs's shallow diff and is not re-patched.
 */
export function toGraphElements(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
  options: GraphElementsOptions = {},
): ElementDefinition[] {
  const hiddenKinds = options.hiddenKinds ?? new Set<NodeKind>();
  const uniqueNodes = new Map<string, GraphNode>();
  for (const node of nodes) if (!uniqueNodes.has(node.id)) uniqueNodes.set(node.id, node);

  const degree = new Map<string, number>();
  const edges: ElementDefinition[] = [];
  const seenEdges = new Set<string>();
  for (const rel of relationships) {
    if (!uniqueNodes.has(rel.from) || !uniqueNodes.has(rel.to)) continue;
    const id = edgeElementId(rel.id);
    if (seenEdges.has(id)) continue;
    seenEdges.add(id);
    degree.set(rel.from, (degree.get(rel.from) ?? 0) + 1);
    degree.set(rel.to, (degree.get(rel.to) ?? 0) + 1);
    const data: EdgeElementData = { id, source: rel.from, target: rel.to, type: rel.type, relationshipId: rel.id };
    edges.push({ group: 'edges', data });
  }

  const nodeElements: ElementDefinition[] = [];
  for (const node of uniqueNodes.values()) {
    const data: NodeElementData = { id: node.id, label: node.name, kind: node.kind, degree: degree.get(node.id) ?? 0 };
    nodeElements.push({ group: 'nodes', data, classes: hiddenKinds.has(node.kind) ? HIDDEN_CLASS : '' });
  }
  return [...nodeElements, ...edges];
}

/** How many nodes of each kind there are (every kind present, zero when none). */
export function countByKind(nodes: readonly GraphNode[], kinds: readonly NodeKind[]): Record<NodeKind, number> {
  const counts = Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  for (const node of nodes) counts[node.kind] = (counts[node.kind] ?? 0) + 1;
  return counts;
}

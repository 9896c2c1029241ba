import { graphNode } from '../api/graph-node.fixture';
import type { GraphNode, GraphRelationship } from '../api/graph-types';
import { RelationshipIndex } from './node-relationships';

const node = (id: string, name: string): GraphNode => graphNode(id, { name });
const rel = (id: string, type: GraphRelationship['type'], from: string, to: string): GraphRelationship => ({
  id,
  type,
  from,
  to,
  amountEur: null,
  year: null,
  role: null,
});

describe('RelationshipIndex: a node’s relationships for the detail panel', () => {
  const nodes = [node('me', 'Ik'), node('b', 'Bakkerij'), node('a', 'Atelier'), node('net', 'Netwerk Noord')];
  const relationships = [
    rel('r1', 'KNOWS', 'me', 'b'),
    rel('r2', 'KNOWS', 'a', 'me'),
    rel('r3', 'MEMBER_OF', 'me', 'net'),
    rel('r4', 'KNOWS', 'me', 'unknown'),
    rel('r5', 'KNOWS', 'a', 'b'),
  ];
  const index = new RelationshipIndex(nodes, relationships);

  it('lists relationships in both directions with the other node, skipping unknown ends', () => {
    const found = index.relationshipsOf('me', ['MEMBER_OF', 'KNOWS']);
    expect(found.map((entry) => [entry.relationship.id, entry.direction, entry.other.id])).toEqual([
      ['r3', 'out', 'net'],
      ['r1', 'out', 'b'],
      ['r2', 'in', 'a'],
    ]);
  });

  it('orders by the given type order, then outgoing before incoming, then by name', () => {
    const found = index.relationshipsOf('b', ['KNOWS']);
    expect(found.map((entry) => entry.other.name)).toEqual(['Atelier', 'Ik']);
  });

  it('has nothing for a node without relationships', () => {
    expect(new RelationshipIndex([node('x', 'X')], []).relationshipsOf('x', [])).toEqual([]);
  });
});

import type { NodeKind } from '@koppel/domain';
import { graphNode } from '../api/graph-node.fixture';
import type { GraphNode, GraphRelationship } from '../api/graph-types';
import { countByKind, edgeElementId, HIDDEN_CLASS, toGraphElements } from './graph-elements';

const node = (id: string, kind: NodeKind = 'Entrepreneur', name = `Naam ${id}`): GraphNode => graphNode(id, { kind, name });

const rel = (id: string, from: string, to: string, type: GraphRelationship['type'] = 'KNOWS'): GraphRelationship => ({
  id,
  type,
  from,
  to,
  amountEur: null,
  year: null,
  role: null,
});

const nodesOf = (elements: ReturnType<typeof toGraphElements>) => elements.filter((e) => e.group === 'nodes');
const edgesOf = (elements: ReturnType<typeof toGraphElements>) => elements.filter((e) => e.group === 'edges');

describe('toGraphElements: the pure model of the graph view', () => {
  it('makes one node element per node, keeping the API id as data.id and the name as label', () => {
    const elements = toGraphElements([node('fund:doen', 'Fund', 'Stichting DOEN')], []);

    expect(elements).toEqual([
      { group: 'nodes', data: { id: 'fund:doen', label: 'Stichting DOEN', kind: 'Fund', degree: 0 }, classes: '' },
    ]);
  });

  it('makes an edge from source to target with an id that cannot clash with a node id', () => {
    const elements = toGraphElements([node('a'), node('b')], [rel('a>KNOWS>b', 'a', 'b')]);

    expect(edgesOf(elements)).toEqual([
      {
        group: 'edges',
        data: { id: 'rel/a>KNOWS>b', source: 'a', target: 'b', type: 'KNOWS', relationshipId: 'a>KNOWS>b' },
      },
    ]);
    expect(edgeElementId('x')).toContain('/');
  });

  it('draws an edge only when both of its ends are present', () => {
    const elements = toGraphElements([node('a'), node('b')], [rel('r1', 'a', 'b'), rel('r2', 'a', 'missing'), rel('r3', 'gone', 'b')]);

    expect(edgesOf(elements).map((e) => e.data.id)).toEqual(['rel/r1']);
  });

  it('gives the same ids for the same input, so react-cytoscapejs can diff by id', () => {
    const nodes = [node('a'), node('b'), node('c')];
    const relationships = [rel('r1', 'a', 'b'), rel('r2', 'b', 'c')];

    const ids = (elements: ReturnType<typeof toGraphElements>) => elements.map((e) => e.data.id);
    expect(ids(toGraphElements(nodes, relationships))).toEqual(ids(toGraphElements(nodes, relationships)));
    expect(ids(toGraphElements(nodes, relationships))).toEqual(['a', 'b', 'c', 'rel/r1', 'rel/r2']);
  });

  it('draws a node or relationship that is listed twice only once (the first wins)', () => {
    const elements = toGraphElements([node('a', 'Fund', 'Eerste'), node('a', 'Fund', 'Tweede'), node('b')], [rel('r1', 'a', 'b'), rel('r1', 'a', 'b')]);

    expect(nodesOf(elements).map((e) => e.data.label)).toEqual(['Eerste', 'Naam b']);
    expect(edgesOf(elements)).toHaveLength(1);
  });

  it('counts the drawn relationships of each node as its degree, in and out', () => {
    const elements = toGraphElements(
      [node('hub'), node('x'), node('y')],
      [rel('r1', 'hub', 'x'), rel('r2', 'y', 'hub'), rel('r3', 'hub', 'nowhere')],
    );

    const degree = Object.fromEntries(nodesOf(elements).map((e) => [e.data.id, e.data['degree']]));
    expect(degree).toEqual({ hub: 2, x: 1, y: 1 });
  });

  it('keeps only primitives in data, so a rebuilt element shallow-equals the old one', () => {
    for (const element of toGraphElements([node('a'), node('b')], [rel('r1', 'a', 'b')])) {
      for (const value of Object.values(element.data)) expect(['string', 'number']).toContain(typeof value);
    }
  });

  it('marks the nodes of a switched-off kind as hidden and leaves the others alone', () => {
    const elements = toGraphElements([node('e', 'Entrepreneur'), node('f', 'Fund')], [rel('r1', 'e', 'f', 'KNOWS')], {
      hiddenKinds: new Set<NodeKind>(['Fund']),
    });

    const classes = Object.fromEntries(nodesOf(elements).map((e) => [e.data.id, e.classes]));
    expect(classes).toEqual({ e: '', f: HIDDEN_CLASS });
    // The edge stays in the model; cytoscape does not draw an edge whose end is not displayed.
    expect(edgesOf(elements)).toHaveLength(1);
  });

  it('turns an empty graph into no elements', () => {
    expect(toGraphElements([], [])).toEqual([]);
  });
});

describe('countByKind', () => {
  it('counts nodes per kind and lists every asked kind, zero when absent', () => {
    expect(countByKind([node('a', 'Fund'), node('b', 'Fund'), node('c', 'Person')], ['Fund', 'Person', 'Event'])).toEqual({
      Fund: 2,
      Person: 1,
      Event: 0,
    });
  });
});

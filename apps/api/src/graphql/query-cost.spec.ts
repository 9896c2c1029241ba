import { buildSchema, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { operationCost } from './query-cost';

const schema = buildSchema(`
  type Query { nodes(first: Int! = 50): NodeConnection!, node(id: ID!): Node, suggest(limit: Int! = 10): [Node!]! }
  type NodeConnection { totalCount: Int!, edges: [NodeEdge!]! }
  type NodeEdge { node: Node! }
  type Node { id: ID!, name: String!, neighbours(first: Int! = 50): NodeConnection! }
`);

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  if (!operation) throw new Error('no operation');
  return operationCost(schema, operation, fragments, variables);
}

describe('operationCost', () => {
  it('counts one per field when nothing is paged', () => {
    expect(costOf('{ node(id: "a") { id name } }')).toBe(3);
  });

  it('multiplies what is below a paged field by its page size, whether literal, variable or default', () => {
    const literal = costOf('{ nodes(first: 100) { edges { node { id name } } } }');
    expect(literal).toBe(1 + 100 * (1 + (1 + 2)));
    expect(costOf('query($n: Int!) { nodes(first: $n) { edges { node { id name } } } }', { n: 100 })).toBe(literal);
    expect(costOf('{ nodes { edges { node { id name } } } }')).toBe(1 + 50 * 4);
    expect(costOf('{ suggest(limit: 5) { id } }')).toBe(1 + 5);
  });

  it('multiplies nested pages, which is what makes a nested query expensive', () => {
    const nested = costOf('{ nodes(first: 1000) { edges { node { neighbours(first: 1000) { edges { node { id } } } } } } }');
    expect(nested).toBeGreaterThan(1_000_000);
  });

  it('counts fragments, named and inline, where they are spread', () => {
    const inline = costOf('{ node(id: "a") { ... on Node { id name } } }');
    const named = costOf('query { node(id: "a") { ...parts } } fragment parts on Node { id name }');
    expect(inline).toBe(3);
    expect(named).toBe(3);
  });
});

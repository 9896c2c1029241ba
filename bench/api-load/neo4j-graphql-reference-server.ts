/**
 * The reference the API benchmark compares Koppel with: `@neo4j/graphql` (Neo4j's own
 * GraphQL-to-Cypher library) serving the benchmark's nested list query over the SAME Neo4j data,
 * on Apollo Server in its own Node process, as Koppel's API runs in its own.
 *
 * Run as a child of the benchmark: `node --import tsx neo4j-graphql-reference-server.ts` with
 * PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD. Prints "listening <url>" when ready.
 *
 * The type definitions map onto Koppel's storage as it is: every node carries `:Node` and its kind
 * as a label; FUNDED points from a funder (fund, municipality or province) to what it funded, with
 * `amountEur` and `year` on the relationship; MEMBER_OF points from a member to a network.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Entrepreneur @node(labels: ["Entrepreneur"]) {
    id: ID!
    name: String!
    networks: [Network!]! @relationship(type: "MEMBER_OF", direction: OUT)
    funders: [Funder!]! @relationship(type: "FUNDED", direction: IN, properties: "Funded")
  }

  type Network @node(labels: ["Network"]) {
    id: ID!
    name: String!
  }

  type Fund @node(labels: ["Fund"]) {
    id: ID!
    name: String!
  }

  type Municipality @node(labels: ["Municipality"]) {
    id: ID!
    name: String!
  }

  type Province @node(labels: ["Province"]) {
    id: ID!
    name: String!
  }

  union Funder = Fund | Municipality | Province

  type Funded @relationshipProperties {
    amountEur: Int
    year: Int
  }
`;

async function main(): Promise<void> {
  const { PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (!PORT || !NEO4J_URI || !NEO4J_PASSWORD) throw new Error('PORT, NEO4J_URI and NEO4J_PASSWORD are required');
  const driver = neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD));
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(PORT), host: '127.0.0.1' } });
  process.stdout.write(`listening ${url}\n`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/**
 * The requests the API benchmark sends. The nested list is the issue's: a page of 50
 * entrepreneurs with their networks and their fundings; Koppel's and @neo4j/graphql's versions ask
 * for the same data (ids, names, the funding's amount and year), checked equal before any load.
 */
export const SUGGESTIONS = `query Suggestions($subjectId: ID!) {
  suggestIntroductions(subjectId: $subjectId, limit: 10) {
    candidatesConsidered
    suggestions { score target { id name kind } reasons { kind contribution sentence { nl en } } }
  }
}`;

export const KOPPEL_NESTED_LIST = `query EntrepreneursPage {
  entrepreneurs(first: 50) {
    edges { node { id name
      networks(first: 20) { edges { node { id name } } }
      fundings(first: 20) { edges { amountEur year node { id name } } }
    } }
  }
}`;

export const NEO4J_GRAPHQL_NESTED_LIST = `query EntrepreneursPage {
  entrepreneursConnection(first: 50, sort: [{ id: ASC }]) {
    edges { node { id name
      networks(limit: 20, sort: [{ id: ASC }]) { id name }
      fundersConnection(first: 20) { edges { properties { amountEur year } node {
        ... on Fund { id name } ... on Municipality { id name } ... on Province { id name }
      } } }
    } }
  }
}`;

/** One entrepreneur of a page, as both servers' answers are compared. */
export interface PageEntry {
  id: string;
  name: string;
  networks: string[];
  fundings: string[];
}

type KoppelPage = {
  entrepreneurs: {
    edges: {
      node: {
        id: string;
        name: string;
        networks: { edges: { node: { id: string } }[] };
        fundings: { edges: { amountEur: number | null; year: number | null; node: { id: string } }[] };
      };
    }[];
  };
};

type ReferencePage = {
  entrepreneursConnection: {
    edges: {
      node: {
        id: string;
        name: string;
        networks: { id: string }[];
        fundersConnection: { edges: { properties: { amountEur: number | null; year: number | null }; node: { id: string } }[] };
      };
    }[];
  };
};

const funding = (id: string, amountEur: number | null, year: number | null) => `${id}:${amountEur ?? '-'}:${year ?? '-'}`;

export function koppelPageEntries(page: KoppelPage): PageEntry[] {
  return page.entrepreneurs.edges.map(({ node }) => ({
    id: node.id,
    name: node.name,
    networks: node.networks.edges.map((edge) => edge.node.id).sort(),
    fundings: node.fundings.edges.map((edge) => funding(edge.node.id, edge.amountEur, edge.year)).sort(),
  }));
}

export function referencePageEntries(page: ReferencePage): PageEntry[] {
  return page.entrepreneursConnection.edges.map(({ node }) => ({
    id: node.id,
    name: node.name,
    networks: node.networks.map((network) => network.id).sort(),
    fundings: node.fundersConnection.edges.map((edge) => funding(edge.node.id, edge.properties.amountEur, edge.properties.year)).sort(),
  }));
}

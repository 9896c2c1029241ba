/**
 * Every GraphQL operation the web app sends, in one place. The schema they are written against
 * is the API's (graph-schema/ and apps/api/src); the result shapes are in graph-types.ts.
 */

/** One page of nodes, with just what the graph view draws. */
export const GRAPH_NODES_PAGE = /* GraphQL */ `
  query GraphNodesPage($first: Int!, $after: String) {
    nodes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          name
          municipality
          province
          illustrative
        }
      }
    }
  }
`;

/** One page of relationships. */
export const GRAPH_RELATIONSHIPS_PAGE = /* GraphQL */ `
  query GraphRelationshipsPage($first: Int!, $after: String) {
    relationships(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          from
          to
          amountEur
          year
          role
        }
      }
    }
  }
`;

/** The whole profile of one node for the detail panel, kind-specific fields included. */
export const STAKEHOLDER_DETAIL = /* GraphQL */ `
  query StakeholderDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      kind
      name
      description
      municipality
      province
      themes
      offers
      website
      visibleForMatchmaking
      source
      illustrative
      ... on Entrepreneur {
        enterpriseKind
        stage
        sdgs
        products
        labels
        foundedYear
        needs {
          domain
          description
          amountEur
          instrument
          category
        }
      }
      ... on Fund {
        instruments
        ticketMinEur
        ticketMaxEur
        stages
        socialOnly
        openForApplications
        regions
      }
      ... on Purchaser {
        purchaserType
        categories
        procurementInstruments
        openQuestions
      }
      ... on Municipality {
        policy {
          actionProgramme
          desk
          socialProcurementPolicy
          reservedContracts
          challenges
        }
      }
      ... on Network {
        regions
      }
      ... on KnowledgeInstitution {
        regions
      }
      ... on SupportProgramme {
        regions
      }
      ... on Person {
        role
      }
      ... on Event {
        date
      }
    }
  }
`;

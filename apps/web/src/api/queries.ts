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

/**
 * What the detail panel shows of a suggestion. Each suggestion query below names its answer
 * `list`, so one reader serves all four.
 */
const SUGGESTION_LIST_FIELDS = /* GraphQL */ `
  suggestions {
    target {
      id
      kind
      name
    }
    score
    confidence {
      level
      sentence {
        nl
      }
    }
    reasons {
      kind
      contribution
      sentence {
        nl
      }
    }
    warmWayIn {
      via {
        id
        kind
        name
      }
      sentence {
        nl
      }
    }
  }
`;

/** Entry points for an entrepreneur: whom to be introduced to. */
export const SUGGEST_INTRODUCTIONS = /* GraphQL */ `
  query SuggestIntroductions($subjectId: ID!, $limit: Int!) {
    list: suggestIntroductions(subjectId: $subjectId, limit: $limit) {
      ${SUGGESTION_LIST_FIELDS}
    }
  }
`;

/** Entrepreneurs that fit a fund. */
export const SCOUT_ENTREPRENEURS = /* GraphQL */ `
  query ScoutEntrepreneurs($subjectId: ID!, $limit: Int!) {
    list: scoutEntrepreneurs(fundId: $subjectId, limit: $limit) {
      ${SUGGESTION_LIST_FIELDS}
    }
  }
`;

/** Enterprises that can deliver what a purchaser buys. */
export const FIND_SUPPLIERS = /* GraphQL */ `
  query FindSuppliers($subjectId: ID!, $limit: Int!) {
    list: findSuppliers(purchaserId: $subjectId, limit: $limit) {
      ${SUGGESTION_LIST_FIELDS}
    }
  }
`;

/** Entrepreneurs who should join a network. */
export const SUGGEST_NETWORK_MEMBERS = /* GraphQL */ `
  query SuggestNetworkMembers($subjectId: ID!, $limit: Int!) {
    list: suggestNetworkMembers(networkId: $subjectId, limit: $limit) {
      ${SUGGESTION_LIST_FIELDS}
    }
  }
`;

/** Tells the API which suggestions were shown, so ones shown again and again unasked sink. */
export const RECORD_SUGGESTIONS_SHOWN = /* GraphQL */ `
  mutation RecordSuggestionsShown($subjectId: ID!, $targetIds: [ID!]!) {
    recordSuggestionsShown(subjectId: $subjectId, targetIds: $targetIds)
  }
`;

/** Signing in: the token to send from now on, and who is signed in. */
export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
      account {
        email
        role
        organisation {
          name
        }
      }
    }
  }
`;

/** A fresh token before the current one expires. */
export const REFRESH_SESSION = /* GraphQL */ `
  mutation RefreshSession {
    refreshSession {
      token
      expiresAt
      account {
        email
        role
        organisation {
          name
        }
      }
    }
  }
`;

/** The whole graph as files of one format (coordinators only). */
export const EXPORT_GRAPH = /* GraphQL */ `
  query ExportGraph($format: GraphFileFormat!) {
    exportGraph(format: $format) {
      files {
        name
        mediaType
        content
      }
    }
  }
`;

/** One JSON file or a set of CSV files, imported all or nothing (coordinators only). */
export const IMPORT_GRAPH = /* GraphQL */ `
  mutation ImportGraph($input: ImportGraphInput!) {
    importGraph(input: $input) {
      file
      nodes
      relationships
    }
  }
`;

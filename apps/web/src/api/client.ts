import { createGraphQLClient } from './graphql-client';

/** The app's one GraphQL client: same origin, `/graphql` (Vite forwards it in development). */
export const requestGraphQL = createGraphQLClient('/graphql');

import { createGraphQLClient } from './graphql-client';
import { SessionStore } from './session-store';

/** The signed-in session of this tab. */
export const sessionStore = new SessionStore(typeof sessionStorage === 'undefined' ? undefined : sessionStorage);

/**
 * The app's one GraphQL client: same origin, `/graphql` (Vite forwards it in development),
 * with the session's token; a refused token ends the session, which shows the sign-in form.
 */
export const requestGraphQL = createGraphQLClient('/graphql', undefined, {
  token: sessionStore.token,
  onUnauthenticated: (message) => sessionStore.end(message),
});

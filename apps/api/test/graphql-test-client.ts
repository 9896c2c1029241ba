import { Client, fetchExchange, type OperationResult } from '@urql/core';
import { type DocumentNode, getOperationAST, parse } from 'graphql';

/** What the server answered, as the GraphQL response body has it: `errors` left out when there are none. */
export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: GraphQLAnswerError[];
}

export interface GraphQLAnswerError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; issues?: { field: string; reason: string }[]; [key: string]: unknown };
}

/** Sends one operation and answers what came back. */
export type GraphQLCall = <T = Record<string, unknown>>(document: string | DocumentNode, variables?: Record<string, unknown>) => Promise<GraphQLAnswer<T>>;

/**
 * A real GraphQL client (@urql/core, the fetch exchange only) for one caller: what an outside
 * integration would use. No cache, so every call reaches the server; POST always, as the server's
 * CSRF prevention refuses GET. `token()` is read per call, so a session can sign in later.
 */
export function graphqlTestClient(url: string, token: () => string | null): GraphQLCall {
  const client = new Client({
    url,
    exchanges: [fetchExchange],
    requestPolicy: 'network-only',
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const current = token();
      const headers: Record<string, string> = current ? { authorization: `Bearer ${current}` } : {};
      return { headers };
    },
  });

  return async <T>(document: string | DocumentNode, variables: Record<string, unknown> = {}) => {
    // Parsed here, so a malformed query in a test fails in the client, before any request.
    const parsed = typeof document === 'string' ? parse(document) : document;
    const operation = getOperationAST(parsed);
    if (!operation) throw new Error('a test document must hold exactly one operation');
    const result: OperationResult =
      operation.operation === 'mutation'
        ? await client.mutation(parsed, variables).toPromise()
        : await client.query(parsed, variables).toPromise();
    return answerOf<T>(result);
  };
}

/** The client's result back in the shape of the response body, so tests read codes and issues as a client sees them. */
function answerOf<T>(result: OperationResult): GraphQLAnswer<T> {
  const { error } = result;
  if (error?.networkError) throw new Error(`the request did not reach GraphQL: ${error.networkError.message}`);
  const answer: GraphQLAnswer<T> = { data: result.data as T | null | undefined };
  if (error && error.graphQLErrors.length > 0) {
    answer.errors = error.graphQLErrors.map(({ message, path, extensions }) => ({
      message,
      ...(path ? { path } : {}),
      ...(Object.keys(extensions).length > 0 ? { extensions: extensions as GraphQLAnswerError['extensions'] } : {}),
    }));
  }
  return answer;
}

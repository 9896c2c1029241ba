/**
 * A minimal GraphQL client: a POST to /graphql with fetch. It tells apart the two failures the
 * UI explains differently: the API cannot be reached at all, or it answered with an error.
 */

export type GraphQLRequest = <T>(
  query: string,
  variables?: Record<string, unknown>,
  signal?: AbortSignal,
) => Promise<T>;

/** No usable answer: the server is down, the network failed, or a proxy stood in for it. */
export class ApiUnreachableError extends Error {
  constructor(detail: string) {
    super(`De Koppel-API is niet bereikbaar (${detail}).`);
    this.name = 'ApiUnreachableError';
  }
}

/** One problem with the input, as the API names it in `extensions.issues` of BAD_USER_INPUT. */
export interface InputIssue {
  field: string;
  reason: string;
}

/**
 * The API answered, with errors. `code` is the first error's `extensions.code`, if any;
 * `issues` its `extensions.issues` (every problem of refused input), empty when there are none.
 */
export class GraphQLResponseError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message);
    this.name = 'GraphQLResponseError';
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; issues?: unknown } }[];
}

/** Statuses a proxy or load balancer sends when the server behind it is not there. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

export interface ClientAuth {
  /** The token to send as `Authorization: Bearer`, when signed in. */
  token(): string | null;
  /** The server refused the token (expired, or unknown): `message` says why. */
  onUnauthenticated(message: string): void;
}

export function createGraphQLClient(
  endpoint = '/graphql',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  auth?: ClientAuth,
): GraphQLRequest {
  return async function request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let response: Response;
    const token = auth?.token();
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiUnreachableError(error instanceof Error ? error.message : String(error));
    }
    if (GATEWAY_STATUSES.has(response.status)) throw new ApiUnreachableError(`HTTP ${response.status}`);

    let answer: GraphQLAnswer<T>;
    try {
      answer = (await response.json()) as GraphQLAnswer<T>;
    } catch {
      throw new ApiUnreachableError(`HTTP ${response.status}, geen GraphQL-antwoord`);
    }
    const [firstError] = answer.errors ?? [];
    if (firstError) {
      const code = firstError.extensions?.code;
      // Only a token we sent can have gone bad; a refused sign-in is the form's to show.
      if (code === 'UNAUTHENTICATED' && token) auth?.onUnauthenticated(firstError.message);
      throw new GraphQLResponseError(firstError.message, code, inputIssues(firstError.extensions?.issues));
    }
    if (answer.data == null) throw new GraphQLResponseError(`Leeg antwoord (HTTP ${response.status})`, undefined);
    return answer.data;
  };
}

/** The well-formed `{field, reason}` entries of an `extensions.issues`; anything else is ignored. */
function inputIssues(issues: unknown): InputIssue[] {
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is InputIssue =>
      typeof issue === 'object' && issue !== null && typeof issue.field === 'string' && typeof issue.reason === 'string',
  );
}

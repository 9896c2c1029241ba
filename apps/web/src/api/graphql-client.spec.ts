import { ApiUnreachableError, createGraphQLClient, GraphQLResponseError } from './graphql-client';

const answer = (status: number, body: unknown) =>
  (async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as typeof fetch;

describe('the GraphQL client', () => {
  it('POSTs the query and variables as JSON and returns data', async () => {
    let sent: RequestInit | undefined;
    const request = createGraphQLClient('/graphql', (async (_url: string, init: RequestInit) => {
      sent = init;
      return new Response(JSON.stringify({ data: { ok: true } }), { status: 200 });
    }) as typeof fetch);

    await expect(request('{ ok }', { id: 'x' })).resolves.toEqual({ ok: true });
    expect(sent?.method).toBe('POST');
    expect(JSON.parse(String(sent?.body))).toEqual({ query: '{ ok }', variables: { id: 'x' } });
  });

  it('calls a failed connection "unreachable"', async () => {
    const request = createGraphQLClient('/graphql', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    await expect(request('{ ok }')).rejects.toBeInstanceOf(ApiUnreachableError);
  });

  it('calls a gateway error from a proxy "unreachable"', async () => {
    await expect(createGraphQLClient('/graphql', answer(502, 'Bad Gateway'))('{ ok }')).rejects.toBeInstanceOf(ApiUnreachableError);
  });

  it('calls an answer that is not JSON "unreachable"', async () => {
    await expect(createGraphQLClient('/graphql', answer(200, '<html>'))('{ ok }')).rejects.toBeInstanceOf(ApiUnreachableError);
  });

  it('turns GraphQL errors into an error with the message and code', async () => {
    const request = createGraphQLClient(
      '/graphql',
      answer(200, { data: null, errors: [{ message: 'Geen knoop', extensions: { code: 'NOT_FOUND' } }] }),
    );
    await expect(request('{ ok }')).rejects.toThrow(GraphQLResponseError);
    await expect(request('{ ok }')).rejects.toMatchObject({ message: 'Geen knoop', code: 'NOT_FOUND' });
  });

  it('carries every problem of refused input, and ignores malformed ones', async () => {
    const issues = [
      { field: 'entrepreneurs.csv line 3: municipality', reason: 'unknown municipality' },
      { field: 'entrepreneurs.csv line 5: stage', reason: 'unknown stage' },
    ];
    const request = createGraphQLClient(
      '/graphql',
      answer(200, { data: null, errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', issues: [...issues, { field: 3 }, 'x'] } }] }),
    );
    await expect(request('{ ok }')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', issues });
  });

  it('has no issues for an error that names none', async () => {
    const request = createGraphQLClient('/graphql', answer(200, { data: null, errors: [{ message: 'Nee', extensions: { code: 'FORBIDDEN' } }] }));
    await expect(request('{ ok }')).rejects.toMatchObject({ code: 'FORBIDDEN', issues: [] });
  });

  describe('signed in', () => {
    const refusal = { data: null, errors: [{ message: 'token expired: sign in again', extensions: { code: 'UNAUTHENTICATED' } }] };

    it('sends the session token as a bearer token', async () => {
      let sent: RequestInit | undefined;
      const request = createGraphQLClient(
        '/graphql',
        (async (_url: string, init: RequestInit) => {
          sent = init;
          return new Response(JSON.stringify({ data: { ok: true } }), { status: 200 });
        }) as typeof fetch,
        { token: () => 'the-token', onUnauthenticated: () => undefined },
      );
      await request('{ ok }');
      expect((sent?.headers as Record<string, string>)['authorization']).toBe('Bearer the-token');
    });

    it('ends the session with the reason when the server refuses the token', async () => {
      const ended: string[] = [];
      const request = createGraphQLClient('/graphql', answer(200, refusal), { token: () => 'old', onUnauthenticated: (why) => ended.push(why) });
      await expect(request('{ ok }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(ended).toEqual(['token expired: sign in again']);
    });

    it('leaves a refused sign-in (no token sent) to the form', async () => {
      const ended: string[] = [];
      const request = createGraphQLClient('/graphql', answer(200, refusal), { token: () => null, onUnauthenticated: (why) => ended.push(why) });
      await expect(request('{ ok }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(ended).toEqual([]);
    });
  });
});

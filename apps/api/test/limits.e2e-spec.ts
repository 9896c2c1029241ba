import { KoppelTestServer, startTestServer } from './koppel-test-server';
import { TEST_ACCOUNTS, testToken } from './test-accounts';

/**
 * The limits, errors and logs of issue 5 over real HTTP against the built server, on the
 * embedded store (none of this depends on the store).
 */
interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[] };
}

/**
 * POSTs as a signed-in coordinator (a token signed with the test servers' secret), unless the
 * headers say otherwise; `authorization: ''` posts anonymously.
 */
async function post(server: KoppelTestServer, body: string | object, headers: Record<string, string> = {}): Promise<Answer> {
  const signedIn = { authorization: `Bearer ${testToken(TEST_ACCOUNTS.coordinator)}` };
  const sent = Object.fromEntries(Object.entries({ 'content-type': 'application/json', ...signedIn, ...headers }).filter(([, value]) => value !== ''));
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: sent,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const firstError = (answer: Answer) => answer.body.errors?.[0];
const messages = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.message).join('\n');

/** What the web app sends (apps/web/src/api): a JSON POST from its own origin. */
const WEB_APP_PAGE = {
  query: `query GraphRelationshipsPage($first: Int!, $after: String) { relationships(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id type from to amountEur year role } } } }`,
  variables: { first: 1000 },
};

describe('limits over HTTP', () => {
  let server: KoppelTestServer;
  beforeAll(async () => {
    server = await startTestServer({ KOPPEL_CORS_ORIGINS: 'https://web.example.org' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe('the size of a query', () => {
    it('lets the web app’s largest query through', async () => {
      const answer = await post(server, WEB_APP_PAGE);
      expect({ status: answer.status, errors: answer.body.errors }).toEqual({ status: 200, errors: undefined });
    });

    it('refuses a query nested deeper than 10, naming the limit', async () => {
      const answer = await post(server, { query: `{ ${'a { '.repeat(12)}b${' }'.repeat(12)} }` });
      expect(answer.status).toBe(400);
      expect(messages(answer)).toMatch(/Query depth limit of 10 exceeded, found 13/);
      expect(answer.body.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    });

    it('refuses pages that multiply into more fields than allowed, with the cost and the limit', async () => {
      const neighbourhood = (alias: string) =>
        `${alias}: neighbourhood(id: "x", depth: 4, limit: 10000) { nodes { id name kind } relationships { id type from to } }`;
      const answer = await post(server, { query: `{ ${neighbourhood('a')} ${neighbourhood('b')} }` });
      expect(answer.status).toBe(400);
      expect(firstError(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: 50_000 });
      expect(firstError(answer)?.message).toMatch(/would resolve up to \d+ fields, more than the 50000 allowed: ask for smaller pages/);
    });

    it('refuses too many aliases and too many tokens', async () => {
      const aliases = await post(server, { query: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: graphStats { totalNodes }`).join(' ')} }` });
      expect(aliases.status).toBe(400);
      expect(firstError(aliases)).toMatchObject({
        message: expect.stringMatching(/Aliases limit of 20 exceeded, found 30/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const tokens = await post(server, { query: `{ graphStats { ${'totalNodes '.repeat(3000)}} }` });
      expect(tokens.status).toBe(400);
      expect(firstError(tokens)).toMatchObject({ message: expect.stringMatching(/Document contains more th.. 2000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    });
  });

  describe('page sizes', () => {
    const tooLarge: [string, string, string][] = [
      ['nodes', 'first', `{ nodes(first: 1001) { totalCount } }`],
      ['relationships', 'first', `{ relationships(first: $n) { totalCount } }`],
      ['introductions', 'first', `{ introductions(involving: "x", first: 5000) { totalCount } }`],
      ['neighbourhood', 'limit', `{ neighbourhood(id: "x", limit: 10001) { truncated } }`],
      ['suggestIntroductions', 'limit', `{ suggestIntroductions(subjectId: "x", limit: 51) { truncated } }`],
      ['scoutEntrepreneurs', 'limit', `{ scoutEntrepreneurs(fundId: "x", limit: 100) { truncated } }`],
      ['findSuppliers', 'limit', `{ findSuppliers(purchaserId: "x", limit: 0) { truncated } }`],
      ['suggestNetworkMembers', 'limit', `{ suggestNetworkMembers(networkId: "x", limit: -1) { truncated } }`],
    ];
    it.each(tooLarge)('%s: a page out of range is bad input naming `%s`', async (_field, argument, query) => {
      const answer = await post(server, { query: query.replace('$n', '2000').replace('{ relationships(first: 2000)', 'query { relationships(first: 2000)') });
      expect(answer.status).toBe(400);
      expect(firstError(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: argument, reason: expect.stringMatching(/^must be a whole number from 1 to \d+$/) }] });
    });

    it('counts a page size passed as a variable like a literal one', async () => {
      const answer = await post(server, { query: 'query($n: Int!) { nodes(first: $n) { totalCount } }', variables: { n: 5000 } });
      expect(firstError(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'first' }] });
    });
  });

  describe('CSRF prevention', () => {
    it('refuses form-like POSTs, which a browser sends cross-site without asking', async () => {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const answer = await post(server, JSON.stringify({ query: '{ graphStats { totalNodes } }' }), { 'content-type': contentType });
        expect({ contentType, status: answer.status, code: firstError(answer)?.extensions?.code }).toEqual({ contentType, status: 400, code: 'BAD_REQUEST' });
        expect(firstError(answer)?.message).toMatch(/Cross-Site Request Forgery/);
      }
    });

    it('refuses a GET with a query', async () => {
      const response = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent('{ graphStats { totalNodes } }')}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(/Cross-Site Request Forgery/);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(`${server.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

    it('lets a configured origin through, preflight and request', async () => {
      const allowed = await preflight('https://web.example.org');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://web.example.org');
      expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/);
      const answer = await post(server, WEB_APP_PAGE, { origin: 'https://web.example.org' });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://web.example.org');
    });

    it('gives any other origin no CORS headers, so the browser blocks the call and withholds the answer', async () => {
      const refused = await preflight('https://evil.example.com');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(refused.headers.get('access-control-allow-methods')).toBeNull();
      const simple = await post(server, WEB_APP_PAGE, { origin: 'https://evil.example.com' });
      expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('request ids and logs', () => {
    it('echoes a safe X-Request-Id, replaces an unsafe one, and logs every line of the request with it', async () => {
      const echoed = await post(server, WEB_APP_PAGE, { 'x-request-id': 'limits-test-42' });
      expect(echoed.headers.get('x-request-id')).toBe('limits-test-42');
      const replaced = await post(server, WEB_APP_PAGE, { 'x-request-id': 'not safe; rm -rf' });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.includes('limits-test-42'))
        .map((line) => JSON.parse(line) as { requestId?: string; msg?: string });
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((line) => line.requestId === 'limits-test-42')).toBe(true);
      expect(lines.map((line) => line.msg)).toContain('request completed');
    });

    it('never logs a password, a token or an e-mail address from a request', async () => {
      const secret = 'correct-horse-battery-staple-7731';
      await post(
        server,
        { query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', variables: { email: 'anna.secret@example.org', password: secret } },
        { authorization: `Bearer token-${secret}` },
      );
      await fetch(`${server.baseUrl}/graphql?query=x&variables=${encodeURIComponent(JSON.stringify({ password: secret }))}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(server.output()).not.toContain(secret);
      expect(server.output()).not.toContain('anna.secret@example.org');
      expect(server.output()).toMatch(/"msg":"request completed"/);
    });
  });

  it('is live on /health and ready on /ready', async () => {
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/ready`)).status).toBe(200);
  });
});

describe('limits over HTTP, tightened by configuration', () => {
  let server: KoppelTestServer;
  beforeAll(async () => {
    server = await startTestServer({
      KOPPEL_MAX_REQUEST_BYTES: '2048',
      KOPPEL_RATE_LIMIT_PER_MINUTE: '8',
      KOPPEL_SIGN_IN_LIMIT_PER_EMAIL: '2',
      KOPPEL_SIGN_IN_LIMIT_PER_IP: '3',
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a body larger than KOPPEL_MAX_REQUEST_BYTES with 413 and says so', async () => {
    const answer = await post(server, { query: '{ graphStats { totalNodes } }', variables: { padding: 'x'.repeat(4000) } });
    expect(answer.status).toBe(413);
    expect(firstError(answer)).toEqual({
      message: 'The request body is larger than the 2048 bytes this server accepts (KOPPEL_MAX_REQUEST_BYTES).',
      extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 2048 },
    });
  });

  it('limits sign-in attempts per e-mail address, then per IP, with 429, Retry-After and RATE_LIMITED', async () => {
    const signIn = (email: string) =>
      post(server, {
        query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token } }',
        variables: { input: { email, password: 'guess' } },
      });
    // Until accounts exist signIn is not in the schema, so an attempt that gets through is refused by validation, not by the limit.
    expect((await signIn('Anna@Example.org')).status).toBe(400);
    expect((await signIn('anna@example.org')).status).toBe(400);
    const third = await signIn('anna@example.org');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(firstError(third)?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(firstError(third)?.message).toMatch(/^Too many requests: try again in \d+ seconds\.$/);

    expect((await signIn('bert@example.org')).status).toBe(429); // the IP's third attempt in 15 minutes
  });

  it('limits requests per minute per caller (the IP until signed in), with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post(server, { query: '{ graphStats { totalNodes } }' })).status);
    const over = await post(server, { query: '{ graphStats { totalNodes } }' });
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(firstError(over)).toEqual({
      message: `Too many requests: try again in ${retryAfter} seconds.`,
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
    });
  });
});

describe('production mode', () => {
  let server: KoppelTestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production', KOPPEL_TOKEN_SECRET: 'a-production-secret-of-more-than-32-characters' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses introspection', async () => {
    const answer = await post(server, { query: '{ __schema { types { name } } }' });
    expect(answer.status).toBe(400);
    expect(firstError(answer)?.message).toMatch(/introspection is not allowed/i);
    expect(firstError(answer)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('suggests no field names and shows no stack trace', async () => {
    const answer = await post(server, { query: '{ graphStat { totalNodes } }' });
    expect(answer.status).toBe(400);
    expect(messages(answer)).not.toMatch(/Did you mean|graphStats/);
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
    const malformed = await post(server, '{"query": ');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).not.toMatch(/stacktrace|\bat .*\.js:\d+/);
    expect(firstError(malformed)?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('gives every error a code', async () => {
    const answers = await Promise.all([
      post(server, { query: '{ node(id: "x") { id } nope }' }),
      post(server, { query: '{ nodes(first: 0) { totalCount } }' }),
      post(server, { query: '{ introduction(id: "nobody") { id } }' }),
      post(server, { query: 'query { ' }),
    ]);
    for (const answer of answers) {
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      for (const error of answer.body.errors ?? []) expect(error.extensions?.code).toEqual(expect.any(String));
    }
  });
});

/** A plain GraphQL POST for the benchmark's checks (not its load): throws on any GraphQL error. */
export async function graphqlPost<T>(url: string, body: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const answer = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (answer.errors?.length || !answer.data) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  }
  return answer.data;
}

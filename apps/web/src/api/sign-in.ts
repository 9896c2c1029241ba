import type { GraphQLRequest } from './graphql-client';
import { REFRESH_SESSION, SIGN_IN } from './queries';
import type { Session } from './session-store';

export async function signIn(request: GraphQLRequest, email: string, password: string): Promise<Session> {
  return (await request<{ signIn: Session }>(SIGN_IN, { email, password })).signIn;
}

export async function refreshSession(request: GraphQLRequest): Promise<Session> {
  return (await request<{ refreshSession: Session }>(REFRESH_SESSION)).refreshSession;
}

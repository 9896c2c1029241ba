import { ArgumentNode, Kind, OperationDefinitionNode, parse, ValueNode } from 'graphql';

/** The mutation field whose attempts are limited harder, against password guessing. */
export const SIGN_IN_FIELD = 'signIn';

export interface SignInAttempt {
  /** The e-mail address tried, lower-cased, when the request names one. */
  email?: string;
}

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/**
 * Whether a /graphql request body is a sign-in attempt, and for which e-mail address. Reads the
 * document itself (Apollo has not parsed it yet at this point): the e-mail may be an argument, a
 * field of an input object, or come from a variable. Only bodies that mention `signIn` at all are
 * parsed, so other requests pay nothing.
 */
export function signInAttemptOf(body: unknown): SignInAttempt | null {
  const { query, variables, operationName } = (body ?? {}) as GraphQLBody;
  if (typeof query !== 'string' || !query.includes(SIGN_IN_FIELD)) return null;
  let operation: OperationDefinitionNode | undefined;
  try {
    const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    operation = typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations[0];
  } catch {
    return null; // Apollo answers the syntax error; nothing can be signed in with it.
  }
  if (operation?.operation !== 'mutation') return null;
  const signIns = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value === SIGN_IN_FIELD);
  if (signIns.length === 0) return null;
  const values = isRecord(variables) ? variables : {};
  for (const field of signIns) {
    const email = field.kind === Kind.FIELD ? emailIn(field.arguments ?? [], values) : undefined;
    if (email) return { email };
  }
  return {};
}

function emailIn(args: readonly ArgumentNode[], variables: Record<string, unknown>): string | undefined {
  for (const arg of args) {
    const found = arg.name.value === 'email' ? asEmail(valueOf(arg.value, variables)) : emailInValue(valueOf(arg.value, variables));
    if (found) return found;
  }
  return undefined;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.STRING:
      return node.value;
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, valueOf(field.value, variables)]));
    default:
      return undefined;
  }
}

function emailInValue(value: unknown): string | undefined {
  return isRecord(value) ? asEmail(value['email']) : undefined;
}

function asEmail(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim().toLowerCase() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { type KoppelTestServer, WORKSPACE_ROOT } from './koppel-test-server';

/** The operations a caller may send without signing in. */
export const OPEN_OPERATIONS = new Set(['signIn']);

const SCHEMA = buildSchema(readFileSync(join(WORKSPACE_ROOT, 'graph-schema/schema.graphql'), 'utf8'));

/** A literal that is valid for `type`, with only the required fields of an input object. */
function literalFor(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literalFor(type.ofType);
  if (isListType(type)) return `[${literalFor(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${required.map((field) => `${field.name}: ${literalFor(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return ({ Int: '1', Float: '1', Boolean: 'true' } as Record<string, string>)[type.name] ?? '"x"';
  throw new Error(`no literal for ${String(type)}`);
}

/** The smallest valid document that calls `field` of Query or Mutation. */
export function smallestCall(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const args = required.length ? `(${required.map((arg) => `${arg.name}: ${literalFor(arg.type)}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${operation} { ${field.name}${args}${selection} }`;
}

/** Every Query and Mutation field of the committed SDL, as [operation type, field]. */
export function everyOperation(): ['query' | 'mutation', GraphQLField<unknown, unknown>][] {
  return [
    ...Object.values(SCHEMA.getQueryType()?.getFields() ?? {}).map((field) => ['query', field] as ['query', GraphQLField<unknown, unknown>]),
    ...Object.values(SCHEMA.getMutationType()?.getFields() ?? {}).map((field) => ['mutation', field] as ['mutation', GraphQLField<unknown, unknown>]),
  ];
}

/**
 * The guard covers every path to the data: each operation of the schema, walked from the SDL so a
 * new one is covered the day it is added, refuses an anonymous caller with UNAUTHENTICATED and
 * answers no data.
 */
export function describeEveryOperationNeedsSignIn(server: () => KoppelTestServer): void {
  describe('every operation needs a sign-in', () => {
    const guarded = everyOperation().filter(([, field]) => !OPEN_OPERATIONS.has(field.name));

    it('walks at least every operation the issue names', () => {
      const names = guarded.map(([, field]) => field.name);
      expect(names).toEqual(expect.arrayContaining(['suggestIntroductions', 'scoutEntrepreneurs', 'findSuppliers', 'introductionPath', 'requestIntroduction', 'reviewIntroduction', 'respondToIntroduction', 'recordIntroductionOutcome']));
    });

    it.each(guarded.map(([operation, field]) => [field.name, smallestCall(operation, field)]))(
      '%s refuses an anonymous caller with UNAUTHENTICATED',
      async (_name, document) => {
        const answer = await server().as(null).graphql(document);
        expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
        expect(Object.values(answer.data ?? {}).filter((value) => value !== null)).toEqual([]);
      },
    );
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType, GraphQLField, GraphQLOutputType } from 'graphql';
import { maxPageSize, pageSizeIssues } from './page-size-limits';
import { PAGE_ARGUMENTS } from './query-cost';

/** The committed SDL, which a drift test keeps equal to the server's schema. */
const schema = buildSchema(readFileSync(join(__dirname, '../../../../graph-schema/schema.graphql'), 'utf8'));

/** Lists at the root that are bounded by what they are, not by a page size. */
const BOUNDED_ROOT_LISTS: Record<string, string> = {
  municipalities: 'the 40 municipalities of the three provinces',
};

function returnsList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) || getNamedType(type).name.endsWith('Connection');
}

function everyField(): { type: string; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => (isObjectType(type) ? Object.values(type.getFields()).map((field) => ({ type: type.name, field })) : []));
}

describe('page sizes in the schema', () => {
  it('gives every `first` and `limit` argument a default and a maximum', () => {
    const pageArguments = everyField().flatMap(({ type, field }) =>
      field.args.filter((arg) => (PAGE_ARGUMENTS as readonly string[]).includes(arg.name)).map((arg) => ({ type, field: field.name, arg })),
    );
    expect(pageArguments.length).toBeGreaterThan(5);
    for (const { type, field, arg } of pageArguments) {
      const where = `${type}.${field}(${arg.name})`;
      expect({ where, defaultValue: typeof arg.defaultValue }).toEqual({ where, defaultValue: 'number' });
      expect({ where, max: maxPageSize(type, field, arg.name as 'first' | 'limit') }).toEqual({ where, max: expect.any(Number) });
    }
  });

  it('pages every list and connection a query returns, or knows why it need not', () => {
    const queryType = schema.getQueryType();
    const unpaged = Object.values(queryType?.getFields() ?? {})
      .filter((field) => returnsList(field.type))
      .filter((field) => !field.args.some((arg) => (PAGE_ARGUMENTS as readonly string[]).includes(arg.name)))
      .map((field) => field.name)
      .filter((name) => !(name in BOUNDED_ROOT_LISTS));
    expect(unpaged).toEqual([]);
  });

  it('pages every connection wherever it is a field', () => {
    const unpaged = everyField()
      .filter(({ field }) => getNamedType(field.type).name.endsWith('Connection'))
      .filter(({ field }) => !field.args.some((arg) => arg.name === 'first'))
      .map(({ type, field }) => `${type}.${field.name}`);
    expect(unpaged).toEqual([]);
  });
});

describe('pageSizeIssues', () => {
  it('names the argument and its range when a page is too large or not positive', () => {
    expect(pageSizeIssues([{ type: 'Query', field: 'nodes', argument: 'first', value: 1001 }])).toEqual([
      { field: 'first', reason: 'must be a whole number from 1 to 1000' },
    ]);
    expect(pageSizeIssues([{ type: 'Query', field: 'suggestIntroductions', argument: 'limit', value: 0 }])).toEqual([
      { field: 'limit', reason: 'must be a whole number from 1 to 50' },
    ]);
  });

  it('lets pages within range through', () => {
    expect(pageSizeIssues([{ type: 'Query', field: 'neighbourhood', argument: 'limit', value: 10_000 }])).toEqual([]);
  });
});

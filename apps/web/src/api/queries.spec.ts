import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import * as queries from './queries';

/** The committed SDL: the contract the API's own test keeps it to. */
const schema = buildSchema(readFileSync(join(__dirname, '../../../../graph-schema/schema.graphql'), 'utf8'));

describe('every operation the web app sends', () => {
  it.each(Object.entries(queries))('%s is valid against graph-schema/schema.graphql', (_name, operation) => {
    expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isIntrospectionType,
} from 'graphql';

/**
 * Every type, field, argument, enum value and input field of the schema, each with where it is,
 * so a missing description can be named. Read from the committed SDL, which the drift test
 * (api-over-http.contract) keeps equal to what the server serves.
 */
function describedParts(schema: GraphQLSchema): { where: string; description: string | null | undefined }[] {
  const parts: { where: string; description: string | null | undefined }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    parts.push({ where: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        parts.push({ where: `${type.name}.${field.name}`, description: field.description });
        for (const arg of field.args) parts.push({ where: `${type.name}.${field.name}(${arg.name})`, description: arg.description });
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) parts.push({ where: `${type.name}.${field.name}`, description: field.description });
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) parts.push({ where: `${type.name}.${value.name}`, description: value.description });
    }
  }
  return parts;
}

describe('the GraphQL schema', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../../../graph-schema/schema.graphql'), 'utf8'));

  it('describes every type, field, argument, enum value and input field', () => {
    const undescribed = describedParts(schema)
      .filter((part) => !part.description?.trim())
      .map((part) => part.where);
    expect(undescribed).toEqual([]);
  });
});

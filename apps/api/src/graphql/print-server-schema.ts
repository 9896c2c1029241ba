import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { INestApplication } from '@nestjs/common';
import { printSchema } from 'graphql';

const HEADER =
  '# Koppel GraphQL API. Generated from the server by `npm run schema:write`; do not edit by hand.\n' +
  '# A test fails when the running server and this file differ.\n\n';

/** The schema a running app serves, as the SDL text committed in graph-schema/schema.graphql. */
export function printServerSchema(app: INestApplication): string {
  return HEADER + printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
}

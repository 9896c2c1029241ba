import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { pageSizeIssues } from './page-size-limits';
import { operationCost, PageAsked } from './query-cost';

/**
 * Refuses, before it runs, an operation that asks for a page larger than its field allows
 * (`BAD_USER_INPUT` with `issues` naming the argument) or whose cost (see operationCost) is above
 * the limit (`BAD_USER_INPUT` with the cost and the limit), both HTTP 400. Runs after validation,
 * when the variables are known.
 */
export function querySizePlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [])),
          );
          const pages: PageAsked[] = [];
          const cost = operationCost(schema, operation, fragments, request.variables ?? {}, pages);
          const issues = pageSizeIssues(pages);
          if (issues.length > 0) {
            throw new GraphQLError(issues.map((issue) => `${issue.field}: ${issue.reason}`).join('; '), {
              extensions: { code: 'BAD_USER_INPUT', issues, http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query would resolve up to ${cost} fields, more than the ${maxCost} allowed: ask for smaller pages (first, limit) or fewer nested lists.`,
              { extensions: { code: 'BAD_USER_INPUT', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

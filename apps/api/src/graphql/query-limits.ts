import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { querySizePlugin } from './query-size.plugin';

/**
 * How big one GraphQL document may be, checked before anything runs. The web app's largest
 * queries have depth 5 at most, 2 aliases and 116 tokens (the stakeholder detail panel), and
 * cost about 13,000 (a page of 1000 relationships). These leave several times that room, yet
 * refuse the nested, aliased or padded documents that make a server do unbounded work.
 */
export const QUERY_LIMITS = {
  /** Nesting of selections (`nodes { edges { node { id } } }` is 4). */
  maxDepth: 10,
  /** Fields resolved at most, page sizes multiplied in (see query-cost.ts); the web app's graph pages cost about 13,000. */
  maxCost: 50_000,
  /** Aliases per operation: many aliases of one expensive field multiply its work. */
  maxAliases: 20,
  /** Lexical tokens per document: graphql-js stops parsing beyond it. */
  maxTokens: 2_000,
  /** Directives per operation. */
  maxDirectives: 20,
} as const;

/**
 * The limits as Apollo options, all answering HTTP 400 with a message naming the limit:
 * - depth, aliases, directives: graphql-armor's validation rules, `GRAPHQL_VALIDATION_FAILED`;
 * - tokens: graphql-js's own `maxTokens` parse option, `GRAPHQL_PARSE_FAILED` (graphql-armor's
 *   token plugin throws where Apollo answers 500);
 * - page sizes and cost: querySizePlugin, `BAD_USER_INPUT` (graphql-armor's cost rule reads only literal page
 *   sizes, so `first: $first` would dodge it).
 * Field suggestions ("Did you mean ...?") leak the schema, so they are masked in production,
 * where introspection is off too.
 */
export function queryLimitProtection(environment: 'development' | 'production' | 'test'): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: ParseOptions;
} {
  const { validationRules, plugins } = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    costLimit: { enabled: false }, // replaced by querySizePlugin, which reads variables too
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: environment === 'production' },
  }).protect();
  return {
    validationRules,
    plugins: [...(plugins as ApolloServerPlugin[]), querySizePlugin(QUERY_LIMITS.maxCost)],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}

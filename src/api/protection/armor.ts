import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { ApiErrorCode } from '../errors.js';
import type { ResolvedLimits } from '../options.js';

/** Tags a rejection so formatError can give it a specific `extensions.code`. */
const tag = (code: ApiErrorCode) => [
  (_ctx: unknown, error: GraphQLError) => {
    (error.extensions as Record<string, unknown>).limitCode = code;
  },
];

/** Depth, cost, alias and token limits from graphql-armor, each rejection with its own code. */
export const armorProtection = (limits: ResolvedLimits, production: boolean) => {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, onReject: tag('QUERY_TOO_DEEP'), exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, onReject: tag('QUERY_TOO_COSTLY'), exposeLimits: true },
    maxAliases: { n: limits.maxAliases, onReject: tag('TOO_MANY_ALIASES'), exposeLimits: true },
    maxTokens: { n: limits.maxTokens, onReject: tag('TOO_MANY_TOKENS'), exposeLimits: true },
    maxDirectives: { n: 50 },
    // Suggestions help people in the playground; in production they reveal the schema.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor's typings name Apollo's CJS build; the plugin objects are the same at run time.
  return { plugins: plugins as unknown as ApolloServerPlugin<BaseContext>[], validationRules };
};

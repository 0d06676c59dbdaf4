import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApiErrorCode } from '../errors.js';
import type { ResolvedLimits } from '../options.js';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

const OFF: GraphQLArmorConfig = {
  maxDepth: { enabled: false },
  costLimit: { enabled: false },
  maxAliases: { enabled: false },
  maxTokens: { enabled: false },
  maxDirectives: { enabled: false },
  blockFieldSuggestion: { enabled: false },
};

/**
 * Re-reports a rule's errors with the code formatError will put in `extensions.code`
 * (Apollo labels every validation error GRAPHQL_VALIDATION_FAILED) and without armor's
 * misleading "Syntax Error:" prefix.
 */
const withCode =
  (rule: ValidationRule, code: ApiErrorCode): ValidationRule =>
  (context: ValidationContext) =>
    rule(
      Object.create(context, {
        reportError: {
          value: (error: GraphQLError) =>
            context.reportError(
              new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
                nodes: error.nodes,
                extensions: { limitCode: code },
              }),
            ),
        },
      }) as ValidationContext,
    );

/** One armor protection alone, so each of its rules can carry its own code. */
const only = (config: GraphQLArmorConfig) => new ApolloArmor({ ...OFF, ...config }).protect();

/** Depth, cost and alias limits (graphql-armor), each rejection with its own code. */
export const armorProtection = (limits: ResolvedLimits, production: boolean) => {
  const rules = (config: GraphQLArmorConfig, code: ApiErrorCode) =>
    only(config).validationRules.map((rule) => withCode(rule, code));
  const validationRules: ValidationRule[] = [
    ...rules({ maxDepth: { n: limits.maxDepth, exposeLimits: true } }, 'QUERY_TOO_DEEP'),
    ...rules({ maxAliases: { n: limits.maxAliases, exposeLimits: true } }, 'TOO_MANY_ALIASES'),
    // Linear per level; literal `first` arguments multiply, so nested fan-out is what costs.
    ...rules(
      { costLimit: { maxCost: limits.maxCost, depthCostFactor: 1, exposeLimits: true } },
      'QUERY_TOO_COSTLY',
    ),
    ...rules({ maxDirectives: { n: 50, exposeLimits: true } }, 'TOO_MANY_DIRECTIVES'),
  ];
  const { plugins } = only({
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    // Suggestions help people in the playground; in production they reveal the schema.
    blockFieldSuggestion: { enabled: production },
  });
  // graphql-armor's typings name Apollo's CJS build; the plugin objects are the same at run time.
  return { plugins: plugins as unknown as ApolloServerPlugin<BaseContext>[], validationRules };
};

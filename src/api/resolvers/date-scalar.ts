import { GraphQLScalarType, Kind } from 'graphql';
import { apiError } from '../errors.js';

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const parse = (value: unknown): string => {
  if (typeof value !== 'string' || !ISO.test(value) || Number.isNaN(Date.parse(value))) {
    throw apiError(
      'BAD_USER_INPUT',
      `Date must be an ISO 8601 date or date-time, got ${JSON.stringify(value)}`,
    );
  }
  return value;
};

/** Dates travel as the ISO strings the store keeps; inputs are checked, never coerced. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});

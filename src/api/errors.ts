import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { QuotegraphError, type ErrorCode } from '../domain/errors.js';

/** Every `extensions.code` the API itself emits (Apollo adds GRAPHQL_PARSE_FAILED and the like). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_CONFIGURED'
  | 'PAGE_SIZE_EXCEEDED'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_TOKENS'
  | 'BATCH_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ApiErrorCode | ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  STORE_UNAVAILABLE: 503,
};

export const apiError = (
  code: ApiErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
) =>
  new GraphQLError(message, {
    extensions: {
      code,
      ...extra,
      ...(HTTP_STATUS[code] ? { http: { status: HTTP_STATUS[code] } } : {}),
    },
  });

/** Domain codes a client may act on pass through; anything else is an internal failure. */
const PUBLIC_DOMAIN_CODES = new Set<ErrorCode>([
  'INVALID_ARTICLE',
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_UNAVAILABLE',
]);

/**
 * Shapes every error leaving the server: domain errors keep their code, validation rejections
 * from the protection rules get the specific code they carry, and in production unknown errors
 * become a bare INTERNAL_SERVER_ERROR (details go to the log only).
 */
export const makeFormatError =
  (production: boolean, logger: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof QuotegraphError) {
      if (PUBLIC_DOMAIN_CODES.has(original.code)) {
        const { stacktrace: _s, ...rest } = formatted.extensions ?? {};
        return {
          ...formatted,
          message: original.message,
          extensions: { ...(production ? {} : rest), code: original.code, ...original.metadata },
        };
      }
    }
    const limitCode = formatted.extensions?.limitCode;
    if (typeof limitCode === 'string') {
      const { limitCode: _l, ...rest } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...rest, code: limitCode } };
    }
    const code = formatted.extensions?.code;
    const known = original instanceof GraphQLError || typeof code === 'string';
    if (code === 'INTERNAL_SERVER_ERROR' || !known) {
      logger.error({ err: original }, 'unexpected error');
      if (production) {
        return {
          message: 'Internal server error',
          ...(formatted.path ? { path: formatted.path } : {}),
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
    }
    return formatted;
  };

import { Neo4jError } from 'neo4j-driver';
import { QuotegraphError, StoreUnavailableError } from '../../domain/errors.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * The adapter edge: driver and server failures become domain errors. Unavailable, transient and
 * auth failures are STORE_UNAVAILABLE; a broken constraint is CONFLICT. Anything else is a bug in
 * a statement and is rethrown untouched so its Neo4j code stays visible.
 */
export const toDomainError = (error: unknown, what: string): unknown => {
  if (error instanceof QuotegraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (error.retryable || code === 'ServiceUnavailable' || code === 'SessionExpired') {
      return new StoreUnavailableError(`Neo4j unavailable during ${what}: ${error.message}`, {
        cause: error,
      });
    }
    if (code.startsWith('Neo.ClientError.Security.')) {
      return new StoreUnavailableError(`Neo4j refused the credentials during ${what}: ${code}`, {
        cause: error,
      });
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new StoreUnavailableError(`Neo4j database not found during ${what}`, { cause: error });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new QuotegraphError(
        'CONFLICT',
        `Neo4j constraint violated during ${what}`,
        { code },
        {
          cause: error,
        },
      );
    }
    return error;
  }
  const errno = (error as { code?: unknown } | null)?.code;
  if (typeof errno === 'string' && NETWORK_CODES.has(errno)) {
    return new StoreUnavailableError(`Neo4j unreachable during ${what}: ${errno}`, {
      cause: error,
    });
  }
  return error;
};

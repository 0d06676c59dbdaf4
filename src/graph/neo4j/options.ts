import { InvalidArgumentError } from '../../domain/errors.js';

export interface Neo4jStoreOptions {
  /** bolt://, neo4j://, bolt+s:// or neo4j+s:// address. */
  uri: string;
  /** Omit both user and password when the server runs with auth disabled. */
  user?: string;
  password?: string;
  /** Defaults to the server's default database. */
  database?: string;
  /** Most statements written per transaction. Defaults to 500 (see docs/decisions/0301). */
  batchSize?: number;
  /** How long managed transactions retry on transient errors. Defaults to 30 000 ms. */
  maxTransactionRetryTime?: number;
}

export const DEFAULT_BATCH_SIZE = 500;

const isNeo4jUri = (value: string): boolean => /^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(value);

/** True when a `--store` value names a Neo4j server rather than an embedded store path. */
export const isNeo4jStoreUri = isNeo4jUri;

/**
 * Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and NEO4J_BATCH_SIZE; an explicit
 * uri (e.g. from `--store`) wins over NEO4J_URI. Returns null when no Neo4j server is named.
 */
export const neo4jOptionsFromEnv = (
  env: NodeJS.ProcessEnv = process.env,
  uri: string | undefined = env.NEO4J_URI,
): Neo4jStoreOptions | null => {
  if (!uri) return null;
  const batch = env.NEO4J_BATCH_SIZE;
  return validateOptions({
    uri,
    user: env.NEO4J_USER || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
    batchSize: batch ? Number(batch) : undefined,
  });
};

export const validateOptions = (options: Neo4jStoreOptions): Neo4jStoreOptions => {
  if (!isNeo4jUri(options.uri)) {
    throw new InvalidArgumentError(`not a Neo4j address: ${options.uri}`, { uri: options.uri });
  }
  const batch = options.batchSize;
  if (batch !== undefined && !(Number.isInteger(batch) && batch > 0)) {
    throw new InvalidArgumentError(`batchSize must be a positive integer, got ${batch}`);
  }
  if ((options.user === undefined) !== (options.password === undefined)) {
    throw new InvalidArgumentError('NEO4J_USER and NEO4J_PASSWORD go together');
  }
  return options;
};

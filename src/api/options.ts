import type { Express } from 'express';
import type { Logger } from 'pino';

/** Limits that protect the server from hostile or careless queries. */
export interface ApiLimits {
  /** Deepest selection nesting accepted. Defaults to 10. */
  maxDepth?: number;
  /** graphql-armor cost: objects 2, scalars 1, times any literal `first`. Defaults to 20 000. */
  maxCost?: number;
  /** Aliases per operation. Defaults to 15. */
  maxAliases?: number;
  /** Lexer tokens per document; stops huge documents before validation. Defaults to 3000. */
  maxTokens?: number;
  /** Operations per batched HTTP request; 1 disables batching. Defaults to 1. */
  maxBatch?: number;
  /** Largest `first` on any connection or list argument. Defaults to 100. */
  maxPageSize?: number;
  /** Largest request body accepted, in bytes. Defaults to 1 MiB. */
  maxBodyBytes?: number;
  /** Articles per `ingestArticles` call. Defaults to 100. */
  maxIngestArticles?: number;
  /** Resolution stops with TIMEOUT once an operation has run this long. Defaults to 10 000 ms. */
  executionTimeoutMs?: number;
  /** Node's http `requestTimeout` (whole request incl. body). Defaults to 30 000 ms. */
  requestTimeoutMs?: number;
}

export interface ApiOptions {
  /** Port used by `listen()` when none is passed. Defaults to 4000. */
  port?: number;
  /** Host used by `listen()` when none is passed. Defaults to 127.0.0.1 (loopback only). */
  host?: string;
  /** Keys accepted in `Authorization: Bearer <key>`. Defaults to none: every write is refused. */
  apiKeys?: string[];
  /** When true, reads need a key too. Defaults to false (reads are open). */
  readsRequireKey?: boolean;
  /** Origins allowed by CORS, or '*' for any. Defaults to none (same-origin only). */
  corsOrigins?: string[] | '*';
  limits?: ApiLimits;
  /** Hides error details and stack traces. Defaults to NODE_ENV === 'production'. */
  production?: boolean;
  /** Serve the offline GraphiQL playground at /playground. Defaults to true. */
  playground?: boolean;
  /** Logger for requests and errors. Defaults to pino at `logLevel`. */
  logger?: Logger;
  /** Level of the default logger. Defaults to 'info'. */
  logLevel?: string;
  /** Called with the express app before the GraphQL routes, e.g. to attach /embed views. */
  mount?: (app: Express) => void;
}

export type ResolvedLimits = Required<ApiLimits>;

export const resolveLimits = (limits: ApiLimits = {}): ResolvedLimits => ({
  maxDepth: limits.maxDepth ?? 10,
  maxCost: limits.maxCost ?? 20_000,
  maxAliases: limits.maxAliases ?? 15,
  maxTokens: limits.maxTokens ?? 3000,
  maxBatch: limits.maxBatch ?? 1,
  maxPageSize: limits.maxPageSize ?? 100,
  maxBodyBytes: limits.maxBodyBytes ?? 1024 * 1024,
  maxIngestArticles: limits.maxIngestArticles ?? 100,
  executionTimeoutMs: limits.executionTimeoutMs ?? 10_000,
  requestTimeoutMs: limits.requestTimeoutMs ?? 30_000,
});

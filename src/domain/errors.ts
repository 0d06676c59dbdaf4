/** Error family with stable codes: callers and tests branch on `code`, never on message text. */
export type ErrorCode =
  | 'INVALID_ARTICLE'
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'STORE_CORRUPT'
  | 'CONFLICT';

export class QuotegraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly metadata: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, ...this.metadata };
  }
}

export class InvalidArticleError extends QuotegraphError {
  constructor(message: string, metadata: Record<string, unknown> = {}) {
    super('INVALID_ARTICLE', message, metadata);
  }
}

export class InvalidArgumentError extends QuotegraphError {
  constructor(message: string, metadata: Record<string, unknown> = {}) {
    super('INVALID_ARGUMENT', message, metadata);
  }
}

export class NotFoundError extends QuotegraphError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} not found`, { what, id });
  }
}

export class StoreUnavailableError extends QuotegraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, {}, options);
  }
}

export class StoreCorruptError extends QuotegraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_CORRUPT', message, {}, options);
  }
}

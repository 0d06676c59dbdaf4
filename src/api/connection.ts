import type { Page, PageArgs } from '../domain/model.js';
import { apiError } from './errors.js';
import type { ResolvedLimits } from './options.js';

/** Validates `first`/`after` against the page size limit before any store call. */
export const pageArgs = (
  limits: ResolvedLimits,
  first: number | null | undefined,
  after: string | null | undefined,
  fallback = 20,
): PageArgs => {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > limits.maxPageSize) {
    throw apiError(
      'PAGE_SIZE_EXCEEDED',
      `first must be between 0 and ${limits.maxPageSize}, got ${size}`,
      { limit: limits.maxPageSize },
    );
  }
  return { first: size, after: after ?? null };
};

/** A store page as a Relay connection. */
export const toConnection = <T>(page: Page<T>) => ({
  edges: page.items.map(({ node, cursor }) => ({ node, cursor })),
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  totalCount: page.totalCount,
});

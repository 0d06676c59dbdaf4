import { InvalidArgumentError } from '../../domain/errors.js';
import type { Page, PageArgs } from '../../domain/model.js';

/** Cursors are opaque to callers; here they encode the offset just past an item. */
export const encodeCursor = (offset: number): string =>
  Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

export const decodeCursor = (cursor: string | null | undefined): number => {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidArgumentError(`invalid cursor ${cursor}`, { cursor });
  return Number(match[1]);
};

export const pageWindow = (page: PageArgs): { skip: number; first: number } => {
  if (!Number.isInteger(page.first) || page.first < 0) {
    throw new InvalidArgumentError(`first must be a non-negative integer, got ${page.first}`);
  }
  return { skip: decodeCursor(page.after), first: page.first };
};

/** Builds a page from the items at [skip, skip + first) and the total count. */
export const toPage = <T>(items: T[], skip: number, totalCount: number): Page<T> => {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(skip + i + 1) }));
  return {
    items: edges,
    totalCount,
    hasNextPage: skip + items.length < totalCount,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
};

import { InvalidArgumentError } from '../../domain/errors.js';
import type { Page, PageArgs } from '../../domain/model.js';
import { checkPageArgs } from '../paging.js';

/**
 * Cursors stay opaque to callers; here they carry the offset just past an item, because the
 * server sorts and slices in one query (the order is total: every sort ends on a unique id).
 */
export const encodeCursor = (offset: number): string =>
  Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

export const decodeCursor = (cursor: string | null | undefined): number => {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidArgumentError(`invalid cursor "${cursor.slice(0, 40)}"`, { cursor });
  return Number(match[1]);
};

export const pageWindow = (page: PageArgs): { skip: number; first: number } => {
  checkPageArgs(page);
  return { skip: decodeCursor(page.after), first: page.first };
};

/** A page from the items at [skip, skip + items.length) of `totalCount`. */
export const toPage = <T>(items: T[], skip: number, totalCount: number): Page<T> => {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(skip + i + 1) }));
  return {
    items: edges,
    totalCount,
    hasNextPage: skip + items.length < totalCount,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
};

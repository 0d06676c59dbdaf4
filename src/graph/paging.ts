import { InvalidArgumentError } from '../domain/errors.js';
import type { Page, PageArgs } from '../domain/model.js';

/** Largest page any adapter returns; the API enforces its own (smaller) limit on top. */
export const MAX_PAGE_SIZE = 1000;

/** Opaque cursors: base64url JSON of the last item's sort key, so pages never skip or repeat. */
export const encodeCursor = (key: unknown[]): string =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export function decodeCursor(cursor: string): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw new InvalidArgumentError(`invalid cursor "${cursor.slice(0, 40)}"`, { cursor });
}

export function checkPageArgs(page: PageArgs): void {
  if (!Number.isInteger(page.first) || page.first < 0 || page.first > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(`first must be an integer between 0 and ${MAX_PAGE_SIZE}`, {
      first: page.first,
    });
  }
}

/**
 * Pages an already sorted and filtered list: items strictly after the cursor's key.
 * `compareToKey(item, key)` orders an item against a decoded cursor key.
 */
export function pageSorted<T>(
  sorted: readonly T[],
  page: PageArgs,
  keyOf: (item: T) => unknown[],
  compareToKey: (item: T, key: unknown[]) => number,
): Page<T> {
  checkPageArgs(page);
  let from = 0;
  if (page.after) {
    const key = decodeCursor(page.after);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareToKey(sorted[mid]!, key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    from = lo;
  }
  const slice = sorted.slice(from, from + page.first);
  const items = slice.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    items,
    totalCount: sorted.length,
    hasNextPage: from + slice.length < sorted.length,
    endCursor: items.length ? items[items.length - 1]!.cursor : null,
  };
}

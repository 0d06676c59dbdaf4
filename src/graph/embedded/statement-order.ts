import type { Statement, StatementOrder } from '../../domain/model.js';

export type PublishedOf = (statement: Statement) => string | null;

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort key of a statement for one order; it is also what a cursor encodes. */
export function sortKey(
  statement: Statement,
  order: StatementOrder,
  publishedOf: PublishedOf,
): (string | number)[] {
  if (order === 'CONFIDENCE_DESC') return [statement.confidence, statement.id];
  return [publishedOf(statement) ?? '', statement.articleId, statement.quote.start, statement.id];
}

/** Compares two sort keys of the same order; undated statements always come last. */
export function compareKeys(
  a: readonly unknown[],
  b: readonly unknown[],
  order: StatementOrder,
): number {
  const [a0, b0] = [a[0] as string | number, b[0] as string | number];
  let first: number;
  if (order === 'CONFIDENCE_DESC') first = cmp(b0, a0);
  else if (a0 === '' || b0 === '') first = a0 === b0 ? 0 : a0 === '' ? 1 : -1;
  else first = order === 'PUBLISHED_DESC' ? cmp(b0, a0) : cmp(a0, b0);
  if (first !== 0) return first;
  for (let i = 1; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] as string | number, b[i] as string | number);
    if (c !== 0) return c;
  }
  return 0;
}

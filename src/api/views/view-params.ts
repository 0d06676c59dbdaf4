import { InvalidArgumentError } from '../../domain/errors.js';
import { isRelation } from '../../domain/model.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[aesq]_[A-Za-z0-9_-]{1,64}$/;

const one = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && typeof value[0] === 'string'
      ? value[0]
      : undefined;

export function checkId(value: string | undefined, prefix: 'e' | 's', what: string): string {
  if (!value || !ID.test(value) || !value.startsWith(`${prefix}_`)) {
    throw new InvalidArgumentError(`${what} must be an id starting with ${prefix}_`, { value });
  }
  return value;
}

/** Validates /embed/network query parameters into element attributes. */
export function networkAttributes(
  query: Record<string, unknown>,
): Record<string, string | undefined> {
  const center = checkId(one(query.center), 'e', 'center');
  const depth = one(query.depth) ?? '1';
  if (depth !== '1' && depth !== '2')
    throw new InvalidArgumentError('depth must be 1 or 2', { depth });
  const relations = one(query.relations);
  for (const r of relations ? relations.split(',') : []) {
    if (!isRelation(r.trim().toUpperCase()))
      throw new InvalidArgumentError(`unknown relation "${r}"`, { relation: r });
  }
  const dates: Record<string, string | undefined> = {};
  for (const key of ['from', 'to'] as const) {
    const value = one(query[key]);
    if (value && !ISO_DATE.test(value))
      throw new InvalidArgumentError(`${key} must be YYYY-MM-DD`, { [key]: value });
    dates[key] = value;
  }
  const limit = one(query.limit);
  if (limit && !/^\d{1,5}$/.test(limit))
    throw new InvalidArgumentError('limit must be a positive integer', { limit });
  return { center, depth, relations, ...dates, limit };
}

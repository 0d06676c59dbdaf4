import { InvalidArgumentError } from '../../domain/errors.js';
import {
  QUOTE_TYPES,
  isRelation,
  type QuoteType,
  type StatementFilter,
} from '../../domain/model.js';

/** The keys accepted by `export --filter key=value` and by the download query string. */
export const FILTER_KEYS = [
  'speaker',
  'target',
  'between',
  'relation',
  'quoteType',
  'outlet',
  'from',
  'to',
  'minConfidence',
  'verified',
  'text',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Turns string pairs into a StatementFilter, rejecting anything unknown or malformed. */
export function parseExportFilter(pairs: Record<string, string>): StatementFilter {
  const filter: StatementFilter = {};
  for (const [key, raw] of Object.entries(pairs)) {
    const value = raw.trim();
    const list = () =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    switch (key) {
      case 'speaker':
      case 'target':
      case 'outlet':
      case 'text':
        filter[key] = value;
        break;
      case 'between':
        filter.between = list();
        break;
      case 'relation':
        filter.relations = list().map((r) => {
          const upper = r.toUpperCase();
          if (!isRelation(upper)) throw bad(key, r, 'unknown relation');
          return upper;
        });
        break;
      case 'quoteType': {
        const lower = value.toLowerCase();
        if (!(QUOTE_TYPES as readonly string[]).includes(lower))
          throw bad(key, value, 'expected direct|indirect|mixed');
        filter.quoteType = lower as QuoteType;
        break;
      }
      case 'from':
      case 'to':
        if (!ISO_DATE.test(value)) throw bad(key, value, 'expected an ISO date');
        filter[key] = value;
        break;
      case 'minConfidence': {
        const n = Number(value);
        if (value === '' || !Number.isFinite(n) || n < 0 || n > 1)
          throw bad(key, value, 'expected a number in [0, 1]');
        filter.minConfidence = n;
        break;
      }
      case 'verified':
        if (value !== 'true' && value !== 'false') throw bad(key, value, 'expected true|false');
        filter.verified = value === 'true';
        break;
      default:
        throw new InvalidArgumentError(
          `unknown filter "${key}"; expected one of ${FILTER_KEYS.join(', ')}`,
          { key },
        );
    }
  }
  return filter;
}

/** Parses `key=value` words as given on the command line. */
export function parseFilterWords(words: readonly string[]): StatementFilter {
  const pairs: Record<string, string> = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0)
      throw new InvalidArgumentError(`filter "${word}" is not key=value`, { filter: word });
    pairs[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return parseExportFilter(pairs);
}

const bad = (key: string, value: string, why: string) =>
  new InvalidArgumentError(`filter ${key}="${value}": ${why}`, { key, value });

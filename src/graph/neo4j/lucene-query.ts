import { normalizeName } from '../../domain/ids.js';

/**
 * Queries for the full-text indexes, which hold text folded by normalizeName: folded words are
 * letters and digits only, so nothing in them can be read as Lucene syntax. Every word must
 * match. Returns null when no word is left.
 */
const words = (text: string): string[] => normalizeName(text).split(' ').filter(Boolean);

/** Quote search: each word exactly, as the text filter matches them. */
export const quoteQuery = (text: string): string | null => {
  const w = words(text);
  return w.length ? w.map((word) => `+${word}`).join(' ') : null;
};

/** Name search: each word exactly, as a prefix, or one edit away ("zelenskyy" finds "zelensky"). */
export const nameQuery = (text: string): string | null => {
  const w = words(text);
  if (!w.length) return null;
  const term = (word: string): string => {
    if (word.length < 3) return `+${word}`;
    if (word.length < 4) return `+(${word}^3 OR ${word}*)`;
    return `+(${word}^3 OR ${word}* OR ${word}~1)`;
  };
  return w.map(term).join(' ');
};

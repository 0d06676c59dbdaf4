/** Lucene's query syntax would treat user words as operators; escape them, then add fuzziness. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns free text into a Lucene query where every word may match exactly (boosted), as a prefix
 * or within an edit distance, so "Zelenski" finds "Zelensky". Returns null for empty input.
 */
export const toLuceneQuery = (text: string): string | null => {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(SPECIAL, (c) => `\\${c}`));
  if (words.length === 0) return null;
  return words
    .map((w) => (w.length >= 4 ? `(${w}^3 OR ${w}* OR ${w}~1)` : `(${w}^3 OR ${w}*)`))
    .join(' ');
};

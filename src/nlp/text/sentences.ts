import type { Range } from '../../domain/model.js';

/**
 * Sentence ranges inside one paragraph, never splitting inside a quotation so that a quote and
 * its attribution stay in one unit. Hand-written because the measured splitters either ignore
 * quotation context (wink-nlp, sbd) or split after abbreviations (Intl.Segmenter); see docs/decisions/0101.
 */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen gen gov rep prof jr sr inc co ltd corp no vs lt col capt sgt mt ft rev hon est jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e etc'.split(
    ' ',
  ),
);

const BOUNDARY = /[.?!]+["”’')\]]*\s+(?=["“‘'(]?[\p{Lu}\d])/gu;

/** Longer "sentences" (run-on or unpunctuated text) are cut at spaces so later stages stay linear. */
export const MAX_SENTENCE = 1500;

function capped(text: string, r: Range, out: Range[]): void {
  let start = r.start;
  while (r.end - start > MAX_SENTENCE) {
    const cut = text.slice(start, start + MAX_SENTENCE).lastIndexOf(' ');
    const end = cut > 0 ? start + cut : start + MAX_SENTENCE;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: r.end });
}

export function sentences(text: string, paragraph: Range, quotes: readonly Range[] = []): Range[] {
  const out: Range[] = [];
  for (const r of rawSentences(text, paragraph, quotes)) capped(text, r, out);
  return out;
}

function rawSentences(text: string, paragraph: Range, quotes: readonly Range[]): Range[] {
  const out: Range[] = [];
  const slice = text.slice(paragraph.start, paragraph.end);
  let from = 0;
  let q = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const at = paragraph.start + m.index + m[0].length;
    while (q < quotes.length && quotes[q]!.end <= at) q++;
    const inside = q < quotes.length && quotes[q]!.start < at;
    if (inside) continue;
    const word =
      /([\p{L}.]+)$/u.exec(slice.slice(Math.max(from, m.index - 12), m.index))?.[1] ?? '';
    const bare = word.toLowerCase().replace(/\.$/, '');
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word))) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push({ start: paragraph.start + from, end: paragraph.start + end });
    from = m.index + m[0].length;
  }
  if (from < slice.length) out.push({ start: paragraph.start + from, end: paragraph.end });
  return out;
}

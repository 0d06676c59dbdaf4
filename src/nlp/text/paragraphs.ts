import type { Range } from '../../domain/model.js';

/** Non-empty lines: news copy puts one paragraph per line, live blogs one timestamp per line. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

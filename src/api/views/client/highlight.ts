/** Pure text logic for the highlighted sentence: no DOM, so it is unit-tested in Node. */
export type Mark = 'quote' | 'speaker' | 'target' | 'cue';

export interface MarkedSpan {
  mark: Mark;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: Mark | null;
}

/** Later marks win where spans overlap (a target named inside the quote stays visible). */
const PRIORITY: Mark[] = ['quote', 'cue', 'speaker', 'target'];
const MAX_CONTEXT = 300;

/** The sentence(s) holding every span, cut to at most MAX_CONTEXT characters either side. */
export function excerptRange(text: string, spans: MarkedSpan[]): { start: number; end: number } {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  if (valid.length === 0) return { start: 0, end: 0 };
  const lo = Math.min(...valid.map((s) => s.start));
  const hi = Math.max(...valid.map((s) => s.end));
  let start = lo;
  while (start > 0 && lo - start < MAX_CONTEXT && !/[.!?]\s|\n/.test(text.slice(start - 2, start)))
    start--;
  let end = hi;
  while (end < text.length && end - hi < MAX_CONTEXT && !/[.!?\n]/.test(text[end - 1] ?? '')) end++;
  while (start < lo && /\s/.test(text[start] ?? '')) start++;
  // Keep the closing quotation mark or bracket that ends the sentence.
  while (end < text.length && /["”’')\]]/.test(text[end] ?? '')) end++;
  return { start, end };
}

/** Splits the excerpt into runs that share one mark (or none). */
export function highlightSegments(text: string, spans: MarkedSpan[]): Segment[] {
  const { start, end } = excerptRange(text, spans);
  const marks: (Mark | null)[] = new Array<Mark | null>(end - start).fill(null);
  const ordered = [...spans].sort((a, b) => PRIORITY.indexOf(a.mark) - PRIORITY.indexOf(b.mark));
  for (const span of ordered) {
    for (let i = Math.max(span.start, start); i < Math.min(span.end, end); i++)
      marks[i - start] = span.mark;
  }
  const segments: Segment[] = [];
  for (let i = start; i < end; i++) {
    const mark = marks[i - start] ?? null;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text[i];
    else segments.push({ text: text[i] ?? '', mark });
  }
  return segments;
}

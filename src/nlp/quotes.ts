import type { Span } from '../domain/model.js';

const PAIRS: Record<string, string> = { '"': '"', '“': '”' };

/** Direct quotations in straight or curly double marks, scanned paragraph by paragraph. */
export function findQuotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { mark: string; at: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') open = null;
    if (open) {
      if (ch === PAIRS[open.mark]) {
        const start = open.at + 1;
        if (i > start) spans.push({ text: text.slice(start, i), start, end: i });
        open = null;
      }
    } else if (ch in PAIRS) {
      open = { mark: ch, at: i };
    }
  }
  return spans;
}

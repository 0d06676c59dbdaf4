import type { Range, Span } from '../domain/model.js';
import { paragraphs } from './text/paragraphs.js';
import { moreWordsThan } from './text/words.js';

/** A passage inside quotation marks: `start..end` is the content, `outer` includes the marks. */
export interface QuotedSpan extends Span {
  outer: Range;
  mark: 'double' | 'single';
  /** False when no closing mark was found before the paragraph (or text) ended. */
  closed: boolean;
  /** Number of paragraphs the quotation runs over (news repeats the opening mark). */
  paragraphs: number;
}

interface Open {
  mark: 'double' | 'single';
  at: number;
  paragraphs: number;
}

const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const OPENS: Record<string, 'double' | 'single'> = {
  '“': 'double',
  '"': 'double',
  '‘': 'single',
  "'": 'single',
};
const MIN_UNCLOSED_WORDS = 4;

/** " ' “ ” ‘ ’: the only characters that can open or close a quotation. */
const isQuoteMark = (c: number): boolean =>
  c === 34 || c === 39 || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d);

/** Whether the character at `i` can open a quotation of its family (apostrophes cannot). */
function opensAt(text: string, i: number): 'double' | 'single' | null {
  const ch = text[i]!;
  const family = OPENS[ch];
  if (!family) return null;
  if (family === 'single')
    return !isWordChar(text[i - 1]) && isWordChar(text[i + 1]) ? 'single' : null;
  return ch === '“' || !isWordChar(text[i - 1]) || !isWordChar(text[i + 1]) ? 'double' : null;
}

function closesAt(text: string, i: number, open: Open): boolean {
  const ch = text[i]!;
  if (open.mark === 'double') return ch === '”' || (ch === '"' && text[open.at] !== '“');
  if (ch !== '’' && ch !== "'") return false;
  if (ch !== (text[open.at] === '‘' ? '’' : "'")) return false;
  return !isWordChar(text[i + 1]) && !/\s/.test(text[i - 1] ?? ' ');
}

/**
 * Direct quotations by a character scan per paragraph (the CoreNLP approach): straight, curly and
 * single marks, nested marks of the other family kept inside, a quotation left open at a paragraph
 * end continued when the next paragraph reopens it. Linear in the text; never throws.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const paras = paragraphs(text);
  let open: Open | null = null;
  let lastEnd = 0;
  const emit = (o: Open, end: number, closeLen: number, closed: boolean): void => {
    const start = o.at + 1;
    const content = text.slice(start, end);
    if (!content.trim() || (!closed && !moreWordsThan(content, MIN_UNCLOSED_WORDS - 1))) return;
    spans.push({
      text: content,
      start,
      end,
      outer: { start: o.at, end: end + closeLen },
      mark: o.mark,
      closed,
      paragraphs: o.paragraphs,
    });
  };
  for (const para of paras) {
    let i = para.start;
    if (open) {
      if (opensAt(text, i) === open.mark) {
        open.paragraphs++;
        i++;
      } else {
        emit(open, lastEnd, 0, false);
        open = null;
      }
    }
    for (; i < para.end; i++) {
      if (!isQuoteMark(text.charCodeAt(i))) continue;
      if (open) {
        if (closesAt(text, i, open)) {
          emit(open, i, 1, true);
          open = null;
        }
      } else {
        const family = opensAt(text, i);
        if (family) open = { mark: family, at: i, paragraphs: 1 };
      }
    }
    lastEnd = para.end;
  }
  if (open) emit(open, lastEnd, 0, false);
  return spans;
}

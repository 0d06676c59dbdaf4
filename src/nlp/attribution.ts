import type { Span } from '../domain/model.js';

/** Reporting verbs the first version recognises next to a quotation. */
const CUE = String.raw`(?:said|says|told|added|warned|accused|urged|stressed|insisted|claimed|argued|denied|replied|noted|promised|asked|rejected|praised|criticized|criticised)`;
const NAME = String.raw`(?:(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.)){0,3}|he|she|they|He|She|They)`;

const AFTER = new RegExp(String.raw`^[,]?\s*(?:(${NAME})\s+(${CUE})|(${CUE})\s+(${NAME}))\b`, 'u');
const BEFORE = new RegExp(String.raw`(${NAME})\s+(${CUE})(?:\s+\w+){0,2}\s*[:,]?\s*$`, 'u');

export interface Attribution {
  speaker: Span;
  cue: Span;
}

const spanAt = (text: string, start: number, value: string): Span => ({
  text: value,
  start,
  end: start + value.length,
});

/** Finds `"…," NAME said` / `"…," said NAME` after the quote, else `NAME said: "…"` before it. */
export function attributeQuote(text: string, quote: Span): Attribution | null {
  const closeAt = quote.end + 1;
  const after = AFTER.exec(text.slice(closeAt, closeAt + 80));
  if (after) {
    const base = closeAt + after.index;
    const whole = after[0];
    const [nameText, cueText] = after[1] ? [after[1], after[2]!] : [after[4]!, after[3]!];
    const nameAt =
      base + whole.indexOf(nameText, after[1] ? 0 : whole.indexOf(cueText) + cueText.length);
    const cueAt = base + whole.indexOf(cueText);
    return { speaker: spanAt(text, nameAt, nameText), cue: spanAt(text, cueAt, cueText) };
  }
  const openAt = quote.start - 1;
  const windowStart = Math.max(0, openAt - 120);
  const before = BEFORE.exec(text.slice(windowStart, openAt));
  if (before) {
    const base = windowStart + before.index;
    const nameText = before[1]!;
    const cueText = before[2]!;
    const cueAt = base + before[0].indexOf(cueText, nameText.length);
    return { speaker: spanAt(text, base, nameText), cue: spanAt(text, cueAt, cueText) };
  }
  return null;
}

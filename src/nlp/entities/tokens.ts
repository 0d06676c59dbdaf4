/** A word of the text with its offsets and the facts the name scanner needs about it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Two or more letters, all upper case ("UNF", "BRANDT"). */
  allCaps: boolean;
  /** First word of a sentence, paragraph, or quotation. */
  sentenceStart: boolean;
  /** Only spaces or tabs (no punctuation, no line break) separate it from the previous token. */
  joined: boolean;
  /** The previous token ends with a period that is part of it ("Mr.", "J."). */
  afterAbbreviation: boolean;
}

/** Sticky: tested at each word start, so no match arrays are allocated per token. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_START = /[\p{L}\p{N}]/u;

const isWordStart = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(text[i]!);
};
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'sen',
  'gen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'rev',
  'jr',
  'sr',
]);
const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}'’-]*$/u;

const isUpperAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(s.slice(i, i + 2));
};

/** Splits text into word tokens in one regex pass; punctuation is kept only as gap facts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevAbbrev = false;
  for (let start = 0; start < text.length; start++) {
    if (!isWordStart(text, start)) continue;
    WORD.lastIndex = start;
    if (!WORD.test(text)) continue;
    const value = text.slice(start, WORD.lastIndex);
    const first = tokens.length === 0;
    let joined: boolean;
    let sentenceStart: boolean;
    let dottedAbbrev = false;
    if (start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32) {
      // The common case: one space.
      joined = !first;
      sentenceStart = first;
    } else {
      const gap = text.slice(prevEnd, start);
      dottedAbbrev = prevAbbrev && /^\.\s+$/.test(gap);
      joined = !first && (/^[ \t]+$/.test(gap) || dottedAbbrev);
      sentenceStart =
        first ||
        gap.includes('\n') ||
        (!dottedAbbrev && /[.!?:;]/.test(gap)) ||
        /["“‘(]$/.test(gap);
    }
    const capitalized = isUpperAt(value, 0);
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      capitalized,
      allCaps: capitalized && value.length > 1 && ALL_CAPS.test(value),
      sentenceStart,
      joined,
      afterAbbreviation: dottedAbbrev,
    });
    prevAbbrev =
      text.charCodeAt(start + value.length) === 46 &&
      (value.length === 1
        ? capitalized
        : value.length <= 4 && ABBREVIATIONS.has(value.toLowerCase()));
    prevEnd = start + value.length;
    start = prevEnd - 1;
  }
  return tokens;
}

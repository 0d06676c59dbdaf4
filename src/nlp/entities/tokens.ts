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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
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
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const value = match[0];
    const start = match.index;
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
  }
  return tokens;
}

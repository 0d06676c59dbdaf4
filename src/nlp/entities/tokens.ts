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

/** Splits text into word tokens in one regex pass; punctuation is kept only as gap facts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevAbbrev = false;
  for (const match of text.matchAll(WORD)) {
    const value = match[0];
    const start = match.index;
    const gap = text.slice(prevEnd, start);
    const first = tokens.length === 0;
    const dottedAbbrev = prevAbbrev && /^\.\s+$/.test(gap);
    const sentenceStart =
      first || /\n/.test(gap) || (!dottedAbbrev && /[.!?:;]/.test(gap)) || /["“‘(]$/.test(gap);
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      capitalized: /^\p{Lu}/u.test(value),
      allCaps: value.length > 1 && /^\p{Lu}[\p{Lu}\p{N}'’-]*$/u.test(value),
      sentenceStart,
      joined: !first && (/^[ \t]+$/.test(gap) || dottedAbbrev),
      afterAbbreviation: dottedAbbrev,
    });
    const lower = value.toLowerCase();
    prevAbbrev =
      text[start + value.length] === '.' && (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(value));
    prevEnd = start + value.length;
  }
  return tokens;
}

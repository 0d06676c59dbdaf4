import {
  LETTER,
  MARK,
  NUMBER,
  UPPER,
  codePointClass,
  isSpace,
  unitClass,
} from '../text/char-class.js';

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

const WORD_CHAR = LETTER | MARK | NUMBER;

/** A word starts at a letter or digit in the BMP (a surrogate half never starts one). */
const isWordStart = (c: number): boolean =>
  c < 128
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    : (unitClass(c) & (LETTER | NUMBER)) !== 0;

/** Width of the letter, mark or digit code point at `i`, or 0 when there is none. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = codePointClass(text, i);
  return ((cp >> 2) & WORD_CHAR) !== 0 ? cp & 3 : 0;
}

/**
 * End of the word starting at `start`: the longest match of
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*`, scanned without a regex.
 */
function wordEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    for (let w = wordCharWidth(text, i); w > 0; w = wordCharWidth(text, i)) i += w;
    const c = text.charCodeAt(i);
    const joiner = c === 45 || c === 39 || c === 0x2019 || c === 46; // - ' ’ .
    if (!joiner || wordCharWidth(text, i + 1) === 0) return i;
    i++;
  }
}

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

/** A word's first unit is never a surrogate half, so its case is one table lookup. */
const isUpperUnit = (c: number): boolean =>
  c < 128 ? c >= 65 && c <= 90 : (unitClass(c) & UPPER) !== 0;

/** `/^\p{Lu}[\p{Lu}\p{N}'’-]*$/u` over text[start, end), whose first unit is upper case. */
function isAllCaps(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45)) return false;
      i++;
      continue;
    }
    if (c === 0x2019) {
      i++;
      continue;
    }
    const cp = codePointClass(text, i);
    if (((cp >> 2) & (UPPER | NUMBER)) === 0) return false;
    i += cp & 3;
  }
  return true;
}

interface Gap {
  joined: boolean;
  sentenceStart: boolean;
  dottedAbbrev: boolean;
}

/**
 * What the characters between two tokens say, as the regexes `^\.\s+$` (after an abbreviation),
 * `^[ \t]+$`, `\n`, `[.!?:;]` and `["“‘(]$` would, without slicing the gap out.
 */
function readGap(text: string, from: number, to: number, afterAbbrev: boolean, out: Gap): void {
  let onlyBlanks = to > from;
  let dotThenSpaces = afterAbbrev && to - from >= 2 && text.charCodeAt(from) === 46;
  let newline = false;
  let stop = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) onlyBlanks = false;
    if (i > from && dotThenSpaces && !isSpace(c)) dotThenSpaces = false;
    if (c === 10) newline = true;
    else if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) stop = true;
  }
  const last = to > from ? text.charCodeAt(to - 1) : -1;
  out.dottedAbbrev = dotThenSpaces;
  out.joined = onlyBlanks || dotThenSpaces;
  out.sentenceStart =
    newline ||
    (!dotThenSpaces && stop) ||
    last === 34 ||
    last === 0x201c ||
    last === 0x2018 ||
    last === 40;
}

/** Splits text into word tokens in one regex pass; punctuation is kept only as gap facts. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const gap: Gap = { joined: false, sentenceStart: false, dottedAbbrev: false };
  let prevEnd = 0;
  let prevAbbrev = false;
  for (let start = 0; start < text.length; start++) {
    const head = text.charCodeAt(start);
    if (!isWordStart(head)) continue;
    const end = wordEnd(text, start);
    const first = tokens.length === 0;
    let joined: boolean;
    let sentenceStart: boolean;
    let dottedAbbrev = false;
    if (start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32) {
      // The common case: one space.
      joined = !first;
      sentenceStart = first;
    } else {
      readGap(text, prevEnd, start, prevAbbrev, gap);
      dottedAbbrev = gap.dottedAbbrev;
      joined = !first && gap.joined;
      sentenceStart = first || gap.sentenceStart;
    }
    const capitalized = isUpperUnit(head);
    const value = text.slice(start, end);
    tokens.push({
      text: value,
      start,
      end,
      capitalized,
      allCaps: capitalized && end - start > 1 && isAllCaps(text, start, end),
      sentenceStart,
      joined,
      afterAbbreviation: dottedAbbrev,
    });
    prevAbbrev =
      text.charCodeAt(end) === 46 &&
      (value.length === 1
        ? capitalized
        : value.length <= 4 && ABBREVIATIONS.has(value.toLowerCase()));
    prevEnd = end;
    start = end - 1;
  }
  return tokens;
}

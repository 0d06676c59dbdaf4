/**
 * Unicode letter, mark, number and upper-case tests by char code, for scanners that run over every
 * character: a `\p{…}` regex per character allocates a one-character string and costs a regex
 * call. Answers match the `u`-flag regex classes exactly: the BMP is classified lazily into a table,
 * and astral code points (surrogate pairs) are left to the regexes.
 */
const KNOWN = 1;
export const LETTER = 2;
export const MARK = 4;
export const NUMBER = 8;
export const UPPER = 16;

const table = new Uint8Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_UPPER = /^\p{Lu}$/u;

function classify(ch: string): number {
  return (
    KNOWN |
    (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_MARK.test(ch) ? MARK : 0) |
    (IS_NUMBER.test(ch) ? NUMBER : 0) |
    (IS_UPPER.test(ch) ? UPPER : 0)
  );
}

/** Class bits of one UTF-16 unit; a lone surrogate has none, as in the regexes. */
export function unitClass(code: number): number {
  let bits = table[code]!;
  if (bits === 0) table[code] = bits = classify(String.fromCharCode(code));
  return bits;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Class bits of the code point at `i` and its width in units (0 at `end`, by default the end of
 * the text, beyond which a surrogate pair is cut): `bits << 2 | width`, so that no object is
 * allocated per character.
 */
export function codePointClass(text: string, i: number, end = text.length): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (isHigh(c) && i + 1 < end && isLow(text.charCodeAt(i + 1)))
    return (classify(text.slice(i, i + 2)) << 2) | 2;
  return (unitClass(c) << 2) | 1;
}

/** `\s` of JavaScript regular expressions (white space and line terminators). */
export const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 128 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

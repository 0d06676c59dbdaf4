import { describe, expect, it } from '@jest/globals';
import { tokenize } from '../../src/nlp/entities/tokens.js';
import {
  LETTER,
  MARK,
  NUMBER,
  UPPER,
  codePointClass,
  isSpace,
  unitClass,
} from '../../src/nlp/text/char-class.js';
import { WordLookup } from '../../src/nlp/text/word-lookup.js';
import { moreWordsThan } from '../../src/nlp/text/words.js';

/**
 * The hand-written scanners replace regular expressions for speed and must answer exactly as
 * those did; each is checked here against the regex it replaced.
 */

/** Strings that stress the edges: astral letters, combining marks, cut surrogate pairs, joiners. */
const TRICKY = [
  'Mr. Voss’s “Fair Share” plan, O’Brien-Smith and J. R. Ewing.',
  'Zoë, İstanbul, Straße, ǅemal, 𝐀𝐁𝐂 said, 𝟙𝟚 and 😀 told',
  "don't say—won’t—re-elect rock-'n'-roll a.m. U.S. 10:30",
  'e\u0301te\u0301 cafe\u0301 \u00a0nbsp\u2003em\u3000ideo\ufeffbom',
  '\ud835 lone high, lone low \udc00 and 中文 and ٣٤ and Ⅷ',
  "  SAID Said said-so said’ ’said 'said' x-y- -z",
];

const oldTokens = (text: string) => {
  // The sticky-regex tokenizer the entity scanner used before (see docs/decisions/0102).
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*/uy;
  const out: { text: string; start: number; allCaps: boolean; capitalized: boolean }[] = [];
  for (let start = 0; start < text.length; start++) {
    if (!/[\p{L}\p{N}]/u.test(text[start]!)) continue;
    WORD.lastIndex = start;
    if (!WORD.test(text)) continue;
    const value = text.slice(start, WORD.lastIndex);
    const capitalized = /^\p{Lu}/u.test(value.slice(0, 2));
    out.push({
      text: value,
      start,
      capitalized,
      allCaps: capitalized && value.length > 1 && /^\p{Lu}[\p{Lu}\p{N}'’-]*$/u.test(value),
    });
    start = WORD.lastIndex - 1;
  }
  return out;
};

describe('character classes', () => {
  it('match \\p{L}, \\p{M}, \\p{N}, \\p{Lu} and \\s on every BMP unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const bits = unitClass(c);
      if (
        ((bits & LETTER) !== 0) !== /\p{L}/u.test(ch) ||
        ((bits & MARK) !== 0) !== /\p{M}/u.test(ch) ||
        ((bits & NUMBER) !== 0) !== /\p{N}/u.test(ch) ||
        ((bits & UPPER) !== 0) !== /\p{Lu}/u.test(ch) ||
        isSpace(c) !== /\s/u.test(ch)
      )
        wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('classify surrogate pairs as one code point, and a pair cut by the end as none', () => {
    const text = 'a𝐀😀';
    expect(codePointClass(text, 1) & 3).toBe(2);
    expect((codePointClass(text, 1) >> 2) & (LETTER | UPPER)).toBe(LETTER | UPPER);
    expect((codePointClass(text, 3) >> 2) & LETTER).toBe(0);
    expect(codePointClass(text, 1, 2) & 3).toBe(1);
    expect((codePointClass(text, 1, 2) >> 2) & LETTER).toBe(0);
    expect(codePointClass(text, 5)).toBe(0);
  });
});

describe('tokenize', () => {
  it('finds the words, cases and offsets of the regex tokenizer', () => {
    for (const text of TRICKY) {
      const now = tokenize(text).map(({ text, start, allCaps, capitalized }) => ({
        text,
        start,
        capitalized,
        allCaps,
      }));
      expect(now).toEqual(oldTokens(text));
    }
  });
});

describe('WordLookup', () => {
  const heads = new Map([
    ['said', 'SAY'],
    ['won’t', 'NEG'],
    ['rock-', 'never'],
    ['étété', 'ACCENT'],
    ['say', 'SAY'],
  ]);
  const lookup = new WordLookup(heads);
  const viaRegex = (text: string, from: number, to: number) =>
    [...text.slice(from, to).matchAll(/[\p{L}]+(?:['’-][\p{L}]+)*/gu)]
      .filter((m) => heads.has(m[0].toLowerCase()))
      .map((m) => [heads.get(m[0].toLowerCase()), from + m.index, from + m.index + m[0].length]);
  const viaScan = (text: string, from: number, to: number) => {
    const out: (string | number | undefined)[][] = [];
    lookup.forEach(text, from, to, (v, s, e) => out.push([v, s, e]));
    return out;
  };

  it('finds what matching words and lower-casing them finds, in any range', () => {
    const texts = [...TRICKY, 'ÉTÉTÉ étété said𝐀 𝐀said SAID, sai d, xsaid saidx Say!'];
    const wrong: [string, number, number][] = [];
    for (const text of texts)
      for (let from = 0; from < text.length; from++)
        for (const to of [from + 1, from + 7, text.length, text.length + 5])
          if (JSON.stringify(viaScan(text, from, to)) !== JSON.stringify(viaRegex(text, from, to)))
            wrong.push([text, from, to]);
    expect(wrong).toEqual([]);
    expect(viaScan('They SAID it, she said.', 0, 23)).toEqual([
      ['SAY', 5, 9],
      ['SAY', 18, 22],
    ]);
  });
});

describe('moreWordsThan', () => {
  it('compares like splitting at white space and dropping empty pieces', () => {
    for (const text of [...TRICKY, '', ' ', 'one', ' one two ', 'a\u2028b\u00a0c\td'])
      for (let n = 0; n < 12; n++)
        expect(moreWordsThan(text, n)).toBe(text.split(/\s+/).filter(Boolean).length > n);
  });
});

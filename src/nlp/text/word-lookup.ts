import { LETTER, codePointClass } from './char-class.js';

const isAsciiLetter = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;

/** Width of the letter code point at `i` (a pair cut by `end` is no letter), or 0. */
function letterWidth(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  const cp = codePointClass(text, i, end);
  return ((cp >> 2) & LETTER) !== 0 ? cp & 3 : 0;
}

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45; // ' ’ -

const step = (hash: number, c: number): number => (Math.imul(hash, 31) + c) | 0;

const hashOf = (key: string): number => {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
  return h;
};

/** Bits of a 2^15-bit table, one set per key hash: a word whose bit is clear is no key. */
const BITS = 1 << 15;

/**
 * Looks up the words of a text range in a map keyed by lower-case words, with the result of
 * `for (const w of slice.matchAll(/\p{L}+(?:['’-]\p{L}+)*\/gu)) map.get(w[0].toLowerCase())`, but
 * without cutting every word out of the text: an ASCII word is hashed while it is scanned and cut
 * out only when its hash may be a key's. Words with other letters take the plain path.
 */
export class WordLookup<V> {
  private readonly table = new Uint32Array(BITS >>> 5);

  constructor(private readonly map: ReadonlyMap<string, V>) {
    for (const key of map.keys()) {
      const bit = hashOf(key) & (BITS - 1);
      this.table[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** Calls `found` for each word in text[from, to) whose lower-case form is a key, in order. */
  forEach(
    text: string,
    from: number,
    to: number,
    found: (value: V, start: number, end: number) => void,
  ): void {
    const end = Math.min(to, text.length);
    for (let i = Math.max(from, 0); i < end;) {
      const first = text.charCodeAt(i);
      if (first < 128 ? !isAsciiLetter(first) : letterWidth(text, i, end) === 0) {
        i++;
        continue;
      }
      const start = i;
      let ascii = true;
      let hash = 0;
      for (;;) {
        while (i < end) {
          const c = text.charCodeAt(i);
          if (c < 128) {
            if (!isAsciiLetter(c)) break;
            hash = step(hash, c | 32); // lower case
            i++;
          } else {
            const w = letterWidth(text, i, end);
            if (w === 0) break;
            ascii = false;
            i += w;
          }
        }
        const c = text.charCodeAt(i);
        if (i >= end || !isJoiner(c) || letterWidth(text, i + 1, end) === 0) break;
        hash = step(hash, c);
        i++;
      }
      const bit = hash & (BITS - 1);
      if (ascii && (this.table[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      const value = this.map.get(text.slice(start, i).toLowerCase());
      if (value !== undefined) found(value, start, i);
    }
  }
}

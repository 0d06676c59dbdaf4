import { LETTER, codePointClass } from './char-class.js';

/** Width of the letter code point at `i` (a pair cut by `end` is no letter), or 0. */
function letterWidth(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
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

/**
 * Looks up the words of a text range in a map keyed by lower-case words, with the result of
 * `for (const w of slice.matchAll(/\p{L}+(?:['’-]\p{L}+)*\/gu)) map.get(w[0].toLowerCase())`, but
 * without cutting every word out of the text: an ASCII word is hashed while it is scanned and cut
 * out only when its hash is a key's. Words with other letters take the plain path.
 */
export class WordLookup<V> {
  private readonly hashes = new Set<number>();

  constructor(private readonly map: ReadonlyMap<string, V>) {
    for (const key of map.keys()) this.hashes.add(hashOf(key));
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
      let w = letterWidth(text, i, end);
      if (w === 0) {
        i++;
        continue;
      }
      const start = i;
      let ascii = true;
      let hash = 0;
      for (;;) {
        for (; w > 0; w = letterWidth(text, i, end)) {
          const c = text.charCodeAt(i);
          if (c >= 128) ascii = false;
          hash = step(hash, c >= 65 && c <= 90 ? c | 32 : c);
          i += w;
        }
        const c = text.charCodeAt(i);
        if (i >= end || !isJoiner(c) || letterWidth(text, i + 1, end) === 0) break;
        hash = step(hash, c);
        w = letterWidth(text, ++i, end);
      }
      if (ascii && !this.hashes.has(hash)) continue;
      const value = this.map.get(text.slice(start, i).toLowerCase());
      if (value !== undefined) found(value, start, i);
    }
  }
}

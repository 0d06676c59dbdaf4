import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import { normalizeName } from '../../domain/ids.js';

const metaphone = new DoubleMetaphone();
const phoneticCache = new Map<string, string>();
const foldCache = new Map<string, string>();
const tokenCache = new Map<string, string>();

const memo = (cache: Map<string, string>, key: string, compute: (k: string) => string): string => {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > 50_000) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
};

/**
 * Letters and digits of ASCII, single spaces between them: the common case, for which
 * normalizeName only lower-cases (no accents, apostrophes or runs of punctuation to fold).
 */
function isPlainAscii(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!alnum && !(c === 32 && i > 0 && i < n - 1 && s.charCodeAt(i - 1) !== 32)) return false;
  }
  return true;
}

/** normalizeName; memoised off the plain-ASCII path, as names repeat within and across articles. */
export const fold = (name: string): string =>
  isPlainAscii(name) ? name.toLowerCase() : memo(foldCache, name, normalizeName);

/** `token` without the possessive that `/['’]s?$/u` matches. */
function stripPossessive(token: string): string {
  const n = token.length;
  const last = token.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return token.slice(0, -1);
  const before = token.charCodeAt(n - 2);
  return last === 115 && (before === 39 || before === 0x2019) ? token.slice(0, -2) : token;
}

/** Folded form of one name token: accents, case and possessive removed ("Zelenskyy’s" → "zelenskyy"). */
export const foldToken = (token: string): string => {
  const bare = stripPossessive(token);
  return isPlainAscii(bare)
    ? bare.toLowerCase()
    : memo(tokenCache, token, () => normalizeName(bare));
};

/** Primary double-metaphone code; transliterations (Zelensky/Zelenskyy/Zelenskiy) share it. */
export const phoneticKey = (token: string): string => soundOfFolded(foldToken(token));

/** phoneticKey of a token already folded by foldToken. */
export const soundOfFolded = (folded: string): string =>
  memo(phoneticCache, folded, (f) => (f.length < 2 ? f : metaphone.process(f)[0]));

/** Same token, or a transliteration variant: equal sound key and near-identical spelling. */
export function sameNameToken(a: string, b: string): boolean {
  const fa = foldToken(a);
  const fb = foldToken(b);
  if (fa === fb) return true;
  if (fa.length < 4 || fb.length < 4 || fa[0] !== fb[0] || Math.abs(fa.length - fb.length) > 2)
    return false;
  return phoneticKey(fa) === phoneticKey(fb) && jaroWinkler(fa, fb) >= 0.92;
}

/** Similarity of two whole names in [0, 1], for ranking likely duplicates. */
export const nameSimilarity = (a: string, b: string): number => jaroWinkler(fold(a), fold(b));

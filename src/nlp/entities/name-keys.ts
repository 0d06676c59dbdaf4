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

/** normalizeName, memoised: names repeat a lot within and across articles. */
export const fold = (name: string): string => memo(foldCache, name, normalizeName);

/** Folded form of one name token: accents, case and possessive removed ("Zelenskyy’s" → "zelenskyy"). */
export const foldToken = (token: string): string =>
  memo(tokenCache, token, (t) => normalizeName(t.replace(/['’]s?$/u, '')));

/** Primary double-metaphone code; transliterations (Zelensky/Zelenskyy/Zelenskiy) share it. */
export const phoneticKey = (token: string): string =>
  memo(phoneticCache, foldToken(token), (f) => (f.length < 2 ? f : metaphone.process(f)[0]));

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

import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import { normalizeName } from '../../domain/ids.js';

const metaphone = new DoubleMetaphone();
const phoneticCache = new Map<string, string>();

/** Folded form of one name token: accents, case and possessive removed ("Zelenskyy’s" → "zelenskyy"). */
export const foldToken = (token: string): string => normalizeName(token.replace(/['’]s?$/u, ''));

/** Primary double-metaphone code; transliterations (Zelensky/Zelenskyy/Zelenskiy) share it. */
export function phoneticKey(token: string): string {
  const folded = foldToken(token);
  let key = phoneticCache.get(folded);
  if (key === undefined) {
    key = folded.length < 2 ? folded : metaphone.process(folded)[0];
    if (phoneticCache.size > 50_000) phoneticCache.clear();
    phoneticCache.set(folded, key);
  }
  return key;
}

/** Same token, or a transliteration variant: equal sound key and near-identical spelling. */
export function sameNameToken(a: string, b: string): boolean {
  const fa = foldToken(a);
  const fb = foldToken(b);
  if (fa === fb) return true;
  if (fa.length < 4 || fb.length < 4 || fa[0] !== fb[0]) return false;
  return phoneticKey(fa) === phoneticKey(fb) && jaroWinkler(fa, fb) >= 0.92;
}

/** Similarity of two whole names in [0, 1], for ranking likely duplicates. */
export const nameSimilarity = (a: string, b: string): number =>
  jaroWinkler(normalizeName(a), normalizeName(b));

import { gazetteer } from './gazetteer.js';
import { fold } from './name-keys.js';

/** Country named inside a phrase: "German", "Germany's", "Berlin's". */
export function countryIn(words: string[]): string | null {
  const gaz = gazetteer();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const key = fold(words.slice(i, i + n).join(' '));
      const hit =
        gaz.countryByName.get(key) ??
        gaz.countryByDemonym.get(key) ??
        gaz.countryByCapital.get(key);
      if (hit) return hit;
    }
  }
  return null;
}

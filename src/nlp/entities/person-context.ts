import type { Gender } from './lexicon.js';
import { PERSON_ROLES, ROLE_GENDER } from './lexicon.js';

/**
 * Whether the words around a lone capitalised name show a person, when nothing else types it
 * ("Zakharova said …" with no full name earlier): an age or a person role in apposition
 * ("Zakharova, 49,", "Zakharova, the ministry's spokeswoman,"), or the next sentence going on
 * about "he" or "she". Returns the gender the context shows, or null when it shows no person.
 */
const AGE = /^\s*,\s*\d{1,3}\s*,/u;
const APPOSITION =
  /^\s*,\s*(?:(?:the|a|an|its|his|her|their)\s+)?((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'-]+)\s*[,.;]/u;
/** The rest of the sentence (outside quotation marks) and the next sentence's first word. */
const NEXT_SUBJECT = /^[^.!?“”"]*(?:“[^”]*”[^.!?“”"]*)*[.!?]["”’]?\s+(He|She)\b/u;
const LOOK_AHEAD = 400;

export function personContext(text: string, end: number): Gender | null {
  const after = text.slice(end, end + LOOK_AHEAD);
  if (AGE.test(after)) return 'unknown';
  const appos = APPOSITION.exec(after);
  if (appos) {
    const head = appos[1]!.split(/\s+/u).at(-1)!.toLowerCase();
    if (PERSON_ROLES.has(head)) return ROLE_GENDER.get(head) ?? 'unknown';
  }
  const next = NEXT_SUBJECT.exec(after);
  if (next) return next[1] === 'She' ? 'female' : 'male';
  return null;
}

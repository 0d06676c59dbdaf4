import { ORG_NOUNS, PERSON_ROLES } from './lexicon.js';
import type { Token } from './tokens.js';

/** A common-noun phrase that names an entity by role or type ("the minister", "Its chairwoman"). */
export interface Descriptor {
  start: number;
  end: number;
  text: string;
  /** Head noun: a person role or an organisation noun. */
  head: string;
  isPerson: boolean;
  /** "a"/"an": introduces someone new rather than referring back. */
  indefinite: boolean;
  /** Words between determiner and head ("portuguese environment"), lower-cased. */
  modifiers: string[];
  /** The possessor: a name ("Vail"), "the alliance", or a possessive determiner ("its"). */
  possessor: string | null;
}

const HEADS = new Set([...PERSON_ROLES, ...ORG_NOUNS]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'your', 'our', 'my']);
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'your', 'our', 'my']);
/** Words that end a descriptor's modifiers when walking back from its head. */
const STOP = new Set([
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'had',
  'have',
  'said',
  'says',
  'told',
  'who',
  'that',
  'which',
  'this',
  'it',
  'he',
  'she',
  'they',
  'not',
  'no',
  'we',
  'you',
  'i',
]);
const MAX_MODIFIERS = 3;
const POSSESSIVE = /['’]s$/u;

/** Possessive written after the token: "Vail’s" is one token; "Marchbanks’" ends in a mark. */
const isPossessive = (text: string, t: Token): boolean =>
  POSSESSIVE.test(t.text) || /['’]/u.test(text[t.end] ?? '');

/**
 * Every role or organisation descriptor, in text order: each head noun walks back over at most
 * three modifiers to a determiner or a possessor. Linear in the number of tokens.
 */
export function findDescriptors(text: string, tokens: Token[]): Descriptor[] {
  const out: Descriptor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!HEADS.has(t.text) || isPossessive(text, t) || text[t.end] === '-') continue;
    const next = tokens[i + 1];
    if (next?.joined && HEADS.has(next.text)) continue; // "the council president": head is next
    const modifiers: string[] = [];
    let start = -1;
    let determiner: string | null = null;
    let possessor: string | null = null;
    for (let j = i - 1; j >= 0 && (tokens[j + 1]!.joined || isPossessive(text, tokens[j]!)); j--) {
      const w = tokens[j]!;
      const lower = w.text.toLowerCase();
      if (DETERMINERS.has(lower)) {
        [start, determiner] = [w.start, lower];
        break;
      }
      if (isPossessive(text, w) && w.capitalized) {
        // A named possessor: "Vail’s attorney", "South Korea's trade minister".
        let k = j;
        while (k > 0 && tokens[k]!.joined && tokens[k - 1]!.capitalized && j - k < 3) k--;
        if (k > 0 && tokens[k]!.joined && tokens[k - 1]!.text.toLowerCase() === 'the') k--;
        start = tokens[k]!.start;
        possessor = text
          .slice(tokens[k]!.start, w.end)
          .replace(/^the\s+/i, '')
          .replace(POSSESSIVE, '');
        break;
      }
      if (STOP.has(lower) || modifiers.length === MAX_MODIFIERS) break;
      modifiers.unshift(lower);
    }
    if (start < 0) continue;
    if (!possessor && determiner && POSSESSIVE_DETERMINERS.has(determiner)) possessor = determiner;
    const ownerWord = modifiers[0];
    if (!possessor && ownerWord && /['’]s$/u.test(ownerWord))
      possessor = `the ${ownerWord.replace(POSSESSIVE, '')}`;
    out.push({
      start,
      end: t.end,
      text: text.slice(start, t.end),
      head: t.text,
      isPerson: PERSON_ROLES.has(t.text),
      indefinite: determiner === 'a' || determiner === 'an',
      modifiers,
      possessor,
    });
  }
  return out;
}

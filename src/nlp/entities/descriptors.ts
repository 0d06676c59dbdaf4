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
  /** Ends in a phrase naming what the role belongs to ("the head of the Acme Trust"). */
  attached: boolean;
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
/** Prepositions tying a person role to the body or place it belongs to ("an analyst at Acme"). */
const ATTACHMENT = new Set(['of', 'at', 'for', 'in']);

/**
 * End of the prepositional phrase after a person's role head, "chief executive [of low-cost
 * carrier Acme Air]", "a spokeswoman [for the trust]": a name or an organisation noun after at most
 * a "the" and three lower-case modifiers. The phrase belongs to the person's description, so the
 * organisation named inside it is a separate entity, not the person. -1 when there is none.
 */
function attachmentEnd(tokens: Token[], head: number): number {
  const prep = tokens[head + 1];
  if (!prep?.joined || !ATTACHMENT.has(prep.text)) return -1;
  let j = head + 2;
  if (tokens[j]?.joined && tokens[j]!.text === 'the') j++;
  for (let n = 0; n <= MAX_MODIFIERS && tokens[j]?.joined; n++, j++) {
    const w = tokens[j]!;
    if (w.capitalized) {
      while (
        tokens[j + 1]?.joined &&
        tokens[j + 1]!.capitalized &&
        !POSSESSIVE.test(tokens[j]!.text)
      )
        j++;
      return tokens[j]!.end;
    }
    const after = tokens[j + 1]?.joined ? tokens[j + 1] : undefined;
    // "of the airline" ends the phrase; "of low-cost carrier Acme Air" goes on to the name.
    if (ORG_NOUNS.has(w.text) && !after?.capitalized && !(after && HEADS.has(after.text)))
      return w.end;
    if (STOP.has(w.text) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) return -1;
  }
  return -1;
}
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
    // A bare name before a role, as in a headline ("Acme boss apologises"): the name is the
    // possessor, and the description a person apart from the organisation.
    if (
      start < 0 &&
      PERSON_ROLES.has(t.text) &&
      i > 0 &&
      tokens[i - 1]!.capitalized &&
      (!tokens[i - 1]!.joined || tokens[i - 1]!.sentenceStart) &&
      !tokens[i - 1]!.allCaps &&
      t.joined
    ) {
      start = tokens[i - 1]!.start;
      possessor = tokens[i - 1]!.text;
      modifiers.length = 0;
    }
    if (start < 0) continue;
    if (!possessor && determiner && POSSESSIVE_DETERMINERS.has(determiner)) possessor = determiner;
    const ownerWord = modifiers[0];
    if (!possessor && ownerWord && /['’]s$/u.test(ownerWord))
      possessor = `the ${ownerWord.replace(POSSESSIVE, '')}`;
    const isPerson = PERSON_ROLES.has(t.text);
    const attached = isPerson ? attachmentEnd(tokens, i) : -1;
    const end = attached > 0 ? attached : t.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      head: t.text,
      isPerson,
      indefinite: determiner === 'a' || determiner === 'an',
      modifiers,
      possessor,
      attached: attached > 0,
    });
  }
  return out;
}

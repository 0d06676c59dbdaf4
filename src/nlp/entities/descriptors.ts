import { NON_NAME_WORDS, ORG_NOUNS, PERSON_ROLES, POSSESSIVE_DETERMINERS } from './lexicon.js';

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
  /** Words between determiner and head ("Portuguese environment"), lower-cased. */
  modifiers: string[];
  /** The possessor when written "X's head" ("the alliance's president" → "the alliance"). */
  possessor: string | null;
}

const HEADS = [...new Set([...PERSON_ROLES, ...ORG_NOUNS])]
  .sort((a, b) => b.length - a.length)
  .join('|');
const STOP =
  'the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|as|is|was|were|are|be|been|has|had|have|said|says|told|who|that|which|this|it|he|she|they|not|no|our|his|her|its|their|my|your|we|you|i';
const MODIFIER = String.raw`(?:(?!(?:${STOP})\b)[\p{L}\d][\p{L}\d-]*(?:['’]s?)?\s+)`;
const POSSESSOR = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s?`;
const DESCRIPTOR = new RegExp(
  String.raw`(?<![\p{L}'’])(?:([Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Yy]our|[Oo]ur|[Mm]y)|(${POSSESSOR}))\s+(${MODIFIER}{0,3})(${HEADS})(?![\p{L}'’-])`,
  'gu',
);

/** Every role or organisation descriptor, in text order; one regex pass. */
export function findDescriptors(text: string): Descriptor[] {
  const out: Descriptor[] = [];
  for (const m of text.matchAll(DESCRIPTOR)) {
    const det = m[1]?.toLowerCase() ?? null;
    const possessorText = m[2] ?? null;
    if (possessorText && NON_NAME_WORDS.has(possessorText.replace(/['’]s?$/u, '').toLowerCase()))
      continue;
    const head = m[4]!.toLowerCase();
    const modifiers = m[3]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    const possessor =
      possessorText?.replace(/['’]s?$/u, '') ??
      (modifiers[0]?.match(/['’]s?$/u) ? `the ${modifiers[0].replace(/['’]s?$/u, '')}` : null);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      head,
      isPerson: PERSON_ROLES.has(head),
      indefinite: det === 'a' || det === 'an',
      modifiers,
      possessor: possessor ?? (det && POSSESSIVE_DETERMINERS.has(det) ? det : null),
    });
  }
  return out;
}

import nlp from 'compromise';
import type { Gender } from './lexicon.js';

/**
 * Word facts from compromise's lexicon (first names with gender, cities, regions), read as a
 * table: running compromise's tagger over every sentence is ~20× too slow for the 2 MB/s budget.
 */
type Tags = string | string[] | undefined;
const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

/** Tags that make a word a name or a place, never a common word. */
const NAME_OR_PLACE_TAGS = [
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'City',
  'Region',
  'Country',
  'Place',
  'Demonym',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Person',
  'Honorific',
  'Actor',
] as const;
const TAGS = [
  ...NAME_OR_PLACE_TAGS,
  'Adjective',
  'Comparative',
  'Superlative',
  'Noun',
  'Singular',
  'Plural',
  'Uncountable',
] as const;
type Tag = (typeof TAGS)[number];
const bitsOf = (...tags: Tag[]): number => tags.reduce((b, t) => b | (1 << TAGS.indexOf(t)), 0);

/**
 * Each word's tags as bits, in a Map: indexing the lexicon object with a word just cut from the
 * text makes V8 look the string up in its string table first, which cost more than the rest of
 * name typing. Inherited keys are copied too ("constructor"), so that every answer is exactly what
 * `lexicon[word]` gave. compromise is never run, so its lexicon does not change after load.
 */
const wordBits = new Map<string, number>();
{
  const inherited = Object.getPrototypeOf(lexicon) as object | null;
  const keys = [
    ...(inherited ? Object.getOwnPropertyNames(inherited) : []),
    ...Object.keys(lexicon),
  ];
  for (const word of keys) {
    const tags: unknown = lexicon[word];
    if (tags === undefined) continue;
    const list: unknown[] = Array.isArray(tags) ? tags : [tags];
    wordBits.set(
      word,
      list.reduce<number>((b, t) => {
        const i = TAGS.indexOf(t as Tag);
        return i < 0 ? b : b | (1 << i);
      }, 0),
    );
  }
}

// Only non-ASCII words need accent folding ("inés" → "ines"); skip the work for the rest.
const NON_ASCII = /[^ -~]/;
const fold = (word: string): string =>
  NON_ASCII.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '') : word;

const has = (word: string, wanted: number): boolean => {
  const bits = wordBits.get(word) ?? (NON_ASCII.test(word) ? wordBits.get(fold(word)) : undefined);
  return bits !== undefined && (bits & wanted) !== 0;
};

const FIRST_NAME = bitsOf('FirstName', 'MaleName', 'FemaleName');
const PLACE = bitsOf('City', 'Region', 'Place', 'Country');
const NAME_OR_PLACE = bitsOf(...NAME_OR_PLACE_TAGS);
const MALE = bitsOf('MaleName');
const FEMALE = bitsOf('FemaleName');
const DEMONYM = bitsOf('Demonym');
const ADJECTIVE = bitsOf('Adjective', 'Comparative', 'Superlative', 'Demonym');
const NOUN = bitsOf('Noun', 'Singular', 'Plural', 'Uncountable');

export const isKnownWord = (lower: string): boolean => wordBits.has(lower);
export const isFirstName = (lower: string): boolean => has(lower, FIRST_NAME);
export const isPlaceName = (lower: string): boolean => has(lower, PLACE);
/** A dictionary word that is not a name ("asked", "nothing"): capitalised only by position. */
export const isCommonWord = (lower: string): boolean =>
  wordBits.has(lower) && !has(lower, NAME_OR_PLACE);

export function firstNameGender(lower: string): Gender {
  if (has(lower, MALE)) return 'male';
  if (has(lower, FEMALE)) return 'female';
  return 'unknown';
}
export const isDemonymWord = (lower: string): boolean => has(lower, DEMONYM);
export const isAdjective = (lower: string): boolean => has(lower, ADJECTIVE);
/** A dictionary word that is never a noun ("later", "asked"), so never the start of a name. */
export const isNonNounWord = (lower: string): boolean => isCommonWord(lower) && !has(lower, NOUN);

import nlp from 'compromise';
import type { Gender } from './lexicon.js';

/**
 * Word facts from compromise's lexicon (first names with gender, cities, regions), read as a
 * table: running compromise's tagger over every sentence is ~20× too slow for the 2 MB/s budget.
 */
type Tags = string | string[] | undefined;
const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

// Only non-ASCII words need accent folding ("inés" → "ines"); skip the work for the rest.
const fold = (word: string): string =>
  /[^ -~]/.test(word) ? word.normalize('NFKD').replace(/\p{M}/gu, '') : word;

const has = (word: string, ...wanted: string[]): boolean => {
  const tags = lexicon[word] ?? (/[^ -~]/.test(word) ? lexicon[fold(word)] : undefined);
  if (tags === undefined) return false;
  return Array.isArray(tags) ? tags.some((t) => wanted.includes(t)) : wanted.includes(tags);
};

const NAME_OR_PLACE = [
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
];

export const isKnownWord = (lower: string): boolean => lexicon[lower] !== undefined;
export const isFirstName = (lower: string): boolean =>
  has(lower, 'FirstName', 'MaleName', 'FemaleName');
export const isPlaceName = (lower: string): boolean =>
  has(lower, 'City', 'Region', 'Place', 'Country');
/** A dictionary word that is not a name ("asked", "nothing"): capitalised only by position. */
export const isCommonWord = (lower: string): boolean =>
  lexicon[lower] !== undefined && !has(lower, ...NAME_OR_PLACE);

export function firstNameGender(lower: string): Gender {
  if (has(lower, 'MaleName')) return 'male';
  if (has(lower, 'FemaleName')) return 'female';
  return 'unknown';
}
export const isDemonymWord = (lower: string): boolean => has(lower, 'Demonym');
export const isAdjective = (lower: string): boolean =>
  has(lower, 'Adjective', 'Comparative', 'Superlative', 'Demonym');
/** A dictionary word that is never a noun ("later", "asked"), so never the start of a name. */
export const isNonNounWord = (lower: string): boolean =>
  isCommonWord(lower) && !has(lower, 'Noun', 'Singular', 'Plural', 'Uncountable');

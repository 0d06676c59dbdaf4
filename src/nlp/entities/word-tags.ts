import nlp from 'compromise';
import type { Gender } from './lexicon.js';

/**
 * Word facts from compromise's lexicon (first names with gender, cities, regions), read as a
 * table: running compromise's tagger over every sentence is ~20× too slow for the 2 MB/s budget.
 */
type Tags = string | string[] | undefined;
const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

const has = (word: string, ...wanted: string[]): boolean => {
  const tags = lexicon[word];
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

import type { Span } from '../../domain/model.js';
import { gazetteer } from './gazetteer.js';
import { GROUP_NOUNS } from './lexicon.js';
import { fold } from './name-keys.js';
import type { Token } from './tokens.js';
import { isAdjective } from './word-tags.js';

/** A plural noun phrase for a group of people ("Paraguayan officials", "the protesters’"). */
export interface GroupMention extends Span {
  /** Clusters mentions within one document: the head noun, qualified by a nationality if any. */
  groupKey: string;
  name: string;
}

const QUANTIFIERS = new Set([
  'the',
  'two',
  'three',
  'four',
  'some',
  'many',
  'several',
  'most',
  'all',
]);

/** Finds group mentions by their head noun, taking back an adjective and a quantifier. Linear. */
export function findGroups(text: string, tokens: Token[]): GroupMention[] {
  const demonyms = gazetteer().countryByDemonym;
  const out: GroupMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lastChar = t.text.charCodeAt(t.text.length - 1);
    if (lastChar !== 115 && lastChar !== 102 && lastChar !== 101) continue; // heads end in s, f(f), e
    const head = t.text.toLowerCase();
    // Plural acronyms ("MPs") are written in capitals anywhere in a sentence.
    const acronym = /^\p{Lu}{2,}s$/u.test(t.text);
    if (!GROUP_NOUNS.has(head) || (t.capitalized && !t.sentenceStart && !acronym)) continue;
    let start = t.start;
    let nation = '';
    const modifier = tokens[i - 1];
    if (modifier && t.joined) {
      const lower = modifier.text.toLowerCase();
      if (demonyms.has(fold(lower))) [start, nation] = [modifier.start, modifier.text];
      else if (!modifier.capitalized && isAdjective(lower)) start = modifier.start;
      const quantifier = tokens[i - 2];
      if (
        start === modifier.start &&
        quantifier &&
        modifier.joined &&
        QUANTIFIERS.has(quantifier.text.toLowerCase())
      )
        start = quantifier.start;
      else if (start === t.start && (QUANTIFIERS.has(lower) || /^\d/.test(lower)))
        start = modifier.start;
    }
    const end = /['’]/u.test(text[t.end] ?? '') ? t.end + 1 : t.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      groupKey: nation ? `${fold(nation)} ${head}` : head,
      name: nation ? `${nation} ${head}` : head,
    });
  }
  return out;
}

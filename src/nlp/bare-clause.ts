import type { CueEntry } from './rules/cue-lexicon.js';
import {
  AUXILIARIES,
  DETERMINERS,
  IRREGULAR_PASTS,
  PREPOSITIONS,
  SUBORDINATORS,
} from './rules/clause-words.js';

/**
 * That-less reported clauses. Without a parser, a clause is told from a noun phrase by a finite
 * verb among its first words: an auxiliary, a frequent irregular past, or an -ed word that does not
 * directly follow a determiner ("the proposed plan" is a noun phrase).
 */
const FINITE = new Set([...AUXILIARIES, ...IRREGULAR_PASTS]);
const DETERMINER = new Set(DETERMINERS);
const PREPOSITION = new Set(PREPOSITIONS);
const SUBORDINATOR = new Set(SUBORDINATORS);
const PRONOUN_SUBJECT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);
/** How far into the clause its verb may lie ("the company’s three largest clients had …"). */
const VERB_WINDOW = 8;

/**
 * The clause's first words, up to punctuation or a subordinating word: in "a rise in sales but
 * declined to comment" or "the incident after she was attacked" the verb is in another clause.
 */
const CLAUSE_STOP = new RegExp(
  String.raw`^[^,;:.!?]*?(?=\s+(?:${SUBORDINATORS.join('|')})\s|[,;:.!?]|$)`,
  'iu',
);
const wordsOf = (s: string): string[] =>
  (CLAUSE_STOP.exec(s)?.[0] ?? '').split(/\s+/u).filter(Boolean).slice(0, VERB_WINDOW);

export function looksFinite(s: string): boolean {
  const words = wordsOf(s);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.toLowerCase().replace(/[“”"‘’']/gu, '');
    if (FINITE.has(w) || /n[’']t$/u.test(w)) return true;
    if (/^\p{Ll}{3,}ed$/u.test(w) && !DETERMINER.has(words[i - 1]!.toLowerCase())) return true;
    // A present-tense verb after a pronoun or a name ("it works", "Lisbon wants").
    const prev = words[i - 1]!;
    const namedSubject = PRONOUN_SUBJECT.has(prev.toLowerCase()) || /^\p{Lu}\p{Ll}+$/u.test(prev);
    if (namedSubject && /^\p{Ll}{2,}s$/u.test(w) && !/ss$/u.test(w)) return true;
    // "the day he joined the club": a pronoun after the noun opens a relative clause.
    if (PRONOUN_SUBJECT.has(w)) return false;
  }
  return false;
}

/** Whether the cue reports `first` (the words after it) as a clause without "that". */
export function reportsBareClause(entry: CueEntry, first: string): boolean {
  if (entry.takes.includes('bare')) return true;
  return entry.takes.includes('bare-if-finite') && looksFinite(first);
}

/**
 * How surely a word opens a clause's subject: 0 for a pronoun or determiner, 1 for a capitalised
 * word or number, 2 for another content word; null for a preposition or subordinator.
 */
const subjectRank = (w: string): number | null => {
  const l = w.toLowerCase();
  if (PRONOUN_SUBJECT.has(l) || DETERMINER.has(l)) return 0;
  if (/^[\p{Lu}\d]/u.test(w)) return 1;
  return /^\p{Ll}+$/u.test(w) && !PREPOSITION.has(l) && !SUBORDINATOR.has(l) ? 2 : null;
};

const MAX_ADDRESSEE = 4;

/**
 * "told the court she had …", "warned the government quotas would …": the shortest addressee
 * followed by a finite clause, preferring a clause that opens with a pronoun or determiner, then
 * with a name, then with a bare noun ("told the Bristol Post the lane was …", not "… Post the
 * lane was …").
 */
export function addresseeClause(first: string): { addressee: string; clauseAt: number } | null {
  const words = [...first.matchAll(/[^\s]+/gu)].slice(0, MAX_ADDRESSEE + 1);
  for (let rank = 0; rank <= 2; rank++)
    for (let n = 1; n <= Math.min(MAX_ADDRESSEE, words.length - 1); n++) {
      const last = words[n - 1]![0];
      if (/[,;:.“”"‘’]$/u.test(last)) break;
      const ending = last.toLowerCase();
      if (DETERMINER.has(ending) || PREPOSITION.has(ending)) continue;
      if (subjectRank(words[n]![0]) !== rank) continue;
      const clause = first.slice(words[n]!.index);
      if (!looksFinite(clause)) continue;
      return {
        addressee: first.slice(0, words[n - 1]!.index + last.length),
        clauseAt: words[n]!.index,
      };
    }
  return null;
}

import type { Range, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { countWords, trimSpan } from './clause-frames.js';
import { cueSpan, type CueHit } from './cues.js';
import { bareFragment } from './fragment-frames.js';
import type { QuotedSpan } from './quotes.js';
import { isNounPhrase } from './subject.js';

/**
 * "in what organizers called the largest protest in a decade", "about what they called a
 * ‘developer’s charter’": a naming or describing cue whose object is the relative "what" before its
 * subject. What follows the cue is what the subject called it; a nickname ("the man everyone calls
 * “Buzz”") has no "what" and is not a quotation.
 */
const WHAT_SUBJECT =
  /(?:\b(?:about|against|in|into|on|of|for|to|with|from|by|at|over)\s+)?\b[Ww]hat\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?$/u;
const LOOK_BACK = 80;

const describes = (hit: CueHit): boolean =>
  hit.entry.takes.includes('naming') || hit.entry.takes.includes('as');

function whatBefore(text: string, hit: CueHit, sentenceStart: number) {
  if (!describes(hit)) return null;
  const from = Math.max(sentenceStart, hit.start - LOOK_BACK);
  const m = WHAT_SUBJECT.exec(text.slice(from, hit.start));
  // A lone common noun is a subject here too ("in what police called …").
  if (!m || !(isNounPhrase(m[1]!) || /^\p{Ll}+$/u.test(m[1]!))) return null;
  const subjectAt = from + m.index + m[0].lastIndexOf(m[1]!, m[0].length - 1);
  return { clauseStart: from + m.index, subjectAt, subject: m[1]! };
}

/** Where a free relative with its own cue starts: the report before it ends there. */
export const freeRelativeStart = (
  text: string,
  hit: CueHit,
  sentenceStart: number,
): number | null => whatBefore(text, hit, sentenceStart)?.clauseStart ?? null;

export function freeRelative(
  text: string,
  sentence: Range,
  hit: CueHit,
  limit: number,
  quotes: readonly QuotedSpan[],
): Candidate | null {
  const what = whatBefore(text, hit, sentence.start);
  if (!what) return null;
  const speaker: Span = {
    text: what.subject,
    start: what.subjectAt,
    end: what.subjectAt + what.subject.length,
  };
  const as = /^\s+as\b/u.exec(text.slice(hit.end, limit));
  if (!as && !hit.entry.takes.includes('naming')) return null;
  const from = hit.end + (as ? as[0].length : 0);
  // The complement ends at the reporter's next punctuation ("…, the council voted").
  const stop = /[,;:(—–]/u.exec(text.slice(from, limit));
  const end = stop ? from + stop.index : limit;
  // As the sentence's subject ("What critics called a “land grab” began …") the complement's end is
  // unknown unless it is a quoted fragment.
  const opensSentence = !/\S/u.test(text.slice(sentence.start, what.clauseStart));
  const fragment = opensSentence
    ? bareFragment(text, from, quotes.find((q) => q.outer.start >= from)?.outer.end ?? from, quotes)
    : bareFragment(text, from, end, quotes);
  if (opensSentence && !fragment) return null;
  const content = fragment ?? trimSpan(text, from, end);
  if (
    countWords(content.text) < 1 ||
    (!/[“"‘]/u.test(text.slice(from, end)) && countWords(content.text) < 2)
  )
    return null;
  const quoted = quotes.some(
    (q) => q.outer.start >= content.start - 1 && q.outer.end <= content.end + 1,
  );
  return {
    quote: content,
    type: quoted ? 'mixed' : 'indirect',
    speaker,
    cue: cueSpan(hit),
    // Unquoted, the description is one the reporter attributes without adopting ("in what
    // organizers called the largest protest"): a claim, whatever the cue's usual speech act.
    cueEntry: quoted ? hit.entry : { ...hit.entry, relation: 'CLAIMS' },
    frame: 'as',
    object: null,
    negated: hit.negated,
    reason: 'free-relative',
    prior: /^(?:he|she|it|they|we)$/iu.test(speaker.text) ? 0.7 : 0.75,
  };
}

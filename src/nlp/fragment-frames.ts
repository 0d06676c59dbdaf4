import type { Span } from '../domain/model.js';
import type { QuotedSpan } from './quotes.js';
import { IRREGULAR_PASTS } from './rules/clause-words.js';
import { SPEECH_NOUN_MODIFIERS, SPEECH_NOUNS } from './rules/speech-nouns.js';

/**
 * Evaluative frames whose content is often only a quoted fragment: "praised their ‘courage’",
 * "rejected the accusations as “absurd”", "praised Berlin for acting “quickly”", "warned against “a
 * rush to the pharmacy”". By the gold conventions a bare fragment's content is inside its marks.
 */

const SECOND_PREDICATE = new RegExp(
  String.raw`^\s+(?:and|but)\s+(?:then\s+|also\s+)?(?:\p{Ll}+ed|${IRREGULAR_PASTS.join('|')})\s`,
  'u',
);
const LEAD = /^\s*(?:(?:the|a|an|its|his|her|their|our|this|that|my|your)\s+|[\p{L}-]+['’]s\s+)?/iu;

/**
 * The quotation when the words from `start` to `limit` are only a quoted fragment, optionally after
 * a determiner or possessive, and end there or at a punctuation mark.
 */
export function bareFragment(
  text: string,
  start: number,
  limit: number,
  quotes: readonly QuotedSpan[],
): Span | null {
  const lead = LEAD.exec(text.slice(start, limit))!;
  const open = start + lead[0].length;
  const q = quotes.find((s) => s.outer.start === open);
  if (!q || q.outer.end > limit) return null;
  // A coordinated cue ("… but warned") already ends `limit`, and so does a second predicate of the
  // same subject ("… and raised his rating"); any other word continues the content.
  const rest = text.slice(q.outer.end, limit);
  if (!/^\s*(?:[,.;!?]|$)/u.test(rest) && !SECOND_PREDICATE.test(rest)) return null;
  return { text: q.text, start: q.start, end: q.end };
}

const SPEECH_OBJECT = new RegExp(
  String.raw`^(?:(?:the\s+)?[\p{L}-]+['’]s?\s+)?(?:(?:${SPEECH_NOUN_MODIFIERS.join('|')})\s+)*(?:${SPEECH_NOUNS.join('|')})\b(?!['’])`,
  'iu',
);

/** Whether an object names something said ("calls for her resignation"), so rejecting it reports speech. */
export const namesSpeech = (object: string): boolean => SPEECH_OBJECT.test(object.trim());

import type { Range, Span } from '../domain/model.js';
import type { CueHit } from './cues.js';
import { documentIssuer } from './document-source.js';
import type { Passive } from './passive-agent.js';
import { clauseSubject, subjectBefore } from './subject.js';

/** ", which has threatened", ", who argued": a relative clause whose verb is the cue. */
const RELATIVE_CUE =
  /,\s+(?:who|which)\s+(?:(?:has|have|had|also|later|then|quickly|repeatedly)\s+)*$/iu;
const LINK = String.raw`(?!(?:of|from|by|to|in|on|at|with|for|after|before|over|under|about)\b)[\p{L}\p{M}’'&-]+`;
/** The noun phrase that ends right before the relative clause's comma. */
const ANTECEDENT = new RegExp(
  String.raw`(?:\b(?:the|a|an|its|his|her|their)\s+(?:${LINK}\s+){0,4}${LINK}|(?:\p{Lu}[\p{L}\p{M}’'.&-]*\s+){0,4}\p{Lu}[\p{L}\p{M}’'.&-]*|\b\p{Ll}+s)$`,
  'u',
);

/** "… infuriated the hotel industry, which has threatened to …": the source is the antecedent. */
function relativeSource(text: string, from: number, cueStart: number): Span | null {
  const head = text.slice(from, cueStart);
  const rel = RELATIVE_CUE.exec(head);
  if (!rel) return null;
  const np = ANTECEDENT.exec(head.slice(0, rel.index));
  if (!np) return null;
  const start = from + np.index;
  return { text: np[0], start, end: start + np[0].length };
}

/** "X was quoted as saying …", "X is quoted by the paper as telling …": X said it. */
const QUOTED_AS =
  /\b(?:is|are|was|were|been)\s+(?:widely\s+|later\s+)?quoted\s+(?:by\s+[^,.;]{1,60}?\s+)?as\s+$/u;

/**
 * The source of a reporting cue in its sentence: a passive's agent, the issuer of a document, the
 * subject of a "quoted as saying" passive, the clause subject shared by a participle or a
 * coordinated cue, or the noun phrase right before the cue. Null when the sentence names none.
 */
export function sourceOfCue(
  text: string,
  sentence: Range,
  hit: CueHit,
  lastSubject: Span | null,
  passive: Passive | null,
): Span | null {
  if (passive) return passive.agent;
  const relative = relativeSource(text, sentence.start, hit.start);
  if (relative) return relative;
  if (hit.participle) {
    const issuer = documentIssuer(text, sentence.start, hit.start);
    if (issuer) return issuer;
    const quotedAs = QUOTED_AS.exec(text.slice(sentence.start, hit.start));
    if (quotedAs) {
      const s = subjectBefore(text, sentence.start, sentence.start + quotedAs.index);
      if (s && !s.coordinated) return s.span;
    }
    const pre = text.slice(Math.max(sentence.start, hit.start - 12), hit.start);
    if (/(?:,|\b(?:by|after|while|before|when))\s*$/iu.test(pre))
      return lastSubject ?? clauseSubject(text, sentence.start, hit.start);
  }
  const s = subjectBefore(text, sentence.start, hit.start);
  return s?.coordinated
    ? (lastSubject ?? clauseSubject(text, sentence.start, hit.start))
    : (s?.span ?? null);
}

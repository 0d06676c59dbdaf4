import type { Span } from '../domain/model.js';
import { IRREGULAR_PASTS } from './rules/clause-words.js';
import { DOCUMENT_NOUNS } from './rules/document-nouns.js';
import { subjectBefore } from './subject.js';

/**
 * The issuer of a document a participle cue hangs on: in "41 MPs signed a letter urging her to …"
 * the letter urges, so its signatories are the source.
 */
const ISSUED = new RegExp(
  String.raw`(?:^|\s)(\p{Ll}+)\s+(?:(?:a|an|the|its|his|her|their|our)\s+)?(?:[\p{L}-]+\s+)?(?:${DOCUMENT_NOUNS.join('|')})(?:\s+(?:later|earlier|today|yesterday|overnight))?(?:\s+(?:on|in|at|late|earlier|last|this)\s+\S+(?:\s+\S+)?)?\s*,?\s*$`,
  'u',
);
const PAST = new Set(IRREGULAR_PASTS);
/** Where the issuing clause begins: after a comma or a subordinating word. */
const CLAUSE_OPENER =
  /(?:^|[,;]|\b(?:after|when|as|because|since|while|before|until|once|that|and|but))\s+/gu;

export function documentIssuer(text: string, from: number, cueStart: number): Span | null {
  const pre = text.slice(from, cueStart);
  const m = ISSUED.exec(pre);
  if (!m) return null;
  const verb = m[1]!;
  if (!/ed$/u.test(verb) && !PAST.has(verb)) return null;
  const verbStart = from + m.index + m[0].indexOf(verb);
  let clauseStart = from;
  for (const o of text.slice(from, verbStart).matchAll(CLAUSE_OPENER))
    clauseStart = from + o.index + o[0].length;
  const s = subjectBefore(text, clauseStart, verbStart);
  return s && !s.coordinated ? s.span : null;
}

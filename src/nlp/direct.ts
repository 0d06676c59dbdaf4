import type { Range, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { frontedSubject } from './clause-frames.js';
import { cueSpan, findCues, type CueHit } from './cues.js';
import type { QuotedSpan } from './quotes.js';
import { UTTERANCE_NOUNS } from './rules/speech-nouns.js';
import {
  clauseSubject,
  isNounPhrase,
  subjectAfter,
  subjectBefore,
  withoutTrailingFiller,
} from './subject.js';

/**
 * Sieves for direct quotations, most precise first (CoreNLP/GGT order): the cue and source right
 * after the closing mark, a cue or colon right before the opening mark, then continuation of the
 * previous attributed quotation in the paragraph or across a paragraph break.
 */
export interface DirectContext {
  text: string;
  sentence: Range;
  paragraph: Range;
  /** The previous paragraph, for colon intros ("…, she went further:") and continuations. */
  previousParagraph: Range | null;
  quoted: readonly Range[];
}

/** What every direct sieve records about the cue that attributed the quote. */
const cueFields = (hit: CueHit) => ({
  cue: cueSpan(hit),
  cueEntry: hit.entry,
  negated: hit.negated,
});

const base = (q: QuotedSpan, reason: string, prior: number): Candidate => ({
  quote: { text: q.text, start: q.start, end: q.end },
  type: 'direct',
  speaker: null,
  cue: null,
  cueEntry: null,
  frame: 'adjacent',
  object: null,
  negated: false,
  reason,
  prior,
});
const PRONOUN = /^(?:he|she|they|it|we)$/iu;
const confidenceOf = (s: Span, strong: number): number =>
  PRONOUN.test(s.text) ? strong - 0.08 : /^(?:the|a|an)\s/iu.test(s.text) ? strong - 0.12 : strong;

/** Whether a quoted span reads as a direct quotation rather than a scare quote, title or nickname. */
export function looksDirect(text: string, q: QuotedSpan, sentence: Range): boolean {
  const head = text.slice(sentence.start, q.outer.start).trim();
  if (!head || /[:,—–]$/u.test(head)) return true;
  const words = q.text.trim().split(/\s+/u).length;
  return words >= 3 && /^[\p{Lu}\d‘'"“]/u.test(q.text.trim()) && /[,.!?…]$/u.test(q.text.trim());
}

export function attributeAfter(ctx: DirectContext, q: QuotedSpan, until: number): Candidate | null {
  const { text } = ctx;
  const tail: Range = { start: q.outer.end, end: until };
  const hit = findCues(text, tail, ctx.quoted)[0];
  if (!hit || hit.participle) return null;
  const between = text.slice(q.outer.end, hit.start);
  const m = /^[,.!?]?\s*(.*?)\s*$/su.exec(between)!;
  if (!m[1]) {
    const s = subjectAfter(text, hit.end, until);
    if (!s) return null;
    return {
      ...base(q, 'adjacent-inverted', confidenceOf(s, 0.92)),
      speaker: s,
      ...cueFields(hit),
    };
  }
  // "…,” she later said, “…”": the adverb between source and cue is not part of the source.
  const np = withoutTrailingFiller(m[1]);
  const words = np.split(/\s+/u).length;
  if (words > 6 || !isNounPhrase(np)) return null;
  const start = q.outer.end + between.indexOf(m[1]);
  const speaker = { text: np, start, end: start + np.length };
  return {
    ...base(q, 'adjacent-after', confidenceOf(speaker, 0.92)),
    speaker,
    ...cueFields(hit),
  };
}

/** A source introducing the quote: "she replied: “…”", "Halloran, to his credit: “…”". */
export function attributeBefore(ctx: DirectContext, q: QuotedSpan, from: number): Candidate | null {
  const { text } = ctx;
  const head = text.slice(from, q.outer.start);
  if (!/[:,]\s*$/u.test(head) && !/\s$/u.test(head)) return null;
  const range: Range = { start: from, end: q.outer.start };
  const cues = findCues(text, range, ctx.quoted).filter((h) =>
    /^[^.;]*$/u.test(text.slice(h.end, q.outer.start)),
  );
  const hit = cues.at(-1);
  if (hit) {
    const s = subjectBefore(text, from, hit.start);
    const speaker = s?.coordinated || !s ? clauseSubject(text, from, hit.start) : s.span;
    if (speaker) {
      const obj = /^\s+([^:,]{2,40}?)\s*:\s*$/u.exec(text.slice(hit.end, q.outer.start));
      const object = obj
        ? {
            text: obj[1]!,
            start: hit.end + obj[0].indexOf(obj[1]!),
            end: hit.end + obj[0].indexOf(obj[1]!) + obj[1]!.length,
          }
        : null;
      // The quote goes on the sentence (lower case): "Speaking from Bodø, he said, “We …”" does not.
      const lead =
        /^,\s*$/u.test(text.slice(hit.end, q.outer.start)) && /^\p{Ll}/u.test(q.text)
          ? frontedSubject(text, from, speaker)
          : null;
      if (lead)
        return {
          ...base(q, 'interrupted-quote', confidenceOf(speaker, 0.84)),
          quote: {
            text: text.slice(lead.start, q.outer.end),
            start: lead.start,
            end: q.outer.end,
            fragments: [
              { start: lead.start, end: lead.end },
              { start: q.outer.start, end: q.outer.end },
            ],
          },
          type: 'mixed',
          frame: 'bare',
          speaker,
          ...cueFields(hit),
        };
      return {
        ...base(q, 'before-cue', confidenceOf(speaker, 0.88)),
        speaker,
        ...cueFields(hit),
        object,
      };
    }
  }
  if (!/:\s*$/u.test(head)) return null;
  const speaker = colonSource(text, from, from + head.trimEnd().length - 1);
  return speaker
    ? { ...base(q, 'colon', confidenceOf(speaker, 0.8)), speaker, frame: 'colon' }
    : null;
}

/** The source of "X: …" and "X, after a beat: …": a proper name among the first comma parts, else the clause subject. */
export function colonSource(text: string, from: number, colon: number): Span | null {
  const parts = [...text.slice(from, colon).matchAll(/[^,]+/gu)].slice(0, 3);
  for (const p of parts) {
    const t = p[0].trim();
    if (/^(?:[\p{Lu}][\p{L}\p{M}’'.-]*\s*){1,4}$/u.test(t) && !/^(?:The|A|An)\b/u.test(t)) {
      const start = from + p.index + p[0].indexOf(t);
      return { text: t, start, end: start + t.length };
    }
  }
  const s = subjectBefore(text, from, colon);
  const source = s && !s.coordinated ? s.span : clauseSubject(text, from, colon);
  return source ? (possessorOfUtterance(source) ?? source) : null;
}

const POSSESSED_UTTERANCE = new RegExp(
  String.raw`^((?:his|her|their|its)|(?:[\p{Lu}][\p{L}\p{M}.-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}.-]*['’]s?|the\s+[\p{Ll}-]+['’]s?)\s+(?:[\p{Ll}-]+\s+)?(?:${UTTERANCE_NOUNS.join('|')})\b`,
  'iu',
);

/** "Her message to markets" said it: the possessor, not the message, is the source. */
function possessorOfUtterance(source: Span): Span | null {
  const m = POSSESSED_UTTERANCE.exec(source.text);
  if (!m) return null;
  const owner = m[1]!.replace(/['’]s?$/u, '');
  return { text: owner, start: source.start, end: source.start + owner.length };
}

export { base as directCandidate };

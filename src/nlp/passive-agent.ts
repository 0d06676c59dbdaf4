import type { Range, Span } from '../domain/model.js';
import type { CueHit } from './cues.js';
import { clauseSubject, isNounPhrase, subjectBefore } from './subject.js';

/**
 * Passive cues: "X was accused by Y of …", "Asked by Y whether …, she replied". The agent after
 * "by" is the source and the passive subject the addressee; with no agent ("X was urged to …")
 * the subject is still the addressee, so the report has no source in the sentence.
 */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const PAST_PARTICIPLE = /(?:ed|told|asked)$/iu;
const BY_AGENT =
  /^\s+by\s+((?:[\p{L}\p{M}’'.-]+\s+){0,5}?[\p{L}\p{M}’'.-]+)(?=\s*,|\s+(?:whether|if|why|how|what|when|who|to|of|that|about|for|as|over|against)\b)/u;
/** A comma followed by the main clause's subject and verb ("…, she replied"). */
const MAIN_CLAUSE =
  /,\s*(?:(?:he|she|they|it|we|the|a|an|its|his|her|their)\s|(?:[\p{Lu}][\p{L}\p{M}’'-]+\s+){1,3}\p{Ll})/u;

export interface Passive {
  /** The source named after "by", if any. */
  agent: Span | null;
  /** Where the cue's complement starts (after the agent). */
  resume: number;
  /** Whom the report was addressed to: the passive subject, when it can be found. */
  patient: Span | null;
  /** Where a fronted participle clause ends ("Asked by Y whether …, she replied"), if it is one. */
  clauseEnd: number | null;
}

const spanAt = (text: string, start: number, s: string): Span => ({
  text: s,
  start,
  end: start + s.length,
});

export function passiveCue(text: string, sentence: Range, hit: CueHit): Passive | null {
  if (hit.participle || !PAST_PARTICIPLE.test(hit.text)) return null;
  const before = text.slice(Math.max(sentence.start, hit.start - 24), hit.start);
  const be = BE_BEFORE.test(before);
  const fronted = !/\S/u.test(text.slice(sentence.start, hit.start));
  if (!be && !fronted) return null;
  const by = BY_AGENT.exec(text.slice(hit.end, sentence.end));
  const agentText = by && isNounPhrase(by[1]!) ? by[1]! : null;
  if (fronted && !agentText) return null;
  const agent = agentText
    ? spanAt(text, hit.end + by!.index + by![0].indexOf(agentText), agentText)
    : null;
  const resume = agent ? agent.end : hit.end;
  let patient: Span | null = null;
  if (be) {
    const s = subjectBefore(text, sentence.start, hit.start);
    patient = s && !s.coordinated ? s.span : null;
  }
  let clauseEnd: number | null = null;
  if (fronted) {
    const main = MAIN_CLAUSE.exec(text.slice(resume, sentence.end));
    clauseEnd = main ? resume + main.index : null;
  }
  return { agent, resume, patient, clauseEnd };
}

/** After a fronted passive clause ends at `clauseEnd`, the main clause's subject is the addressee. */
export function mainSubjectAfter(
  text: string,
  clauseEnd: number,
  sentenceEnd: number,
): Span | null {
  return /^\s*,/u.test(text.slice(clauseEnd, sentenceEnd))
    ? clauseSubject(text, text.indexOf(',', clauseEnd) + 1, sentenceEnd)
    : null;
}

import type { Range, Relation, Span } from '../domain/model.js';
import type { CueHit } from './cues.js';
import { clauseSubject, subjectBefore } from './subject.js';

/**
 * Attacks the narrative states without quoting anyone: "Prague rejected Vienna's criticism", "It
 * disputed the union's figure". They quote nobody, so they make no statement, but they say who is
 * in dispute with whom, which the article's later quotes lean on (src/nlp/stance.ts).
 */
export interface Attack {
  subject: Span;
  object: Span;
  relation: Relation;
  cueStart: number;
}

const ATTACKING = new Set<Relation>(['ACCUSES', 'CRITICIZES', 'REJECTS', 'DENIES']);
/** The object phrase right after the cue, up to a preposition, clause word or punctuation. */
const OBJECT =
  /^\s+((?:(?:the|a|an|its|his|her|their)\s+)?[^\s,.;:!?"“”‘]+(?:\s+[^\s,.;:!?"“”‘]+){0,5}?)(?=\s+(?:of|for|over|as|on|in|at|after|by|with|that|to|and|but|from|before|during|while|because)\b|\s*[,.;:!?]|$)/u;

/** The attacks one sentence narrates, from the cues already found in it. */
export function attacksIn(text: string, sentence: Range, cues: readonly CueHit[]): Attack[] {
  const out: Attack[] = [];
  for (const hit of cues) {
    if (!ATTACKING.has(hit.entry.relation) || hit.negated || hit.participle) continue;
    const o = OBJECT.exec(text.slice(hit.end, sentence.end));
    if (!o) continue;
    const before = subjectBefore(text, sentence.start, hit.start);
    const span = before ? before.span : clauseSubject(text, sentence.start, hit.start);
    if (!span?.text || before?.coordinated) continue;
    const start = hit.end + o[0].length - o[1]!.length;
    out.push({
      subject: span,
      object: { text: o[1]!, start, end: start + o[1]!.length },
      relation: hit.entry.relation,
      cueStart: hit.start,
    });
  }
  return out;
}

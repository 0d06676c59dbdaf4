import type { Range } from '../domain/model.js';
import type { Candidate } from './candidate.js';

const LABEL =
  /^((?:[\p{Lu}][\p{Lu}\p{M}’'.-]+)(?:\s+[\p{Lu}][\p{Lu}\p{M}’'.-]+){0,2}|[\p{Lu}][\p{L}\p{M}’'.-]+(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]+)?):\s+(\S.*)$/u;

/**
 * Q&A transcripts: paragraphs opening with a speaker label ("BRANDT: …"). Only recurring labels,
 * or capitalised labels in a transcript of three or more turns, count, so a one-off "Fact check:
 * …" or "Update: …" line is not a quotation.
 */
export function findLabelledTurns(text: string, paras: readonly Range[]): Candidate[] {
  const turns: { label: string; para: Range; m: RegExpExecArray }[] = [];
  for (const para of paras) {
    const m = LABEL.exec(text.slice(para.start, para.end));
    if (m) turns.push({ label: m[1]!, para, m });
  }
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  const capsTurns = turns.filter((t) => !/\p{Ll}/u.test(t.label)).length;
  return turns
    .filter((t) => (counts.get(t.label) ?? 0) >= 2 || (capsTurns >= 3 && !/\p{Ll}/u.test(t.label)))
    .map(({ para, m }) => {
      const start = para.start + m[0].length - m[2]!.length;
      return {
        quote: { text: text.slice(start, para.end), start, end: para.end },
        type: 'direct' as const,
        speaker: { text: m[1]!, start: para.start, end: para.start + m[1]!.length },
        cue: null,
        cueEntry: null,
        frame: 'label' as const,
        object: null,
        negated: false,
        reason: 'qa-label',
        prior: 0.88,
      };
    });
}

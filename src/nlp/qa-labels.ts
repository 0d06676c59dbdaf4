import type { Range, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';

const LABEL =
  /^((?:[\p{Lu}][\p{Lu}\p{M}’'.-]+)(?:\s+[\p{Lu}][\p{Lu}\p{M}’'.-]+){0,2}|[\p{Lu}][\p{L}\p{M}’'.-]+(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]+)?):\s+(\S.*)$/u;

/**
 * Q&A transcripts: paragraphs opening with a speaker label ("BRANDT: …"). Only recurring labels,
 * or capitalised labels in a transcript of three or more turns, count, so a one-off "Fact check:
 * …" or "Update: …" line is not a quotation.
 */
export function findLabelledTurns(text: string, paras: readonly Range[]): Candidate[] {
  return [...namedTurns(text, paras), ...interviewTurns(text, paras)].sort(
    (a, b) => a.quote.start - b.quote.start,
  );
}

function namedTurns(text: string, paras: readonly Range[]): Candidate[] {
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

/** "Q: …" / "A: …" (also "Question:"/"Answer:", or a full stop after the letter). */
const QA_LABEL = /^(Q|A|Question|Answer)[:.]\s+(\S.*)$/su;
/** "She spoke to our correspondent, Owen Gallacher": whoever the interviewee spoke to asks. */
const INTERVIEWER =
  /\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(?:[^,.;]{0,50}?,\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)/u;
/** A full name introduced with an apposition or a verb: "Marta Llorens, the city's deputy mayor". */
const INTRODUCED =
  /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?=,\s|\s+(?:has|had|is|was|said|says|spoke|told|became|took)\b)/gu;

/**
 * Interview transcripts labelled only "Q:" and "A:": the answers are the interviewee's, named in
 * the introduction before the first turn, and the questions the interviewer's, when the
 * introduction says whom the interviewee spoke to. Two answers at least, so a lone "A:" is no
 * transcript.
 */
function interviewTurns(text: string, paras: readonly Range[]): Candidate[] {
  const turns: { answer: boolean; para: Range; m: RegExpExecArray }[] = [];
  for (const para of paras) {
    const m = QA_LABEL.exec(text.slice(para.start, para.end));
    if (m) turns.push({ answer: m[1]!.startsWith('A'), para, m });
  }
  if (turns.filter((t) => t.answer).length < 2 || !turns.some((t) => !t.answer)) return [];
  const intro = text.slice(0, turns[0]!.para.start);
  const asker = INTERVIEWER.exec(intro);
  const interviewer = asker
    ? { text: asker[1]!, start: asker.index + asker[0].length - asker[1]!.length }
    : null;
  let interviewee: Span | null = null;
  for (const m of intro.matchAll(INTRODUCED))
    if (m[1] !== interviewer?.text) {
      interviewee = { text: m[1]!, start: m.index, end: m.index + m[1]!.length };
      break;
    }
  const out: Candidate[] = [];
  for (const { answer, para, m } of turns) {
    const source = answer
      ? interviewee
      : interviewer && { ...interviewer, end: interviewer.start + interviewer.text.length };
    if (!source) continue;
    const start = para.start + m[0].length - m[2]!.length;
    out.push({
      quote: { text: text.slice(start, para.end), start, end: para.end },
      type: 'direct',
      speaker: { text: m[1]!, start: para.start, end: para.start + m[1]!.length },
      resolveAs: source,
      cue: null,
      cueEntry: null,
      frame: 'label',
      object: null,
      negated: false,
      reason: answer ? 'qa-answer' : 'qa-question',
      prior: 0.88,
    });
  }
  return out;
}

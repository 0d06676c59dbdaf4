import type { Range, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { cueSpan, type CueHit } from './cues.js';
import { looksDirect } from './direct.js';
import { ANONYMITY_REQUESTS } from './rules/non-reports.js';
import { sourceOfCue } from './cue-source.js';
import { freeRelative, freeRelativeStart } from './free-relative.js';
import { mainSubjectAfter, passiveCue } from './passive-agent.js';
import type { QuotedSpan } from './quotes.js';
import { isNounPhrase } from './subject.js';
import {
  clauseBefore,
  countWords,
  frameContent,
  frontedSubject,
  trimSpan,
} from './clause-frames.js';

/**
 * Indirect and mixed quotations: the clause a reporting cue introduces ("said that …", "accused X
 * of …", "urged X to …", "according to X, …", "called X “…”"), with the cue's subject as source.
 */

const INTERRUPTION_END =
  /^(?:\s+(?!(?:that|whether|if|how|why|what|when)\b)(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?,\s*\S/iu;
const ANONYMITY = ANONYMITY_REQUESTS.map((p) => new RegExp(p, 'iu'));
const isAnonymityRequest = (content: string): boolean =>
  ANONYMITY.some((re) => re.test(content.trim()));

/** Where a coordinated or participial cue starts a new reported clause (", saying", "and warned"). */
const boundaryBefore = (text: string, hit: CueHit, sentenceStart: number): number | null => {
  const relative = freeRelativeStart(text, hit, sentenceStart);
  if (relative !== null) return relative;
  const from = Math.max(sentenceStart, hit.start - 24);
  const m = /(?:,\s*(?:and|but)?|\s+(?:and|but)|;)\s*(?:also\s+|then\s+)?$/iu.exec(
    text.slice(from, hit.start),
  );
  return m ? from + m.index : null;
};

export function findIndirect(
  text: string,
  sentence: Range,
  cues: readonly CueHit[],
  quotes: readonly QuotedSpan[],
): Candidate[] {
  const out: Candidate[] = [];
  let lastSubject: Span | null = null;
  // A base-form cue after a finite one ("urged them to stop and agree") continues the infinitive.
  const base = (c: CueHit): boolean => c.text.toLowerCase() === c.entry.match.split(' ')[0];
  const boundaries = cues.map((c, i) =>
    i > 0 && base(c) && !base(cues[i - 1]!) ? null : boundaryBefore(text, c, sentence.start),
  );
  let nextBoundary = 0;
  /** End of the last reported clause: cues inside it belong to the report, not to the sentence. */
  let covered = sentence.start;
  for (let i = 0; i < cues.length; i++) {
    const hit = cues[i]!;
    if (hit.start < covered) continue;
    if (nextBoundary <= i) nextBoundary = i + 1;
    while (nextBoundary < cues.length && !(boundaries[nextBoundary]! > hit.end)) nextBoundary++;
    const limit = nextBoundary < cues.length ? boundaries[nextBoundary]! : sentence.end;
    if (hit.entry.match === 'according to') {
      const c = according(text, sentence, hit, cues);
      if (c) out.push(c);
      continue;
    }
    // An attribution of a direct quotation ("…,” she said) or a colon/comma intro ("said: “…”").
    // A name or fragment in quotes ("the brand name “Velora”, said it …") attributes nothing.
    const prevQuote = quotes
      .filter((q) => q.outer.end <= hit.start && q.outer.end > sentence.start)
      .filter((q) => looksDirect(text, q, sentence))
      .at(-1);
    const between = prevQuote
      ? text
          .slice(prevQuote.outer.end, hit.start)
          .replace(/^[,.!?’”"']?\s*/u, '')
          .trim()
      : null;
    // Another cue already attributed that quotation ("…,” the company said, adding that …").
    const attributed =
      i > 0 && prevQuote !== undefined && cues[i - 1]!.start >= prevQuote.outer.end;
    if (
      between !== null &&
      !attributed &&
      (between === '' || (between.length < 60 && isNounPhrase(between)))
    ) {
      // "…,” he added, adding that …": the attribution's subject carries to a following participle.
      const at = between ? text.indexOf(between, prevQuote!.outer.end) : -1;
      lastSubject = at >= 0 ? { text: between!, start: at, end: at + between!.length } : null;
      continue;
    }
    const relative = freeRelative(text, sentence, hit, limit, quotes);
    if (relative) {
      out.push(relative);
      covered = relative.quote.end;
      continue;
    }
    if (/^\s*[:,]?\s*[“"‘']/u.test(text.slice(hit.end, limit))) continue;

    const reduced = /,\s*$/u.test(text.slice(Math.max(sentence.start, hit.start - 3), hit.start));
    const passive = /^\s+(?:whether|about|if|why|how|what|when)\b/iu.test(
      text.slice(hit.end, hit.end + 10),
    );
    if (reduced && passive && hit.entry.match === 'ask' && /ed$/iu.test(hit.text)) continue;
    const passiveForm = passiveCue(text, sentence, hit);
    const subject = sourceOfCue(text, sentence, hit, lastSubject, passiveForm);
    if (!subject) continue;
    lastSubject = subject;
    if (/^(?:which|that|who)\b/iu.test(subject.text)) continue;

    // "Lumora, he said, “had every warning …”": the clause is interrupted by its attribution.
    const a = frontedSubject(text, sentence.start, subject);
    // "…, she told the jury, showed …": an addressee may stand between the cue and the comma.
    const resume = a ? INTERRUPTION_END.exec(text.slice(hit.end, limit)) : null;
    if (a && resume) {
      const b = trimSpan(text, hit.end + resume[0].length - 1, limit);
      if (countWords(b.text) >= 2) {
        out.push({
          quote: {
            text: text.slice(a.start, b.end),
            start: a.start,
            end: b.end,
            fragments: [
              { start: a.start, end: a.end },
              { start: b.start, end: b.end },
            ],
          },
          type: quotes.some((q) => q.outer.start >= a.start && q.outer.end <= b.end + 1)
            ? 'mixed'
            : 'indirect',
          speaker: subject,
          cue: cueSpan(hit),
          cueEntry: hit.entry,
          frame: 'bare',
          object: null,
          negated: hit.negated,
          reason: 'interrupted-clause',
          prior: 0.75,
        });
        continue;
      }
    }
    const found = passiveForm
      ? frameContent(
          text,
          { ...hit, end: passiveForm.resume },
          passiveForm.clauseEnd ?? limit,
          quotes,
          true,
        )
      : (frameContent(text, hit, limit, quotes) ?? clauseBefore(text, sentence, subject, hit));
    if (!found) continue;
    const { content } = found;
    const addressee = passiveForm
      ? (passiveForm.patient ?? mainSubjectAfter(text, content.end, sentence.end))
      : null;
    if (isAnonymityRequest(content.text)) continue;
    covered = content.end;
    const inner = quotes.filter(
      (q) => q.outer.start >= content.start - 1 && q.outer.end <= content.end + 1,
    );
    const mixed = inner.length > 0 || found.frame === 'as';
    out.push({
      quote: content,
      type: mixed ? 'mixed' : 'indirect',
      speaker: subject,
      cue: cueSpan(hit),
      cueEntry: hit.entry,
      frame: found.frame,
      object: found.object ?? addressee,
      negated: hit.negated,
      reason: `${mixed ? 'mixed' : 'indirect'}:${found.frame}`,
      prior: /^(?:he|she|it|they)$/iu.test(subject.text) ? 0.7 : 0.8,
    });
  }
  return out;
}

/** "According to X, CONTENT" or "CONTENT, according to X." — skipped when CONTENT reports someone else. */
function according(
  text: string,
  sentence: Range,
  hit: CueHit,
  cues: readonly CueHit[],
): Candidate | null {
  const afterTo = text.slice(hit.end, sentence.end);
  const np = /^\s+([^,.;]+?)(?=\s*(?:,|\.|;|$))/u.exec(afterTo);
  if (!np) return null;
  const sStart = hit.end + np.index + np[0].indexOf(np[1]!);
  const speaker: Span = { text: np[1]!, start: sStart, end: sStart + np[1]!.length };
  let content: Span;
  if (/^\s*$/u.test(text.slice(sentence.start, hit.start)))
    content = trimSpan(text, speaker.end + 1, sentence.end);
  else content = trimSpan(text, sentence.start, hit.start);
  if (
    countWords(content.text) < 3 ||
    !isNounPhrase(speaker.text.replace(/^(?:the|a|an)\s+/iu, 'the '))
  )
    return null;
  if (cues.some((c) => c !== hit && c.start >= content.start && c.end <= content.end)) return null;
  return {
    quote: content,
    type: /[“"‘]/u.test(content.text) ? 'mixed' : 'indirect',
    speaker,
    cue: cueSpan(hit),
    cueEntry: hit.entry,
    frame: 'according',
    object: null,
    negated: false,
    reason: 'according-to',
    prior: 0.8,
  };
}

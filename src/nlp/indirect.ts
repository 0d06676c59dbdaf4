import type { Range, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import type { CueHit } from './cues.js';
import type { QuotedSpan } from './quotes.js';
import { clauseSubject, isNounPhrase, subjectBefore } from './subject.js';

/**
 * Indirect and mixed quotations: the clause a reporting cue introduces ("said that …", "accused X
 * of …", "urged X to …", "according to X, …", "called X “…”"), with the cue's subject as source.
 */
const OBJ = String.raw`((?:[^\s,;:“”"‘]+\s+){0,7}?[^\s,;:“”"‘]+)`;
const TO = String.raw`(?:not\s+)?to\s+[“"‘']?(?!(?:the|a|an|his|her|its|their|this|that|our)\b)\p{L}`;
const AS_FRAME = new RegExp(String.raw`^\s+${OBJ}\s+(?:as\s+)?[“"‘']`, 'u');
const OF_FRAME = new RegExp(String.raw`^\s+${OBJ}\s+of\s+`, 'u');
const TO_FRAME = new RegExp(String.raw`^\s+(?=${TO})`, 'u');
const OBJ_TO_FRAME = new RegExp(String.raw`^\s+(?!(?:not|to)\b)${OBJ}\s+(?=${TO})`, 'u');
const WH_FRAME = new RegExp(
  String.raw`^\s+(?:${OBJ}\s+)?(?=(?:whether|why|if|how|what|when|who)\s)`,
  'u',
);
const NO_CLAUSE_START =
  /^(?:in|on|at|to|for|from|with|by|through|via|during|after|before|outside|inside|over|under|when|while|as|because|if|since|until|about|against|into|of|and|but|or|so|then|—|–)\b|^\p{Ll}+ly\b|^[“"‘:,.;!?)]/iu;
const ANAPHORIC = /^(?:the|that|this|these|those|its|his|her|their|our)\s+\S+(?:\s+\S+)?$/iu;
/** Cues that report a bare clause without "that" ("said the talks had failed"). */
const BARE = new Set([
  'say',
  'claim',
  'insist',
  'argue',
  'admit',
  'warn',
  'predict',
  'believe',
  'fear',
  'suggest',
  'add',
  'acknowledge',
  'concede',
  'allege',
  'confirm',
  'maintain',
  'contend',
  'assert',
  'complain',
  'promise',
  'agree',
  'estimate',
  'write',
  'testify',
  'state',
]);
const ADVERBS =
  /^\s+(?:only|also|again|repeatedly|simply|privately|publicly|later|then|flatly)\b/iu;

const trimSpan = (text: string, start: number, end: number): Span => {
  while (start < end && /[\s,;:—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–]/u.test(text[end - 1]!)) end--;
  if (end > start && text[end - 1] === '.' && !/[.][”"’']$/u.test(text.slice(start, end))) end--;
  return { text: text.slice(start, end), start, end };
};

const countWords = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

interface Found {
  content: Span;
  frame: Candidate['frame'];
  object: Span | null;
}

function frameContent(
  text: string,
  hit: CueHit,
  limit: number,
  quotes: readonly QuotedSpan[],
): Found | null {
  const from = hit.end;
  let rest = text.slice(from, limit);
  const adv = ADVERBS.exec(rest);
  const skip = adv ? adv[0].length : 0;
  rest = rest.slice(skip);
  const at = (m: RegExpExecArray, group: number): number =>
    from + skip + m.index + m[0].indexOf(m[group]!);
  const after = (m: RegExpExecArray): number => from + skip + m.index + m[0].length;
  const take = (start: number, frame: Candidate['frame'], object: Span | null): Found | null => {
    const tail = REPORTER_TAIL.exec(text.slice(start, limit));
    const content = trimSpan(text, start, tail ? start + tail.index : limit);
    return countWords(content.text) >= 2 ? { content, frame, object } : null;
  };
  const objSpan = (m: RegExpExecArray, g: number): Span | null =>
    m[g] ? { text: m[g]!, start: at(m, g), end: at(m, g) + m[g]!.length } : null;
  const takes = hit.entry.takes;
  const lemma = hit.entry.match;

  if (takes.includes('as')) {
    const m = AS_FRAME.exec(rest);
    if (m && /\p{L}{3,}/u.test(m[1]!.replace(/^(?:the|a|an|it)\b/iu, ''))) {
      const open = after(m) - 1;
      const q = quotes.find((s) => s.outer.start === open);
      const tail = q ? text.slice(q.outer.end, limit) : '';
      if (q && /^\s*(?:[,.;]|and\b|$)/u.test(tail))
        return {
          content: { text: q.text, start: q.start, end: q.end },
          frame: 'as',
          object: objSpan(m, 1),
        };
    }
    if (lemma !== 'defend' && lemma !== 'dismiss') return null;
  }
  if (takes.includes('of')) {
    const m = OF_FRAME.exec(rest);
    return m ? take(after(m), 'of', objSpan(m, 1)) : null;
  }
  if (takes.includes('to')) {
    const m = TO_FRAME.exec(rest) ?? OBJ_TO_FRAME.exec(rest);
    if (m && (m[1] || !['tell', 'call on', 'appeal', 'press'].includes(lemma))) {
      const notTo = /^(?:not\s+)?to\s+/u.exec(text.slice(after(m), limit))!;
      return take(
        after(m) + (notTo[0].startsWith('not') ? 0 : notTo[0].length),
        'to',
        objSpan(m, 1),
      );
    }
  }
  if (takes.includes('clause')) {
    const that = /^\s+that\s+/iu.exec(rest);
    if (that) return take(after(that), 'that', null);
    const wh = WH_FRAME.exec(rest);
    if (wh && lemma !== 'say') return take(after(wh), 'wh', objSpan(wh, 1));
    const later = /^\s+([^,;:“”"‘]{1,80}?)\s+that\s+(?!is\b|was\b)/iu.exec(rest);
    if (later && countWords(later[1]!) <= 12) {
      const object = ['warn', 'assure', 'remind', 'caution'].includes(lemma)
        ? objSpan(later, 1)
        : null;
      return take(after(later), 'that', object);
    }
    const first = rest.trimStart();
    const bareOk = BARE.has(lemma) && (!NO_CLAUSE_START.test(first) || /^about\s+\d/u.test(first));
    if (bareOk && countWords(first) >= 3)
      return take(from + skip + (rest.length - first.length), 'bare', null);
  }
  if (takes.includes('object')) {
    const first = rest.trimStart();
    const obj = /^[^,;:.]+/u.exec(first)?.[0] ?? '';
    if (!obj || ANAPHORIC.test(obj.trim()) || NO_CLAUSE_START.test(first)) return null;
    // "rejected a third offer" is an action; "rejected suggestions that …" reports speech.
    if (lemma !== 'deny' && !/\bthat\b/u.test(text.slice(from + skip, limit))) return null;
    return take(from + skip + (rest.length - first.length), 'object', null);
  }
  return null;
}

/**
 * "Ukraine wants ten more systems, Zelensky told journalists.": the report precedes its
 * attribution, which closes the sentence after a comma with at most a few words after the cue.
 */
function clauseBefore(text: string, sentence: Range, subject: Span, hit: CueHit): Found | null {
  const comma = text.lastIndexOf(',', subject.start);
  if (comma <= sentence.start || /\S/u.test(text.slice(comma + 1, subject.start))) return null;
  if (!BARE.has(hit.entry.match) && hit.entry.match !== 'tell') return null;
  const tail = text.slice(hit.end, sentence.end);
  if (countWords(tail) > 6 || /[,;:“"‘]/u.test(tail) || /^\s*(?:that|to|of)\b/iu.test(tail))
    return null;
  const content = trimSpan(text, sentence.start, comma);
  if (
    countWords(content.text) < 4 ||
    /^[“"‘']/u.test(content.text) ||
    NO_CLAUSE_START.test(content.text)
  )
    return null;
  return { content, frame: 'bare', object: null };
}

/** Where a coordinated or participial cue starts a new reported clause (", saying", "and warned"). */
const REPORTER_TAIL =
  /,[”"’']?\s+(?:as|while|when|after|before|since|because|although|though|despite|drawing|prompting|pointing|adding|citing)\b/u;

const boundaryBefore = (text: string, hit: CueHit, sentenceStart: number): number | null => {
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
    const prevQuote = quotes
      .filter((q) => q.outer.end <= hit.start && q.outer.end > sentence.start)
      .at(-1);
    const between = prevQuote
      ? text
          .slice(prevQuote.outer.end, hit.start)
          .replace(/^[,.!?’”"']?\s*/u, '')
          .trim()
      : null;
    if (between !== null && (between === '' || (between.length < 60 && isNounPhrase(between)))) {
      // "…,” he added, adding that …": the attribution's subject carries to a following participle.
      const at = between ? text.indexOf(between, prevQuote!.outer.end) : -1;
      lastSubject = at >= 0 ? { text: between!, start: at, end: at + between!.length } : null;
      continue;
    }
    if (/^\s*[:,]?\s*[“"‘']/u.test(text.slice(hit.end, limit))) continue;

    const reduced = /,\s*$/u.test(text.slice(Math.max(sentence.start, hit.start - 3), hit.start));
    const passive = /^\s+(?:whether|about|if|why|how|what|when)\b/iu.test(
      text.slice(hit.end, hit.end + 10),
    );
    if (reduced && passive && hit.entry.match === 'ask' && /ed$/iu.test(hit.text)) continue;
    let subject: Span | null;
    const pre = text.slice(Math.max(sentence.start, hit.start - 12), hit.start);
    if (hit.participle && /(?:,|\b(?:by|after|while|before|when))\s*$/iu.test(pre)) {
      subject = lastSubject ?? clauseSubject(text, sentence.start, hit.start);
    } else {
      const s = subjectBefore(text, sentence.start, hit.start);
      subject = s?.coordinated
        ? (lastSubject ?? clauseSubject(text, sentence.start, hit.start))
        : (s?.span ?? null);
    }
    if (!subject) continue;
    lastSubject = subject;
    if (/^(?:which|that|who)\b/iu.test(subject.text)) continue;

    // "Lumora, he said, “had every warning …”": the clause is interrupted by its attribution.
    const lead = /^\s*([^,“”"]{2,80}),\s*$/u.exec(text.slice(sentence.start, subject.start));
    if (lead && /^,\s*\S/u.test(text.slice(hit.end, limit)) && countWords(subject.text) <= 3) {
      const a = trimSpan(text, sentence.start, subject.start);
      const b = trimSpan(text, hit.end + 1, limit);
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
          cue: { text: hit.text, start: hit.start, end: hit.end },
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
    const found =
      frameContent(text, hit, limit, quotes) ?? clauseBefore(text, sentence, subject, hit);
    if (!found) continue;
    const { content } = found;
    covered = content.end;
    const inner = quotes.filter(
      (q) => q.outer.start >= content.start - 1 && q.outer.end <= content.end + 1,
    );
    const mixed = inner.length > 0 || found.frame === 'as';
    out.push({
      quote: content,
      type: mixed ? 'mixed' : 'indirect',
      speaker: subject,
      cue: { text: hit.text, start: hit.start, end: hit.end },
      cueEntry: hit.entry,
      frame: found.frame,
      object: found.object,
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
    cue: { text: hit.text, start: hit.start, end: hit.end },
    cueEntry: hit.entry,
    frame: 'according',
    object: null,
    negated: false,
    reason: 'according-to',
    prior: 0.8,
  };
}

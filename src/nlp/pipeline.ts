import type {
  EntityKind,
  Extraction,
  LocalEntity,
  LocalEntityRef,
  Quotation,
  Range,
  Span,
} from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { findCues } from './cues.js';
import {
  attributeAfter,
  attributeBefore,
  colonSource,
  directCandidate,
  looksDirect,
} from './direct.js';
import { analyzeInWindows } from './entity-windows.js';
import { findIndirect } from './indirect.js';
import { findLabelledTurns } from './qa-labels.js';
import { mapPacked } from './packed.js';
import { findQuotedSpans, type QuotedSpan } from './quotes.js';
import { decideRelation } from './relation.js';
import { decideTarget } from './target.js';
import { paragraphs } from './text/paragraphs.js';
import { firstIndexAtOrAfter } from './text/search.js';
import { sentences } from './text/sentences.js';
import { moreWordsThan } from './text/words.js';

const ADVERSARIAL = new Set(['CRITICIZES', 'ACCUSES', 'DENIES', 'REJECTS']);
/** Marks that end a paragraph as a sentence, not a headline: . ! ? " ” ’ ' */
const FINAL_MARKS = new Set([...'.!?"”’\''].map((c) => c.charCodeAt(0)));

/** Stage 1–3: quotation spans and their attributions as written (no entities yet). Linear in the text. */
export function findCandidates(text: string): Candidate[] {
  const quotes = findQuotedSpans(text);
  const paras = paragraphs(text);
  const labelledTurns = findLabelledTurns(text, paras);
  const labelled = new Set(labelledTurns.map((c) => c.speaker!.start));
  const candidates: Candidate[] = [...labelledTurns];
  const contents: Range[] = mapPacked(quotes, (q) => ({ start: q.start, end: q.end }));
  const absorbed = new Set<QuotedSpan>();
  /** Candidates found per paragraph (a quotation can only lie inside one of its own paragraph's). */
  const byPara: Candidate[][] = mapPacked(paras, () => []);
  const direct: { q: QuotedSpan; sentence: Range; pi: number }[] = [];
  let k0 = 0;
  paras.forEach((para, pi) => {
    while (k0 < quotes.length && quotes[k0]!.outer.end <= para.start) k0++;
    const inPara: QuotedSpan[] = [];
    for (let k = k0; k < quotes.length && quotes[k]!.outer.start < para.end; k++)
      inPara.push(quotes[k]!);
    // A headline (short line without final punctuation) reports nothing by itself.
    // Paragraphs are trimmed, so their words are what splitting at white space gives.
    if (
      !FINAL_MARKS.has(text.charCodeAt(para.end - 1)) &&
      !moreWordsThan(text.slice(para.start, para.end), 24) &&
      !labelled.has(para.start)
    )
      return;
    let next = 0;
    let first = 0;
    for (const sentence of sentences(
      text,
      para,
      mapPacked(inPara, (q) => q.outer),
    )) {
      while (first < inPara.length && inPara[first]!.outer.end <= sentence.start) first++;
      const near: QuotedSpan[] = [];
      for (let k = first; k < inPara.length && inPara[k]!.outer.start < sentence.end; k++)
        near.push(inPara[k]!);
      const cues = findCues(text, sentence, contents);
      for (const c of findIndirect(text, sentence, cues, near)) {
        // Inside a Q&A turn only third-party reports count, not the speaker's indirect questions.
        if (labelled.has(para.start) && c.frame === 'wh') continue;
        for (const q of near)
          if (q.outer.start >= c.quote.start - 1 && q.outer.end <= c.quote.end + 1) absorbed.add(q);
        byPara[pi]!.push(c);
      }
      for (; next < inPara.length && inPara[next]!.outer.start < sentence.end; next++)
        if (inPara[next]!.outer.start >= sentence.start)
          direct.push({ q: inPara[next]!, sentence, pi });
    }
  });
  // Whether a quotation lies inside a reported clause found earlier (binary search, linear overall).
  const found = byPara.flat().sort((a, b) => a.quote.start - b.quote.start);
  const maxEnd: number[] = [];
  found.forEach((c, i) => maxEnd.push(Math.max(c.quote.end, maxEnd[i - 1] ?? 0)));
  const insideFound = (q: Range): boolean => {
    const i = firstIndexAtOrAfter(found, q.start + 1, (c) => c.quote.start) - 1;
    return i >= 0 && maxEnd[i]! >= q.end;
  };
  // Direct quotations, in text order, so continuations can look back.
  const lastInPara: (Candidate | undefined)[] = mapPacked(byPara, (list) => list.at(-1));
  let lastAttributed: Candidate | undefined;
  for (let i = 0; i < direct.length; i++) {
    const { q, sentence, pi } = direct[i]!;
    const para = paras[pi]!;
    const prev = pi > 0 ? paras[pi - 1]! : null;
    if (labelled.has(para.start) || absorbed.has(q) || insideFound(q)) continue;
    const nextInSentence = direct[i + 1]?.q.outer.start;
    // A quote that closes its sentence ("…?” Villanueva asked.") may be attributed in the next one.
    const stop =
      q.outer.end >= sentence.end - 1 ? Math.min(para.end, sentence.end + 160) : sentence.end;
    const until = nextInSentence !== undefined && nextInSentence < stop ? nextInSentence : stop;
    const ctx = { text, sentence, paragraph: para, previousParagraph: prev, quoted: contents };
    if (!looksDirect(text, q, sentence)) {
      // A quoted fragment inside the reporter's sentence, attributed right after: a mixed quotation.
      const mixed = attributeAfter(ctx, q, until);
      if (mixed) byPara[pi]!.push({ ...mixed, type: 'mixed', prior: mixed.prior - 0.1 });
      continue;
    }
    const before = direct[i - 1]?.q.outer.end ?? 0;
    const from = before > sentence.start && before <= q.outer.start ? before : sentence.start;
    let c = attributeAfter(ctx, q, until) ?? attributeBefore(ctx, q, from);
    const last = lastAttributed;
    if (!c && last && last.quote.start >= para.start) {
      c = {
        ...directCandidate(q, 'continuation', last.prior - 0.04),
        speaker: last.speaker,
        cue: last.cue,
        cueEntry: last.cueEntry,
        negated: last.negated,
      };
    }
    if (!c && prev && q.outer.start === para.start) {
      const intro = text.slice(prev.start, prev.end).trimEnd();
      const prior = lastInPara[pi - 1];
      if (intro.endsWith(':')) {
        const speaker = colonSource(text, prev.start, prev.start + intro.length - 1);
        if (speaker) c = { ...directCandidate(q, 'colon-intro', 0.78), speaker };
      } else if (prior) {
        c = { ...directCandidate(q, 'continuation-paragraph', 0.6), carriedFrom: prior };
      }
    }
    if (c) {
      byPara[pi]!.push(c);
      lastInPara[pi] = c;
      lastAttributed = c;
    }
  }
  const all = [...candidates, ...byPara.flat()].sort(
    (a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end,
  );
  // Keep the outer quotation when one lies inside another (nested reports are optional in news gold).
  const kept: Candidate[] = [];
  let outer: Candidate | null = null;
  for (const c of all) {
    if (outer && c.quote.end <= outer.quote.end && outer.frame !== 'label') continue;
    kept.push(c);
    if (c.frame !== 'label') outer = c;
  }
  return kept;
}

const groupName = (s: string): string =>
  s
    .replace(/^(?:the|a|an)\s+/iu, '')
    .replace(/\s+(?:who|which|familiar|representing|from|on|in)\b.*$/u, '')
    .trim();

/** Text in, extraction out: the composition of the NLP stages. Pure; never throws on any string. */
export function extract(text: string): Extraction {
  const candidates = findCandidates(text);
  const ents = analyzeInWindows(text);
  const used = new Map<string, LocalEntity>();
  const groups = new Map<string, LocalEntity>();
  const group = (name: string, kind: EntityKind, mention: Span | null): LocalEntity => {
    const key = `G:${name.toLowerCase()}`;
    let e = groups.get(key);
    if (!e) groups.set(key, (e = { key, name, kind, mentions: [] }));
    if (mention) e.mentions.push(mention);
    return e;
  };
  const resolved = new Map<Candidate, LocalEntity | null>();
  const lastTarget = new Map<string, LocalEntity>();
  let focus: LocalEntity | null = null;
  let lastLabel: Candidate | null = null;
  const quotations: Quotation[] = [];
  for (const c of candidates) {
    const from = c.carriedFrom;
    let speaker: LocalEntity | null = null;
    let speakerFactor = 1;
    if (from) speaker = resolved.get(from) ?? null;
    else if (c.speaker) {
      speaker = ents.resolve(c.speaker);
      if (!speaker && !/^(?:he|she|it|they|we|i|you|her|his|its|their)$/iu.test(c.speaker.text)) {
        const name = groupName(c.speaker.text);
        speaker = name ? group(name, /s$/u.test(name) ? 'GROUP' : 'PERSON', c.speaker) : null;
        speakerFactor = 0.9;
      }
    }
    if (!speaker) speakerFactor = 0.4;
    resolved.set(c, speaker);
    const rel = decideRelation(c);
    const previousTarget = speaker ? (lastTarget.get(speaker.key) ?? null) : null;
    const tgt = decideTarget(c, rel.relation, {
      text,
      entities: ents,
      speaker,
      previousTarget,
      focus,
      question:
        c.frame === 'label' && lastLabel && lastLabel.speaker?.text !== c.speaker?.text
          ? lastLabel.quote
          : null,
    });
    if (c.frame === 'label') lastLabel = c;
    const targetEntity = tgt.entity ?? (tgt.group ? group(tgt.group, 'GROUP', tgt.mention) : null);
    if (speaker && targetEntity) lastTarget.set(speaker.key, targetEntity);
    if (targetEntity && tgt.entity && ADVERSARIAL.has(rel.relation)) focus = targetEntity;
    const relFactor =
      rel.source.startsWith('cue') || rel.source.startsWith('frame')
        ? 1
        : rel.source === 'default'
          ? 0.95
          : 0.85;
    const tgtFactor = { object: 1, possessor: 0.97, content: 0.9, discourse: 0.85, none: 0.97 }[
      tgt.source
    ];
    for (const e of [speaker, targetEntity]) if (e) used.set(e.key, e);
    const ref = (e: LocalEntity | null, mention: Span | null): LocalEntityRef | null =>
      e ? { entityKey: e.key, mention } : null;
    quotations.push({
      quote: c.quote,
      type: c.type,
      speaker: ref(speaker, from ? null : c.speaker),
      cue: c.cue,
      relation: rel.relation,
      target: ref(targetEntity, tgt.mention),
      confidence:
        Math.round(
          Math.min(0.99, Math.max(0.05, c.prior * speakerFactor * relFactor * tgtFactor)) * 1000,
        ) / 1000,
      reason: `${c.reason}/${rel.source}/target:${tgt.source}`,
    });
  }
  return { quotations, entities: [...used.values()] };
}

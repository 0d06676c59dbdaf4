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
import { analyzeEntities } from './entity-port.js';
import { findIndirect } from './indirect.js';
import { findLabelledTurns } from './qa-labels.js';
import { findQuotedSpans, type QuotedSpan } from './quotes.js';
import { decideRelation } from './relation.js';
import { decideTarget } from './target.js';
import { paragraphs } from './text/paragraphs.js';
import { firstIndexAtOrAfter } from './text/search.js';
import { sentences } from './text/sentences.js';

const within = (inner: Range, outer: Range): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

/** Stage 1–3: quotation spans and their attributions as written (no entities yet). */
export function findCandidates(text: string): Candidate[] {
  const quotes = findQuotedSpans(text);
  const paras = paragraphs(text);
  const candidates: Candidate[] = findLabelledTurns(text, paras);
  const labelled = candidates.map((c) => c.quote as Range);
  const contents: Range[] = quotes.map((q) => ({ start: q.start, end: q.end }));
  const absorbed = new Set<QuotedSpan>();
  const direct: { q: QuotedSpan; sentence: Range; para: Range; prev: Range | null }[] = [];
  let qi = 0;
  paras.forEach((para, pi) => {
    const inPara: QuotedSpan[] = [];
    for (
      let k = firstIndexAtOrAfter(quotes, para.start, (q) => q.outer.end);
      k < quotes.length && quotes[k]!.outer.start < para.end;
      k++
    )
      inPara.push(quotes[k]!);
    const outers = quotes
      .slice(firstIndexAtOrAfter(quotes, para.start - 1, (q) => q.outer.end))
      .filter((q) => q.outer.start < para.end)
      .map((q) => q.outer);
    for (const sentence of sentences(text, para, outers)) {
      if (
        labelled.some(
          (l) => within(sentence, l) || (sentence.start <= l.start && l.end <= sentence.end),
        )
      )
        continue;
      const cues = findCues(text, sentence, contents);
      const found = findIndirect(text, sentence, cues, inPara);
      for (const c of found) {
        for (const q of inPara)
          if (q.outer.start >= c.quote.start - 1 && q.outer.end <= c.quote.end + 1) absorbed.add(q);
        candidates.push(c);
      }
      for (const q of inPara) {
        if (
          q.outer.start >= sentence.start &&
          q.outer.start < sentence.end &&
          !direct.some((d) => d.q === q)
        )
          direct.push({ q, sentence, para, prev: pi > 0 ? paras[pi - 1]! : null });
      }
    }
    qi += inPara.length;
  });
  void qi;
  // Direct quotations, in text order, so continuations can look back.
  const attributed: Candidate[] = [];
  for (let i = 0; i < direct.length; i++) {
    const { q, sentence, para, prev } = direct[i]!;
    if (absorbed.has(q) || candidates.some((c) => within(q, c.quote))) continue;
    if (!looksDirect(text, q, sentence)) continue;
    const nextInSentence = direct[i + 1]?.q.outer.start;
    const until =
      nextInSentence !== undefined && nextInSentence < sentence.end ? nextInSentence : sentence.end;
    const ctx = { text, sentence, paragraph: para, previousParagraph: prev, quoted: contents };
    const prevQuoteEnd =
      direct[i - 1] && direct[i - 1]!.q.outer.end > sentence.start
        ? direct[i - 1]!.q.outer.end
        : sentence.start;
    let c = attributeAfter(ctx, q, until) ?? attributeBefore(ctx, q, prevQuoteEnd);
    const last = attributed.at(-1);
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
      const prior = [...candidates, ...attributed]
        .filter((x) => x.quote.end <= para.start)
        .sort((a, b) => a.quote.end - b.quote.end)
        .at(-1);
      if (intro.endsWith(':')) {
        const speaker = colonSource(text, prev.start, prev.start + intro.length - 1);
        if (speaker) c = { ...directCandidate(q, 'colon-intro', 0.78), speaker };
      } else if (prior && prior.quote.end >= prev.start) {
        c = { ...directCandidate(q, 'continuation-paragraph', 0.6), speaker: null, inherits: -1 };
        (c as Candidate & { from?: Candidate }).from = prior;
      }
    }
    if (c) attributed.push(c);
  }
  const all = [...candidates, ...attributed].sort(
    (a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end,
  );
  // Keep the outer quotation when one lies inside another (nested reports are optional in news gold).
  const kept: Candidate[] = [];
  for (const c of all) if (!kept.some((k) => within(c.quote, k.quote))) kept.push(c);
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
  const ents = analyzeEntities(text);
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
  const quotations: Quotation[] = [];
  for (const c of candidates) {
    const from = (c as Candidate & { from?: Candidate }).from;
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
    const tgt = decideTarget(c, rel.relation, { text, entities: ents, speaker, previousTarget });
    const targetEntity = tgt.entity ?? (tgt.group ? group(tgt.group, 'GROUP', tgt.mention) : null);
    if (speaker && targetEntity) lastTarget.set(speaker.key, targetEntity);
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

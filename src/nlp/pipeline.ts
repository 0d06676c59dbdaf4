import type {
  EntityKind,
  Extraction,
  LocalEntity,
  LocalEntityRef,
  Quotation,
  Range,
  Relation,
  Span,
} from '../domain/model.js';
import type { Candidate } from './candidate.js';
import { findCues, type CueHit } from './cues.js';
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
import { findAffiliations } from './affiliation.js';
import { confidence, confidenceFeatures } from './confidence.js';
import { attacksIn, type Attack } from './attacks.js';
import { findCourtRoles, isProsecution } from './court.js';
import { addressesInterlocutor, interlocutor, vocative, type Turn } from './dialogue.js';
import type { DocumentEntities } from './entity-port.js';
import { decideRelation, type RelationDecision } from './relation.js';
import { impliedTarget, preferOpponent } from './implied-target.js';
import { Sides } from './stance.js';
import { decideTarget, objectTarget, type TargetDecision } from './target.js';
import { paragraphs } from './text/paragraphs.js';
import { firstIndexAtOrAfter } from './text/search.js';
import { sentences } from './text/sentences.js';
import { moreWordsThan } from './text/words.js';
import { accusedSubject } from './wrongdoing.js';

/** A pronoun with a continuing cue ("he added") refers to the previous quotation's speaker. */
const continuesSpeaker = (c: Candidate): boolean =>
  c.cueEntry?.match === 'add' && /^(?:he|she|it|they)$/iu.test(c.speaker?.text ?? '');
/** Marks that end a paragraph as a sentence, not a headline: . ! ? " ” ’ ' */
const FINAL_MARKS = new Set([...'.!?"”’\''].map((c) => c.charCodeAt(0)));

/**
 * Stage 1–3: quotation spans and their attributions as written (no entities yet). Linear in the
 * text. `onCues` sees every sentence's cues, so later stages reuse them instead of scanning again.
 */
export function findCandidates(
  text: string,
  onCues?: (sentence: Range, cues: CueHit[]) => void,
): Candidate[] {
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
      onCues?.(sentence, cues);
      for (const c of findIndirect(text, sentence, cues, near)) {
        // Inside a Q&A turn only third-party reports count, not the speaker's indirect questions
        // or own words ("I say that as someone who …").
        if (
          labelled.has(para.start) &&
          (c.frame === 'wh' || !c.speaker || /^(?:I|we)$/iu.test(c.speaker.text))
        )
          continue;
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
    // "…,” he added": the same speaker goes on, even if someone else was named in between.
    if (c && last && continuesSpeaker(c) && last.quote.start >= (prev ?? para).start)
      c = { ...c, carriedFrom: last };
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

/** One statement between the two target passes: what its own sentence says. */
interface Draft {
  candidate: Candidate;
  speaker: LocalEntity | null;
  relation: RelationDecision;
  target: TargetDecision;
  /** In a labelled exchange, the question this turn answers. */
  question: Range | null;
}

/** Turns of an exchange: label and colon turns ("Kovac: …") and questions speak to someone. */
const EXCHANGE_FRAMES = new Set(['label', 'colon']);

/** Whom a turn of an exchange is aimed at: its vocative, else the other party for questions and rebuttals. */
function addressee(
  d: Draft,
  turns: readonly Turn[],
  i: number,
  ents: DocumentEntities,
): TargetDecision | null {
  const v = vocative(d.candidate, d.speaker, ents);
  if (v) return { entity: v.entity, group: null, mention: v.mention, source: 'addressee' };
  // An interview's answers speak to the reader, not to the journalist who asked.
  if (d.candidate.reason === 'qa-answer') return null;
  const inExchange = EXCHANGE_FRAMES.has(d.candidate.frame) || d.relation.relation === 'ASKS';
  if (!inExchange || !addressesInterlocutor(turns, i, d.relation.relation)) return null;
  const other = interlocutor(turns, i);
  return other ? { entity: other, group: null, mention: null, source: 'addressee' } : null;
}

/**
 * "Q: The hotel association says you are killing the goose. Are you?": an answer replies to whoever
 * the question quotes, more precisely than to the article's sides.
 */
function reportedInQuestion(d: Draft, drafts: readonly Draft[], sides: Sides): LocalEntity | null {
  const q = d.question;
  if (!q || !d.speaker) return null;
  for (
    let i = firstIndexAtOrAfter(drafts, q.start, (o) => o.candidate.quote.start);
    i < drafts.length;
    i++
  ) {
    const o = drafts[i]!;
    const r = o.candidate.quote;
    if (r.start >= q.end) break;
    if (
      o.candidate.frame !== 'label' &&
      o.speaker &&
      r.end <= q.end &&
      !sides.sameSide(o.speaker, d.speaker)
    )
      return o.speaker;
  }
  return null;
}

const GENDER_OF_PRONOUN: Readonly<Record<string, string>> = { he: 'male', she: 'female' };
/** How close a previous report must be for its speaker to be the one "he" or "she" continues. */
const REPORT_REACH = 600;

/**
 * "Delacroix has argued that Osei … forged documents. … he told jurors": a pronoun source whose
 * nearest antecedent is named only inside the previous report is that report's speaker (the
 * person reported on is rarely the next one reporting), when the previous speaker fits the pronoun.
 */
function onlyInReport(
  ents: DocumentEntities,
  pronoun: Span,
  resolved: LocalEntity,
  prev: Draft,
): boolean {
  const gender = GENDER_OF_PRONOUN[pronoun.text.toLowerCase()];
  const report = prev.candidate.quote;
  if (!gender || prev.speaker === resolved || prev.speaker!.kind !== 'PERSON') return false;
  if (report.end > pronoun.start || pronoun.start - report.end > REPORT_REACH) return false;
  const g = ents.gender(prev.speaker!.key);
  if (g !== 'unknown' && g !== gender) return false;
  const ms = ents.mentions;
  // Back from the pronoun to the report's start only: an earlier mention means "no".
  for (let i = firstIndexAtOrAfter(ms, pronoun.start, (m) => m.start) - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.start < report.start) return false;
    if (m.entityKey !== resolved.key || m.form === 'pronoun') continue;
    return m.end <= report.end;
  }
  return false;
}

/** A narrated attack ("Prague rejected Vienna's criticism") counts for less than a quoted one. */
const NARRATIVE = 0.6;
/** Plain reporting acts a reported misdeed turns into an accusation. */
const PLAIN_ACTS = new Set<Relation>(['STATES', 'CLAIMS']);

/** Text in, extraction out: the composition of the NLP stages. Pure; never throws on any string. */
export function extract(text: string): Extraction {
  const attacks: Attack[] = [];
  const candidates = findCandidates(text, (sentence, cues) =>
    attacks.push(...attacksIn(text, sentence, cues)),
  );
  const ents = analyzeInWindows(text);
  const court = findCourtRoles(text, ents);
  const affiliations = new Map([...findAffiliations(text, ents), ...court.defenders]);
  const party = (e: LocalEntity): LocalEntity => affiliations.get(e.key) ?? e;
  const groups = new Map<string, LocalEntity>();
  const group = (name: string, kind: EntityKind, mention: Span | null): LocalEntity => {
    const key = `G:${name.toLowerCase()}`;
    let e = groups.get(key);
    if (!e) groups.set(key, (e = { key, name, kind, mentions: [] }));
    if (mention) e.mentions.push(mention);
    return e;
  };
  // Pass 1: speaker, relation and the target the sentence states.
  const resolved = new Map<Candidate, LocalEntity | null>();
  const lastTarget = new Map<string, LocalEntity>();
  let lastLabel: Candidate | null = null;
  const drafts: Draft[] = [];
  for (const c of candidates) {
    const from = c.carriedFrom;
    let speaker: LocalEntity | null = null;
    if (from) speaker = resolved.get(from) ?? null;
    else if (c.speaker) {
      const source = c.resolveAs ?? c.speaker;
      speaker = ents.resolve(source);
      if (!speaker && !/^(?:he|she|it|they|we|i|you|her|his|its|their)$/iu.test(source.text)) {
        const name = groupName(source.text);
        speaker = name ? group(name, /s$/u.test(name) ? 'GROUP' : 'PERSON', source) : null;
      }
    }
    const prev = drafts.at(-1);
    if (speaker && c.speaker && prev?.speaker && onlyInReport(ents, c.speaker, speaker, prev))
      speaker = prev.speaker;
    resolved.set(c, speaker);
    let relation = decideRelation(c);
    const own = speaker ? party(speaker) : null;
    const ownSide = (e: LocalEntity): boolean =>
      e === speaker || (own !== null && party(e).key === own.key);
    const accused = PLAIN_ACTS.has(relation.relation)
      ? accusedSubject(text, c, ents, (e) => !ownSide(e))
      : null;
    if (accused) relation = { relation: 'ACCUSES', source: 'content:wrongdoing' };
    const question =
      c.frame === 'label' && lastLabel && lastLabel.speaker?.text !== c.speaker?.text
        ? lastLabel.quote
        : null;
    const target: TargetDecision = accused
      ? { entity: accused.entity, group: null, mention: accused.mention, source: 'content' }
      : decideTarget(c, relation.relation, {
          text,
          entities: ents,
          speaker,
          previousTarget: speaker ? (lastTarget.get(speaker.key) ?? null) : null,
          ownSide,
          question,
        });
    if (c.frame === 'label') lastLabel = c;
    if (speaker && target.entity) lastTarget.set(speaker.key, target.entity);
    drafts.push({ candidate: c, speaker, relation, target, question });
  }
  // Pass 2: targets the text leaves implicit, from the sides the stated ones reveal.
  const sides = new Sides(text, affiliations, ents);
  if (court.defendant) {
    const accusers = new Map(court.prosecutors.map((p) => [p.key, p]));
    for (const d of drafts)
      if (d.speaker && isProsecution(d.speaker.name)) accusers.set(d.speaker.key, d.speaker);
    for (const p of accusers.values())
      sides.state({ speaker: p, relation: 'ACCUSES', target: court.defendant, at: 0 });
  }
  const cueStarts = new Set(candidates.flatMap((c) => (c.cue ? [c.cue.start] : [])));
  for (const a of attacks) {
    if (cueStarts.has(a.cueStart)) continue;
    const attacker = ents.resolve(a.subject);
    const attacked = attacker ? objectTarget(text, a.object, ents, attacker) : null;
    if (attacker && attacked)
      sides.state(
        { speaker: attacker, relation: a.relation, target: attacked, at: a.cueStart },
        NARRATIVE,
      );
  }
  for (const d of drafts) {
    if (d.target.source === 'institution' && d.speaker) {
      const org = sides.mainAccused(d.speaker, 'ORGANIZATION');
      d.target = org ? { ...d.target, entity: org } : { ...d.target, source: 'none' };
    }
    if (d.speaker && d.target.entity)
      sides.state({
        speaker: d.speaker,
        relation: d.relation.relation,
        target: d.target.entity,
        at: d.candidate.quote.start,
      });
  }
  const turns: Turn[] = drafts.map((d) => ({
    candidate: d.candidate,
    speaker: d.speaker,
    target: d.target.entity,
  }));
  drafts.forEach((d, i) => {
    if (!d.speaker) return;
    if (d.target.source === 'content')
      d.target = preferOpponent(text, d.candidate, d.target, d.speaker, sides, ents);
    else if (d.target.source === 'none') {
      const addressed = addressee(d, turns, i, ents);
      if (addressed) d.target = addressed;
      else {
        const implied = impliedTarget(text, d.candidate, d.relation, d.speaker, sides, ents);
        d.target = implied.target;
        if (implied.relation) d.relation = implied.relation;
        const asked = d.target.source !== 'opponent' ? reportedInQuestion(d, drafts, sides) : null;
        if (asked) d.target = { entity: asked, group: null, mention: null, source: 'question' };
      }
    }
    turns[i]!.target = d.target.entity;
  });
  const used = new Map<string, LocalEntity>();
  const quotations: Quotation[] = drafts.map((d) => {
    const { candidate: c, speaker, relation: rel, target: tgt } = d;
    const targetEntity = tgt.entity ?? (tgt.group ? group(tgt.group, 'GROUP', tgt.mention) : null);
    for (const e of [speaker, targetEntity]) if (e) used.set(e.key, e);
    const ref = (e: LocalEntity | null, mention: Span | null): LocalEntityRef | null =>
      e ? { entityKey: e.key, mention } : null;
    const statement = {
      quote: c.quote,
      type: c.type,
      speaker: ref(speaker, c.carriedFrom ? null : c.speaker),
      cue: c.cue,
      relation: rel.relation,
      target: ref(targetEntity, tgt.mention),
      reason: `${c.reason}/${rel.source}/target:${tgt.source}`,
    };
    return { ...statement, confidence: confidence(confidenceFeatures(statement)) };
  });
  return { quotations, entities: [...used.values()] };
}

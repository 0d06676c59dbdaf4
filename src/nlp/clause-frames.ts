import type { Range, Span } from '../domain/model.js';
import type { Candidate } from './candidate.js';
import type { CueHit } from './cues.js';
import type { QuotedSpan } from './quotes.js';
import { addresseeClause, reportsBareClause } from './bare-clause.js';
import { bareFragment, namesSpeech } from './fragment-frames.js';
import { AUXILIARIES } from './rules/clause-words.js';

/**
 * The frames a reporting cue hangs its content on: "said (that) …", "accused X of …", "urged X to
 * …", "asked whether …", "called X “…”", an object reported as content, and a report that ends in
 * its attribution ("…, she said.").
 */

/** The reporter's own clause after a comma ends the reported content (", as delegates left"). */
const REPORTER_TAIL =
  /,[”"’']?\s+(?:as|while|when|after|before|since|because|although|though|despite|drawing|prompting|pointing|adding|citing)\b/u;

const OBJ = String.raw`((?:[^\s,;:“”"‘]+\s+){0,7}?[^\s,;:“”"‘]+)`;
const TO = String.raw`(?:not\s+)?to\s+[“"‘']?(?!(?:the|a|an|his|her|its|their|this|that|our)\b)\p{L}`;
/** "called the plan “a betrayal”" (naming verbs may drop "as"); "rejected the report as “absurd”". */
const NAMING_FRAME = new RegExp(
  String.raw`^\s+${OBJ}\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?=[“"‘'])`,
  'u',
);
/** Frames keyed by a preposition after the object; a passive cue has no object left ("was accused of"). */
const withObject = (keyword: string): RegExp =>
  new RegExp(String.raw`^\s+${OBJ}\s+${keyword}\s+`, 'u');
const withoutObject = (keyword: string): RegExp => new RegExp(String.raw`^\s+()${keyword}\s+`, 'u');
const KEYWORD_FRAMES = (make: (k: string) => RegExp) => ({
  as: make('as'),
  for: make('for'),
  of: make('of'),
});
const ACTIVE = KEYWORD_FRAMES(withObject);
const PASSIVE = KEYWORD_FRAMES(withoutObject);
const AGAINST_FRAME = new RegExp(String.raw`^\s+(?:${OBJ}\s+)?against\s+`, 'u');
/** An object that is only a determiner or a pronoun names nothing to evaluate ("call the “fund”"). */
const EMPTY_OBJECT = /^(?:the|a|an|this|that)$/iu;
const TO_FRAME = new RegExp(String.raw`^\s+(?=${TO})`, 'u');
const OBJ_TO_FRAME = new RegExp(String.raw`^\s+(?!(?:not|to)\b)${OBJ}\s+(?=${TO})`, 'u');
const WH_FRAME = new RegExp(
  String.raw`^\s+(?:${OBJ}\s+)??(?=(?:whether|why|if|how|what|when|who)\s)`,
  'u',
);
const AUXILIARY = new RegExp(String.raw`(?:^|\s)(?:${AUXILIARIES.join('|')})(?=\s|$)`, 'iu');
const LATER_THAT = new RegExp(
  String.raw`^\s+([^,;:“”"‘]{1,80}?)\s+that\s+(?!(?:${AUXILIARIES.join('|')})\b)`,
  'iu',
);
const NO_CLAUSE_WORD =
  /^(?:in|on|at|to|for|from|with|by|through|via|during|after|before|outside|inside|over|under|when|while|as|because|if|since|until|about|against|into|of|and|but|or|so|then|—|–)\b|^[“"‘:,.;!?)]/iu;
// Case-sensitive: "quickly …" opens no clause, "Italy would …" does.
const ADVERB_START = /^\p{Ll}+ly\b/u;
const NO_CLAUSE_START = {
  test: (s: string): boolean => NO_CLAUSE_WORD.test(s) || ADVERB_START.test(s),
};
const ANAPHORIC = /^(?:the|that|this|these|those|its|his|her|their|our)\s+\S+(?:\s+\S+)?$/iu;
const ADVERBS =
  /^\s+(?:only|also|again|repeatedly|simply|privately|publicly|later|then|flatly)\b/iu;

export const trimSpan = (text: string, start: number, end: number): Span => {
  while (start < end && /[\s,;:—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–]/u.test(text[end - 1]!)) end--;
  if (end > start && text[end - 1] === '.' && !/[.][”"’']$/u.test(text.slice(start, end))) end--;
  return { text: text.slice(start, end), start, end };
};

export const countWords = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

/**
 * "Lumora, he said, “had every warning …”", "Doing so, she said, would …": the reported clause
 * starts before its attribution, so the statement runs from there.
 */
export function frontedSubject(text: string, from: number, source: Span): Span | null {
  const lead = /^\s*([^,“”"]{2,80}),\s*$/u.exec(text.slice(from, source.start));
  if (!lead || countWords(source.text) > 3) return null;
  return trimSpan(text, from, source.start);
}

export interface Found {
  content: Span;
  frame: Candidate['frame'];
  object: Span | null;
}

export function frameContent(
  text: string,
  hit: CueHit,
  limit: number,
  quotes: readonly QuotedSpan[],
  /** True for a passive cue, whose object moved to its subject ("X was accused by Y of …"). */
  passive = false,
): Found | null {
  const frames = passive ? PASSIVE : ACTIVE;
  const from = hit.end;
  let rest = text.slice(from, limit);
  const adv = ADVERBS.exec(rest);
  const skip = adv ? adv[0].length : 0;
  rest = rest.slice(skip);
  const at = (m: RegExpExecArray, group: number): number =>
    from + skip + m.index + m[0].indexOf(m[group]!);
  const after = (m: RegExpExecArray): number => from + skip + m.index + m[0].length;
  const take = (
    start: number,
    frame: Candidate['frame'],
    object: Span | null,
    minWords = 2,
  ): Found | null => {
    const tail = REPORTER_TAIL.exec(text.slice(start, limit));
    const content = trimSpan(text, start, tail ? start + tail.index : limit);
    return countWords(content.text) >= minWords ? { content, frame, object } : null;
  };
  const objSpan = (m: RegExpExecArray, g: number): Span | null =>
    m[g] ? { text: m[g]!, start: at(m, g), end: at(m, g) + m[g]!.length } : null;
  const takes = hit.entry.takes;
  const lemma = hit.entry.match;

  const fragmentAfter = (m: RegExpExecArray): Span | null =>
    bareFragment(text, after(m), limit, quotes);
  for (const kind of ['naming', 'as'] as const) {
    if (!takes.includes(kind)) continue;
    const m = (kind === 'naming' ? NAMING_FRAME : frames.as).exec(rest);
    const content = m && !EMPTY_OBJECT.test(m[1]!) ? fragmentAfter(m) : null;
    if (content) return { content, frame: 'as', object: objSpan(m!, 1) };
  }
  // "promised a “proportionate response”", "demanded an “immediate” apology": a quoted object
  // after an article is what was said; naming verbs need an object first ("calls “Buzz”").
  if (!takes.includes('naming') && /^\s+(?:a|an|the|its|his|her|their|our)\s+[“"‘']/iu.test(rest)) {
    const fragment = bareFragment(text, from + skip, limit, quotes);
    if (fragment) return { content: fragment, frame: 'object', object: null };
  }
  if (takes.includes('against')) {
    const m = AGAINST_FRAME.exec(rest);
    if (m) {
      const fragment = fragmentAfter(m);
      if (fragment) return { content: fragment, frame: 'against', object: objSpan(m, 1) };
      // One word is enough here: "warned against complacency".
      const found = take(after(m), 'against', objSpan(m, 1), 1);
      if (found) return found;
    }
  }
  if (takes.includes('for')) {
    // Praise or blame "for" something reports speech when quoted words show it was said.
    const m = frames.for.exec(rest);
    if (m && /[“"‘]/u.test(text.slice(after(m), limit))) {
      const fragment = fragmentAfter(m);
      if (fragment) return { content: fragment, frame: 'for', object: objSpan(m, 1) };
      const found = take(after(m), 'for', objSpan(m, 1));
      if (found) return found;
    }
  }
  if (!takes.some((t) => t !== 'naming' && t !== 'as')) return null;
  if (takes.includes('of')) {
    const m = frames.of.exec(rest);
    if (!m) return null;
    const fragment = fragmentAfter(m);
    return fragment
      ? { content: fragment, frame: 'of', object: objSpan(m, 1) }
      : take(after(m), 'of', objSpan(m, 1));
  }
  const quotedTo = takes.includes('to-if-quoted');
  if (takes.includes('to') || quotedTo) {
    const m = TO_FRAME.exec(rest) ?? OBJ_TO_FRAME.exec(rest);
    const said = !quotedTo || (m !== null && /[“"‘]/u.test(text.slice(after(m), limit)));
    if (m && said && (m[1] || !['tell', 'call on', 'appeal', 'press'].includes(lemma))) {
      const notTo = /^(?:not\s+)?to\s+/u.exec(text.slice(after(m), limit))!;
      const start = after(m) + (notTo[0].startsWith('not') ? 0 : notTo[0].length);
      const fragment = notTo[0].startsWith('not') ? null : bareFragment(text, start, limit, quotes);
      if (fragment) return { content: fragment, frame: 'to', object: objSpan(m, 1) };
      return take(start, 'to', objSpan(m, 1));
    }
  }
  if (takes.includes('clause')) {
    const that = /^\s+that\s+/iu.exec(rest);
    if (that) return take(after(that), 'that', null);
    const wh = WH_FRAME.exec(rest);
    // An object holding a finite verb is a clause of its own ("warned the board would quit if …").
    const whObjectOk = !wh?.[1] || !AUXILIARY.test(wh[1]);
    if (wh && whObjectOk && lemma !== 'say') return take(after(wh), 'wh', objSpan(wh, 1));
    // "that" followed by a verb is a relative pronoun ("announced a strike that will close …").
    const later = LATER_THAT.exec(rest);
    // What stands between the cue and "that" is an addressee or an adverbial ("told reporters
    // that"), never a clause: in "says you are killing the goose that lays …" the "that" is relative.
    if (later && countWords(later[1]!) <= 12 && !AUXILIARY.test(later[1]!)) {
      const object = ['warn', 'assure', 'remind', 'caution'].includes(lemma)
        ? objSpan(later, 1)
        : null;
      return take(after(later), 'that', object);
    }
  }
  const first = rest.trimStart();
  if (reportsBareClause(hit.entry, first) && countWords(first) >= 3)
    if (!NO_CLAUSE_START.test(first) || /^about\s+\d/u.test(first))
      return take(from + skip + (rest.length - first.length), 'bare', null);
  if (takes.includes('addressee')) {
    const split = addresseeClause(first);
    if (split) {
      const objStart = from + skip + (rest.length - first.length);
      const object = {
        text: split.addressee,
        start: objStart,
        end: objStart + split.addressee.length,
      };
      return take(objStart + split.clauseAt, 'bare', lemma === 'tell' ? null : object);
    }
  }
  if (takes.includes('object')) {
    const objectAt = from + skip + (rest.length - rest.trimStart().length);
    const fragment = bareFragment(text, objectAt, limit, quotes);
    if (fragment) return { content: fragment, frame: 'object', object: null };
    const first = rest.trimStart();
    const obj = /^[^,;:.]+/u.exec(first)?.[0] ?? '';
    if (!obj || ANAPHORIC.test(obj.trim()) || NO_CLAUSE_START.test(first)) return null;
    // "rejected a third offer" is an action; "rejected suggestions that …" and "rejected calls for
    // her resignation" report speech.
    const reportsSpeech =
      lemma === 'deny' || /\bthat\b/u.test(text.slice(objectAt, limit)) || namesSpeech(obj);
    if (!reportsSpeech) return null;
    return take(objectAt, 'object', null);
  }
  return null;
}

/**
 * "Ukraine wants ten more systems, Zelensky told journalists.": the report precedes its
 * attribution, which closes the sentence after a comma with at most a few words after the cue.
 */
export function clauseBefore(
  text: string,
  sentence: Range,
  subject: Span,
  hit: CueHit,
): Found | null {
  const comma = text.lastIndexOf(',', subject.start);
  if (comma <= sentence.start || /\S/u.test(text.slice(comma + 1, subject.start))) return null;
  if (!hit.entry.takes.some((t) => t === 'bare' || t === 'bare-if-finite' || t === 'addressee'))
    return null;
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

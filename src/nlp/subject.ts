import type { Span } from '../domain/model.js';
import { IRREGULAR_PASTS } from './rules/clause-words.js';
import { isSpace } from './text/char-class.js';
import { moreWordsThan } from './text/words.js';

/**
 * Finding the source noun phrase next to a cue without a parser: comma-separated parts of the
 * clause, skipping appositions, relative and participle clauses, auxiliaries and adverbs.
 */
/** Auxiliaries and adverbs between a source and its cue ("has also said"). */
const FILLERS = new Set(
  'has have had was were is are will would did does do also later then again repeatedly publicly previously only further first finally quickly earlier once already himself herself itself reportedly simply still even privately separately immediately subsequently'.split(
    ' ',
  ),
);
/** The same words under the regex's Unicode case folding, for words that are not plain ASCII. */
const FILLER = new RegExp(`^(?:${[...FILLERS].join('|')})$`, 'iu');
const NOT_NP_WORD =
  /^(?:who|whom|whose|which|where|when|while|if|because|although|though|as|after|before|since|until|including|asked|speaking|according|but|and|so|then|that|to)\b/iu;
// Case-sensitive: "Housing Secretary …" and "Ted Morris" are noun phrases, "speaking …" is not.
const PARTICIPLE_START = /^\p{Ll}+(?:ed|ing)\b/u;
const NOT_NP_START = {
  test: (s: string): boolean => NOT_NP_WORD.test(s) || PARTICIPLE_START.test(s),
};
const INTRO =
  /^(?:in|on|at|under|during|after|before|for|from|with|by|outside|inside|among|within|without|despite|like|unlike|instead of|according to|about(?!\s+\d))\b/iu;
const LEADING = /^(?:and|but|so|then|with|while|whereas|although|though|as|yet|or)\s+/iu;
const VERBISH =
  /(?:^|\s)(?:has|have|had|is|was|are|were|will|would|can|could|may|might|did|does|do)(?=\s|$)/u;

const PURE_NAME = /^[\p{Lu}][\p{L}\p{M}’'.-]*(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]*){1,3}$/u;

const span = (text: string, start: number, end: number): Span => {
  while (start < end && /[\s,;:—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/u.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
};

const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
};

/**
 * End of text[from, end) without trailing white space and trailing fillers ("has also"), each
 * taken with the white space before it: the loop of `.replace(/\s+$/u, '')` and
 * `.replace(/\s+(?:has|…)$/iu, '')` until nothing changes, scanning back from the end only.
 */
function endBeforeFillers(text: string, from: number, end: number): number {
  for (;;) {
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    let word = end;
    while (word > from && !isSpace(text.charCodeAt(word - 1))) word--;
    if (word === from || word === end) return end;
    const w = text.slice(word, end);
    if (!(isAscii(w) ? FILLERS.has(w.toLowerCase()) : FILLER.test(w))) return end;
    end = word;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Where text.slice would take index `i` to be. */
const sliceIndex = (text: string, i: number): number =>
  i < 0 ? Math.max(text.length + i, 0) : Math.min(i, text.length);

/** `/["”’]\s*,?$/u` over text[from, end): the text ends in a closing quotation mark. */
function endsAtQuote(text: string, from: number, end: number): boolean {
  if (end > from && text.charCodeAt(end - 1) === 44) end--;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  const c = end > from ? text.charCodeAt(end - 1) : -1;
  return c === 34 || c === 0x201d || c === 0x2019;
}

/** Whether a stretch of text can be a source phrase ("the union's general secretary", "He", "Officials from both sides"). */
export function isNounPhrase(s: string): boolean {
  const t = s.trim();
  if (!t || moreWordsThan(t, 10)) return false;
  if (/^[\d\s,.]+$/u.test(t)) return false;
  if (NOT_NP_START.test(t) || INTRO.test(t)) return false;
  if (VERBISH.test(t)) return false;
  if (/^(?:he|she|it|they|we|i)$/iu.test(t)) return true;
  if (/\b(?:and|but|or|of|to)$/iu.test(t) || /^of\b/iu.test(t)) return false;
  if (/^(?:he|she|it|they|we|i)\s/iu.test(t)) return false;
  return (
    /^(?:[\p{Lu}\d]|(?:the|a|an|its|his|her|their|our|two|three|several|many|some|most|other|both|all)\b|[\p{Ll}]+\s+[\p{Ll}]+|[\p{Ll}]+\s+[\p{Lu}])/u.test(
      t,
    ) || /^[\p{Ll}]+s$/u.test(t)
  );
}

export interface Subject {
  span: Span;
  /** True when the cue is coordinated (", and warned") and has no subject of its own. */
  coordinated: boolean;
}

/** A source phrase without the auxiliaries and adverbs between it and its cue ("she later"). */
export function withoutTrailingFiller(s: string): string {
  return s.slice(0, endBeforeFillers(s, 0, s.length));
}

/** The source phrase ending right before a cue, within `[from, cueStart)`. */
export function subjectBefore(text: string, from: number, cueStart: number): Subject | null {
  // The clause as text.slice(from, cueStart) bounds it, trimmed at its end.
  const lo = sliceIndex(text, from);
  const trimmed = endBeforeFillers(text, lo, Math.max(lo, sliceIndex(text, cueStart)));
  const end = from + trimmed - lo;
  // The last four characters decide, as "and" must follow the start, a space or a comma.
  if (/(?:^|[\s,])(?:and|but|or)$/iu.test(text.slice(Math.max(lo, trimmed - 4), trimmed)))
    return { span: span(text, end, end), coordinated: true };
  // Split into comma parts, walking back over appositions and relative clauses.
  const parts: { start: number; end: number }[] = [];
  let partStart = from;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    const numberComma =
      c === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
    if (!numberComma && (c === 44 || c === 59 || c === 58 || c === 0x2014)) {
      parts.push({ start: partStart, end: i });
      partStart = i + 1;
    }
  }
  parts.push({ start: partStart, end });
  // Right after a closing mark the cue attributes that quotation ("…,” he said), unless the mark
  // closes a name inside a relative clause ("…, who runs the ‘Orchard Group’, said").
  if (endsAtQuote(text, lo, trimmed)) {
    const clause = parts
      .map((p) => text.slice(p.start, p.end).trim())
      .filter((t) => /\p{L}/u.test(t))
      .at(-1);
    if (!clause || !NOT_NP_WORD.test(clause)) return null;
  }
  let fallback: Span | null = null;
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    let s = span(text, p.start, p.end);
    const lead = LEADING.exec(s.text);
    if (lead) s = span(text, s.start + lead[0].length, s.end);
    if (!s.text) continue;
    if (k === parts.length - 1 && INTRO.test(s.text)) {
      const inner = /\b(?:with|as)\s+(.+)$/u.exec(s.text);
      if (inner && isNounPhrase(inner[1]!))
        return { span: span(text, s.end - inner[1]!.length, s.end), coordinated: false };
    }
    if (k === parts.length - 1 && INTRO.test(s.text)) {
      const tailNp =
        /(?:\b(?:he|she|it|they|we)|(?:[\p{Lu}][\p{L}\p{M}’'.-]*\s+)*[\p{Lu}][\p{L}\p{M}’'.-]*)$/u.exec(
          s.text,
        );
      if (tailNp && tailNp.index > 0)
        return { span: span(text, s.start + tailNp.index, s.end), coordinated: false };
    }
    if (!isNounPhrase(s.text)) {
      if (/^\d+$/u.test(s.text) || NOT_NP_START.test(s.text)) continue;
      if (k === parts.length - 1) return null;
      continue;
    }
    // "the Samoan diplomat who leads …" after "Teuila Faamausili": prefer the name.
    if (
      /^\p{Ll}/u.test(s.text) &&
      !/^(?:he|she|it|they|we|i)$/u.test(s.text) &&
      k > 0 &&
      /[\p{Lu}][\p{L}’'-]+$/u.test(text.slice(parts[k - 1]!.start, parts[k - 1]!.end).trim())
    ) {
      fallback ??= s;
      continue;
    }
    if (k < parts.length - 1 && parts.length - 1 - k > 2) break;
    // "Maria Zakharova, Russian Foreign Ministry spokeswoman, said": the bare name beats the role.
    const prevPart = k > 0 ? span(text, parts[k - 1]!.start, parts[k - 1]!.end) : null;
    if (
      prevPart &&
      /\p{Ll}/u.test(s.text) &&
      PURE_NAME.test(prevPart.text) &&
      k === parts.length - 2
    )
      return { span: prevPart, coordinated: false };
    return { span: s, coordinated: false };
  }
  return fallback ? { span: fallback, coordinated: false } : null;
}

/** Up to eight words before the first finite-looking verb ("The head of the commission arrived"). */
const SUBJECT_BEFORE_VERB = new RegExp(
  String.raw`^\s*(?:[\p{L}’'-]+\s+){0,8}?(?=(?:has|have|had|is|was|were|are|will|would|did|does|${IRREGULAR_PASTS.join('|')}|\p{Ll}+ed)\b)`,
  'u',
);

/** A wire dateline opening a story ("DUBLIN — ", "OTTAWA, March 14 (Northwire) - "). */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?:,[^—–\n]{1,40}?)?\s+[—–-]\s+/u;

/** The subject at the start of a clause: skips a dateline and introductory phrases, stops at the first verb-like word. */
export function clauseSubject(text: string, from: number, to: number): Span | null {
  from += DATELINE.exec(text.slice(from, to))?.[0].length ?? 0;
  let pos = from;
  const slice = text.slice(from, to);
  const partsRe = /[^,]+/gu;
  for (let m = partsRe.exec(slice); m; m = partsRe.exec(slice)) {
    const t = m[0].trim();
    if (INTRO.test(t) || NOT_NP_START.test(t)) continue;
    pos = from + m.index;
    break;
  }
  const rest = text.slice(pos, to);
  const pronoun = /^\s*(he|she|it|they|we)\b/iu.exec(rest);
  if (pronoun) return span(text, pos + pronoun.index, pos + pronoun[0].length);
  const np =
    /^\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:(?!(?:The|An?|Its|His|Her|Their)\s)[\p{Lu}][\p{L}\p{M}’'.-]*\s*)+/u.exec(
      rest,
    ) ?? SUBJECT_BEFORE_VERB.exec(rest);
  if (np && np[0].trim()) {
    const s = span(text, pos, pos + np[0].length);
    if (s.text && isNounPhrase(s.text)) return s;
  }
  const whole = span(text, pos, to);
  return whole.text && isNounPhrase(whole.text) ? whole : null;
}

const NAME_OF_ORG =
  /^\s*(\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+){1,3})\s+(?:of|from)\s+(?:the\s+)?\p{Lu}/u;

/** The source phrase right after an inverted cue ("said Graham Whitcombe, the alliance's president"). */
export function subjectAfter(text: string, from: number, to: number): Span | null {
  // "said Joel Mensah of the Secure Homes Alliance": the person, whose organisation follows.
  const named = NAME_OF_ORG.exec(text.slice(from, to));
  if (named) {
    const start = from + named[0].indexOf(named[1]!);
    return span(text, start, start + named[1]!.length);
  }
  const m =
    /^\s*((?:(?:the|a|an|its|his|her|their)\s+)?[\p{L}\p{M}\d’'.-]+(?:\s+[\p{L}\p{M}\d’'.-]+){0,5}?)(?=\s*(?:[,.;:!?]|$|\s+(?:on|in|at|outside|after|before|during|with|when|as|while|told|said|to)\b))/u.exec(
      text.slice(from, to),
    );
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const s = span(text, start, start + m[1]!.replace(/(?<!\b\p{Lu})\.$/u, '').length);
  if (!isNounPhrase(s.text)) return null;
  // "its chair, Lydia Fenwick": the name in apposition is the better mention.
  const appos = /^,\s+([\p{Lu}][\p{L}\p{M}’'.-]*(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]*)+)/u.exec(
    text.slice(s.end, to),
  );
  if (/^(?:the|a|an|its|his|her|their)\s/iu.test(s.text) && appos) {
    const a = s.end + appos[0].indexOf(appos[1]!);
    return span(text, a, a + appos[1]!.replace(/(?<!\b\p{Lu})\.$/u, '').length);
  }
  return s;
}

import type { Range, Span } from '../domain/model.js';
import { CUE_LEXICON, type CueEntry } from './rules/cue-lexicon.js';
import { firstIndexAtOrAfter } from './text/search.js';
import { WordLookup } from './text/word-lookup.js';

/** A reporting cue found in running text (never inside quoted content). */
export interface CueHit extends Span {
  entry: CueEntry;
  /** The -ing form ("saying", "accusing"): its subject is usually the clause's subject. */
  participle: boolean;
  negated: boolean;
}

const inflect = (lemma: string): string[] => {
  const ing = /[^e]e$/u.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  if (/[^aeiou]y$/u.test(lemma))
    return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, ing];
  const s = /(?:s|sh|ch|x|z)$/u.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const ed = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  // Stress decides whether a final consonant doubles (admitted, but edited); spelling cannot tell,
  // so a consonant–vowel–consonant ending gets both forms (the unused one never occurs in text).
  const doubled = /[^aeiou][aeiou][b-df-hj-np-tvz]$/u.test(lemma)
    ? [`${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`]
    : [];
  return [lemma, s, ed, ing, ...doubled];
};

interface Form {
  entry: CueEntry;
  participle: boolean;
}
const forms = new Map<string, Form>();
for (const entry of CUE_LEXICON) {
  const [head, ...rest] = entry.match.split(' ');
  const heads = head === 'according' ? ['according'] : (entry.forms ?? inflect(head!));
  for (const h of heads) {
    const key = [h, ...rest].join(' ');
    if (!forms.has(key))
      forms.set(key, { entry, participle: h.endsWith('ing') && head !== 'according' });
  }
}
/** Head word → phrases starting with it, longest first ("call on" before "call"). */
const byHead = new Map<string, { rest: RegExp | null; words: number; key: string }[]>();
for (const key of forms.keys()) {
  const [head, ...words] = key.split(' ');
  const rest = words.length
    ? new RegExp(String.raw`^\s+${words.join(String.raw`\s+`)}(?![\p{L}])`, 'iu')
    : null;
  byHead.set(head!, [...(byHead.get(head!) ?? []), { rest, words: words.length, key }]);
}
for (const list of byHead.values()) list.sort((a, b) => b.words - a.words);
/** The words of `[\p{L}]+(?:['’-][\p{L}]+)*` that head a cue, found without cutting out every word. */
const heads = new WordLookup(byHead);

/** Words before a cue that make it a noun ("the claims") or an infinitive ("to say"). */
const NOT_A_VERB =
  /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|to|of|first|second|new|final)|\p{L}['’]s|s['’])\s+$/iu;
const NEGATION = /\b(?:not|never|n[’']t)\s+(?:\w+\s+)?$/iu;

/** Reporting cues in `range`, skipping any that start inside a quotation's content (`quoted` sorted by start). */
/** The cue's words and offsets, without the lexicon entry. */
export const cueSpan = (h: CueHit): Span => ({ text: h.text, start: h.start, end: h.end });

export function findCues(text: string, range: Range, quoted: readonly Range[]): CueHit[] {
  const out: CueHit[] = [];
  const rangeEnd = Math.min(range.end, text.length);
  heads.forEach(text, range.start, range.end, (phrases, wordStart, wordEnd) => {
    const word = text.slice(wordStart, wordEnd);
    let m: { 0: string; index: number } | null = null;
    let formKey = '';
    for (const ph of phrases) {
      const after = text.slice(wordEnd, Math.min(wordEnd + 24, rangeEnd));
      const tail = ph.rest ? ph.rest.exec(after) : { 0: '' };
      if (tail) {
        m = { 0: word + tail[0], index: wordStart - range.start };
        formKey = ph.key;
        break;
      }
    }
    if (!m) return;
    const start = range.start + m.index;
    const qi = firstIndexAtOrAfter(quoted, start + 1, (q) => q.start) - 1;
    if (qi >= 0 && start < quoted[qi]!.end) return;
    const before = text.slice(Math.max(range.start, start - 12), start);
    if (NOT_A_VERB.test(before)) return;
    const form = forms.get(formKey);
    if (!form) return;
    out.push({
      text: m[0],
      start,
      end: start + m[0].length,
      entry: form.entry,
      participle: form.participle,
      negated: NEGATION.test(text.slice(Math.max(range.start, start - 16), start)),
    });
  });
  return out;
}

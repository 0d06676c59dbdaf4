import type { Range, Span } from '../domain/model.js';
import { CUE_LEXICON, type CueEntry } from './rules/cue-lexicon.js';

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
  return [lemma, s, ed, ing];
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
const alternatives = [...forms.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/ /g, '\\s+'));
const CUE_RE = new RegExp(
  String.raw`(?<![\p{L}’'-])(?:${alternatives.join('|')})(?![\p{L}’'-])`,
  'giu',
);
/** Words before a cue that make it a noun ("the claims") or an infinitive ("to say"). */
const NOT_A_VERB =
  /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|to)|\p{L}['’]s|s['’])\s+$/iu;
const NEGATION = /\b(?:not|never|n[’']t)\s+(?:\w+\s+)?$/iu;

/** Reporting cues in `range`, skipping any that start inside a quotation's content. */
export function findCues(text: string, range: Range, quoted: readonly Range[]): CueHit[] {
  const out: CueHit[] = [];
  const slice = text.slice(range.start, range.end);
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(slice); m; m = CUE_RE.exec(slice)) {
    const start = range.start + m.index;
    if (quoted.some((q) => q.start <= start && start < q.end)) continue;
    const before = text.slice(Math.max(range.start, start - 12), start);
    if (NOT_A_VERB.test(before)) continue;
    const form = forms.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!form) continue;
    out.push({
      text: m[0],
      start,
      end: start + m[0].length,
      entry: form.entry,
      participle: form.participle,
      negated: NEGATION.test(text.slice(Math.max(range.start, start - 16), start)),
    });
  }
  return out;
}

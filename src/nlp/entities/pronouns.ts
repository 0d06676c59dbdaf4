import type { Range, Span } from '../../domain/model.js';
import type { Cluster, ClusterSet } from './clusters.js';
import { PRONOUN_GENDER, type Gender } from './lexicon.js';
import { insideAny } from './quote-regions.js';
import type { Token } from './tokens.js';

/** Person mentions outside quotations in text order: the candidates a pronoun looks back to. */
export class PersonTimeline {
  private readonly items: { start: number; cluster: Cluster }[] = [];

  constructor(set: ClusterSet, quotes: readonly Range[], kinds: readonly string[] = ['PERSON']) {
    for (const k of set.clusters) {
      if (!kinds.includes(k.kind)) continue;
      for (const m of k.mentions)
        if (m.form !== 'pronoun' && !insideAny(quotes, m.start))
          this.items.push({ start: m.start, cluster: k });
    }
    this.items.sort((a, b) => a.start - b.start);
  }

  /** Distinct clusters mentioned before `pos`, nearest first, with their latest mention start. */
  before(pos: number, limit = 8): { cluster: Cluster; at: number }[] {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    const out: { cluster: Cluster; at: number }[] = [];
    for (let i = lo - 1; i >= 0 && out.length < limit; i--) {
      const it = this.items[i]!;
      if (!out.some((o) => o.cluster === it.cluster))
        out.push({ cluster: it.cluster, at: it.start });
    }
    return out;
  }
}

/** Gender-compatible nearest preceding person outside quotations, for a pronoun at `pos`. */
export function antecedent(timeline: PersonTimeline, pos: number, gender: string): Cluster | null {
  const hit = timeline
    .before(pos)
    .find(
      ({ cluster: k }) => gender === 'unknown' || k.gender === 'unknown' || k.gender === gender,
    );
  return hit?.cluster ?? null;
}

/** Pronouns that can stand for a speaker or target; his/her only teach gender. */
const SUBJECT_OBJECT = new Set(['he', 'she', 'him']);
/** How far back a pronoun may look for the only person around, to learn that person's gender. */
const GENDER_WINDOW = 300;

/**
 * Adds he/she/him mentions outside quotations to the person they most likely refer to. A person
 * of unknown gender who is the only one named shortly before a pronoun takes its gender.
 */
export function bindPronouns(
  set: ClusterSet,
  text: string,
  quotes: readonly Range[],
  tokens: readonly Token[],
): void {
  const timeline = new PersonTimeline(set, quotes);
  const pronouns: { t: Token; gender: Gender; binds: boolean }[] = [];
  for (const t of tokens) {
    const initial = t.text.charCodeAt(0) | 32; // every gendered pronoun starts with h or s
    if (t.text.length > 7 || (initial !== 104 && initial !== 115)) continue;
    const lower = t.text.toLowerCase();
    const gender = PRONOUN_GENDER.get(lower);
    if (gender && !insideAny(quotes, t.start))
      pronouns.push({ t, gender, binds: SUBJECT_OBJECT.has(lower) });
  }
  // First learn genders from every gendered pronoun, possessives included ("her client").
  for (const { t, gender } of pronouns) {
    const [first, second] = timeline.before(t.start, 2);
    // The only person named in the pronoun's sentence, or in the window before it.
    const sameSentence = (at: number) =>
      t.start - at < 400 && !/[.!?]["”’]?\s/.test(text.slice(at, t.start));
    const alone =
      first &&
      ((sameSentence(first.at) && (!second || !sameSentence(second.at))) ||
        (first.at >= t.start - GENDER_WINDOW && (!second || second.at < t.start - GENDER_WINDOW)));
    if (alone && first.cluster.gender === 'unknown') first.cluster.gender = gender;
  }
  const found: { span: Span; cluster: Cluster }[] = [];
  for (const { t, gender, binds } of pronouns) {
    if (!binds) continue;
    const k =
      (t.text.toLowerCase() !== 'him' ? previousSubject(timeline, text, t.start, gender) : null) ??
      antecedent(timeline, t.start, gender);
    if (k) found.push({ span: { start: t.start, end: t.end, text: t.text }, cluster: k });
  }
  for (const f of found) set.add(f.cluster, f.span, 'pronoun');
}

const compatible = (k: Cluster, gender: string): boolean =>
  gender === 'unknown' || k.gender === 'unknown' || k.gender === gender;
const BOUNDARY = /[.!?]["”’]?\s+/gu;
const OBLIQUE =
  /\b(?:of|with|to|by|for|from|against|on|at|about|and|than|like|as)\s+(?:(?:Mr|Mrs|Ms|Dr|President|Prime Minister)\.?\s+)?$/u;
/** "Vail’s attorney, Marcus Delacroix, …": a possessor is not the sentence's subject. */
const POSSESSOR = /^\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*)*['’]s?\s/u;
/** Start of the sentence holding `pos`, looking back at most `reach` characters; -1 if none. */
function sentenceStart(text: string, pos: number, reach: number): number {
  const from = Math.max(0, pos - reach);
  let last = -1;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index + m[0].length <= pos; m = BOUNDARY.exec(text))
    last = m.index + m[0].length;
  return last;
}

/**
 * "Mr Zelensky has accused Mr Witkoff of …. On Tuesday he rejected …": a subject pronoun opening
 * its sentence continues the previous sentence's subject, not its nearer object (centering).
 */
function previousSubject(
  timeline: PersonTimeline,
  text: string,
  pos: number,
  gender: string,
): Cluster | null {
  const start = sentenceStart(text, pos, 400);
  if (start < 0 || pos - start > 40) return null;
  const before = timeline.before(pos);
  if (before.some((b) => b.at >= start && compatible(b.cluster, gender))) return null;
  const prev = sentenceStart(text, start - 1, 600);
  const inPrev = before
    .filter((b) => b.at >= Math.max(prev, 0) && b.at < start && compatible(b.cluster, gender))
    .filter(
      (b) =>
        !OBLIQUE.test(text.slice(Math.max(0, b.at - 40), b.at)) &&
        !POSSESSOR.test(text.slice(b.at, b.at + 80)),
    )
    .sort((a, b) => a.at - b.at);
  return inPrev[0]?.cluster ?? null;
}

import type { Range, Span } from '../../domain/model.js';
import { ClusterSet, nearestBefore, type Cluster } from './clusters.js';
import type { Descriptor } from './descriptors.js';
import type { GroupMention } from './groups.js';
import { gazetteer } from './gazetteer.js';
import { fold } from './name-keys.js';
import { COMPANY_HEADS, COMPANY_NOUNS, PRONOUN_GENDER, ROLE_GENDER } from './lexicon.js';
import { insideAny } from './quote-regions.js';

/** Name words an organisation noun may stand for ("the union" → "… Nurses Federation"). */
const ORG_NOUN_KIN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['union', new Set(['federation', 'congress', 'association'])],
  ['regulator', new Set(['board', 'authority', 'commission', 'agency'])],
  ['watchdog', new Set(['board', 'authority', 'commission', 'agency'])],
  ['university', new Set(['college'])],
  ['club', new Set(['united', 'athletic', 'fc', 'rovers', 'wanderers'])],
  ['party', new Set(['alliance', 'front', 'movement'])],
]);

const GOVERNMENT_NOUNS = new Set(['government', 'ministry', 'administration', 'cabinet']);

/** Country named inside a phrase: "German", "Germany's", "Berlin's". */
export function countryIn(words: string[]): string | null {
  const gaz = gazetteer();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const key = fold(words.slice(i, i + n).join(' '));
      const hit =
        gaz.countryByName.get(key) ??
        gaz.countryByDemonym.get(key) ??
        gaz.countryByCapital.get(key);
      if (hit) return hit;
    }
  }
  return null;
}

const spanOf = (text: string, r: Range): Span => ({
  start: r.start,
  end: r.end,
  text: text.slice(r.start, r.end),
});

/** A person name mention touching the descriptor through ", " or a space (apposition or title). */
function appositive(set: ClusterSet, text: string, d: Descriptor): Cluster | undefined {
  for (const k of set.clusters) {
    if (k.kind !== 'PERSON' || k.anonymous) continue;
    for (const m of k.mentions) {
      if (m.form !== 'name') continue;
      const after = m.start >= d.end && /^,?\s+$/.test(text.slice(d.end, m.start));
      const before = m.end <= d.start && /^,\s+$/.test(text.slice(m.end, d.start));
      if (after || before) return k;
    }
  }
  return undefined;
}

/** Links role and organisation descriptors to the entities they name; adds anonymous people. */
export function bindDescriptors(set: ClusterSet, text: string, descriptors: Descriptor[]): void {
  const pending: Descriptor[] = [];
  for (const d of descriptors) {
    if (!d.isPerson) continue;
    const country = countryIn(d.possessor ? [d.possessor, ...d.modifiers] : d.modifiers);
    const person = appositive(set, text, d);
    if (person) {
      set.add(person, spanOf(text, d), 'descriptor');
      person.roles.add(d.head);
      if (d.possessor && /^\p{Lu}/u.test(d.possessor))
        for (const w of [...d.modifiers, d.head]) person.possessed.add(`${fold(d.possessor)}|${w}`);
      if (country) person.countries.add(country);
      continue;
    }
    pending.push(d);
  }
  for (const d of pending) {
    const country = countryIn(d.modifiers);
    const named = d.possessor && /^\p{Lu}/u.test(d.possessor) ? fold(d.possessor) : null;
    if (named) {
      // "Halvern's medical chief" after "Halvern's chief medical officer, Dr Elias Brandt".
      const holders = set.clusters.filter((k) => k.possessed.has(`${named}|${d.head}`));
      // Not strict: a headline may use the description before the text introduces the person.
      const holder = nearestBefore(holders, d.start);
      if (holder) {
        set.add(holder, spanOf(text, d), 'descriptor');
        continue;
      }
    }
    if (d.indefinite || named) {
      // "a club spokesman", "Vail's publicist": someone new, known only by this description.
      const name = d.text.replace(/^(?:an?|the)\s+/i, '');
      const anon = set.create('PERSON', [name], name, true);
      anon.gender = ROLE_GENDER.get(d.head) ?? 'unknown';
      set.add(anon, spanOf(text, d), 'descriptor');
      continue;
    }
    const holders = set.clusters.filter(
      (k) =>
        k.kind === 'PERSON' &&
        !k.anonymous &&
        k.roles.has(d.head) &&
        (!country || k.countries.size === 0 || k.countries.has(country)),
    );
    const holder = nearestBefore(holders, d.start, true);
    if (holder) set.add(holder, spanOf(text, d), 'descriptor');
  }
  for (const d of descriptors) {
    if (d.isPerson || d.indefinite || (d.possessor && !/^(?:its|their)$/.test(d.possessor)))
      continue;
    const target = organisationFor(set, d);
    if (target) set.add(target, spanOf(text, d), 'descriptor');
  }
}

function organisationFor(set: ClusterSet, d: Descriptor): Cluster | undefined {
  const country = countryIn(d.modifiers);
  if (GOVERNMENT_NOUNS.has(d.head)) {
    if (country)
      return (
        set.clusters.find((k) => k.kind === 'COUNTRY' && k.name === country) ??
        set.create('COUNTRY', [country], country)
      );
    return nearestBefore(
      set.clusters.filter((k) => k.kind === 'COUNTRY'),
      d.start,
    );
  }
  if (d.head === 'city')
    return nearestBefore(
      set.clusters.filter((k) => k.kind === 'LOCATION'),
      d.start,
    );
  const orgs = set.clusters.filter(
    (k) => k.kind === 'ORGANIZATION' && !k.anonymous && k.mentions.some((m) => m.start < d.start),
  );
  const named = orgs.filter((k) =>
    k.tokens.some((t) => {
      const w = t.toLowerCase();
      return (
        w === d.head ||
        (COMPANY_NOUNS.has(d.head) && COMPANY_HEADS.has(w)) ||
        ORG_NOUN_KIN.get(d.head)?.has(w)
      );
    }),
  );
  if (named.length > 0) return nearestBefore(named, d.start, true);
  // Nothing named fits: one anonymous entity per noun keeps "the council" apart from other bodies.
  const label = d.head;
  return (
    set.clusters.find((k) => k.anonymous && k.kind === 'ORGANIZATION' && k.name === label) ??
    set.create('ORGANIZATION', [label], label, true)
  );
}

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
    .find(({ cluster: k }) => k.gender === 'unknown' || k.gender === gender);
  return hit?.cluster ?? null;
}

const PRONOUN = /(?<![\p{L}'’])(he|she|him|He|She|Him)(?![\p{L}'’])/gu;
const GENDERED = /(?<![\p{L}'’])(he|she|him|his|her|himself|herself)(?![\p{L}'’])/giu;
/** How far back a pronoun may look for the only person around, to learn that person's gender. */
const GENDER_WINDOW = 300;

/**
 * Adds he/she/him mentions outside quotations to the person they most likely refer to. A person
 * of unknown gender who is the only one named shortly before a pronoun takes its gender.
 */
export function bindPronouns(set: ClusterSet, text: string, quotes: readonly Range[]): void {
  const timeline = new PersonTimeline(set, quotes);
  // First learn genders from every gendered pronoun, possessives included ("her client").
  for (const m of text.matchAll(GENDERED)) {
    if (insideAny(quotes, m.index)) continue;
    const [first, second] = timeline.before(m.index, 2);
    // The only person named in the pronoun's sentence, or in the window before it.
    const sameSentence = (at: number) => !/[.!?]["”’]?\s/.test(text.slice(at, m.index));
    const alone =
      first &&
      ((sameSentence(first.at) && (!second || !sameSentence(second.at))) ||
        (first.at >= m.index - GENDER_WINDOW && (!second || second.at < m.index - GENDER_WINDOW)));
    if (alone && first.cluster.gender === 'unknown')
      first.cluster.gender = PRONOUN_GENDER.get(m[1]!.toLowerCase())!;
  }
  const found: { span: Span; cluster: Cluster }[] = [];
  for (const m of text.matchAll(PRONOUN)) {
    if (insideAny(quotes, m.index)) continue;
    const k = antecedent(timeline, m.index, PRONOUN_GENDER.get(m[1]!.toLowerCase())!);
    if (k)
      found.push({ span: { start: m.index, end: m.index + m[0].length, text: m[0] }, cluster: k });
  }
  for (const f of found) set.add(f.cluster, f.span, 'pronoun');
}

/** Adds group mentions, one anonymous GROUP entity per head noun (and nationality). */
export function bindGroups(
  set: ClusterSet,
  groups: GroupMention[],
  taken: (span: Span) => boolean,
): void {
  const byKey = new Map<string, Cluster>();
  for (const g of groups) {
    if (taken(g)) continue;
    let cluster = byKey.get(g.groupKey);
    if (!cluster) byKey.set(g.groupKey, (cluster = set.create('GROUP', [g.name], g.name, true)));
    set.add(cluster, { start: g.start, end: g.end, text: g.text }, 'descriptor');
  }
}

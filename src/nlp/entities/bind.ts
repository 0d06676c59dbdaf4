import type { Range, Span } from '../../domain/model.js';
import { normalizeName } from '../../domain/ids.js';
import { ClusterSet, nearestBefore, type Cluster } from './clusters.js';
import type { Descriptor } from './descriptors.js';
import { gazetteer } from './gazetteer.js';
import { COMPANY_HEADS, COMPANY_NOUNS, PRONOUN_GENDER, ROLE_GENDER } from './lexicon.js';
import { insideAny } from './quote-regions.js';

const GOVERNMENT_NOUNS = new Set(['government', 'ministry', 'administration', 'cabinet']);

/** Country named inside a phrase: "German", "Germany's", "Berlin's". */
export function countryIn(words: string[]): string | null {
  const gaz = gazetteer();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const key = normalizeName(words.slice(i, i + n).join(' '));
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
      if (country) person.countries.add(country);
      continue;
    }
    pending.push(d);
  }
  for (const d of pending) {
    const country = countryIn(d.modifiers);
    if (d.indefinite || (d.possessor && /^\p{Lu}/u.test(d.possessor))) {
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
    const holder = nearestBefore(holders, d.start);
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
      return w === d.head || (COMPANY_NOUNS.has(d.head) && COMPANY_HEADS.has(w));
    }),
  );
  if (named.length > 0) return nearestBefore(named, d.start);
  // Nothing named fits: one anonymous entity per noun keeps "the council" apart from other bodies.
  const label = d.head;
  return (
    set.clusters.find((k) => k.anonymous && k.kind === 'ORGANIZATION' && k.name === label) ??
    set.create('ORGANIZATION', [label], label, true)
  );
}

const PRONOUN = /(?<![\p{L}'’])(he|she|him|He|She|Him)(?![\p{L}'’])/gu;

/** Gender-compatible nearest preceding person outside quotations, for a pronoun at `pos`. */
export function antecedent(
  set: ClusterSet,
  quotes: readonly Range[],
  pos: number,
  gender: string,
): Cluster | null {
  let best: Cluster | null = null;
  let bestAt = -1;
  for (const k of set.clusters) {
    if (k.kind !== 'PERSON') continue;
    if (k.gender !== 'unknown' && k.gender !== gender) continue;
    for (const m of k.mentions) {
      if (m.form === 'pronoun' || m.start >= pos || m.start <= bestAt) continue;
      if (insideAny(quotes, m.start)) continue;
      best = k;
      bestAt = m.start;
    }
  }
  return best;
}

/** Adds he/she/him mentions outside quotations to the person they most likely refer to. */
export function bindPronouns(set: ClusterSet, text: string, quotes: readonly Range[]): void {
  const found: { span: Span; cluster: Cluster }[] = [];
  for (const m of text.matchAll(PRONOUN)) {
    if (insideAny(quotes, m.index)) continue;
    const gender = PRONOUN_GENDER.get(m[1]!.toLowerCase())!;
    const k = antecedent(set, quotes, m.index, gender);
    if (!k) continue;
    if (k.gender === 'unknown') k.gender = gender;
    found.push({ span: { start: m.index, end: m.index + m[0].length, text: m[0] }, cluster: k });
  }
  for (const f of found) set.add(f.cluster, f.span, 'pronoun');
}

import type { Range, Span } from '../../domain/model.js';
import { ClusterSet, nearestBefore, type Cluster } from './clusters.js';
import type { Descriptor } from './descriptors.js';
import type { GroupMention } from './groups.js';
import { gazetteer } from './gazetteer.js';
import { fold } from './name-keys.js';
import {
  COMPANY_HEADS,
  COMPANY_NOUNS,
  PRONOUN_GENDER,
  ROLE_GENDER,
  type Gender,
} from './lexicon.js';
import { insideAny } from './quote-regions.js';
import type { Token } from './tokens.js';

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

/** Person name mentions by start and by end offset, for apposition in constant time. */
function nameEdges(set: ClusterSet): {
  byStart: Map<number, Cluster>;
  byEnd: Map<number, Cluster>;
} {
  const byStart = new Map<number, Cluster>();
  const byEnd = new Map<number, Cluster>();
  for (const k of set.clusters) {
    if (k.kind !== 'PERSON' || k.anonymous) continue;
    for (const m of k.mentions)
      if (m.form === 'name') {
        byStart.set(m.start, k);
        byEnd.set(m.end, k);
      }
  }
  return { byStart, byEnd };
}

/** A person name touching the descriptor through ", " or a space (apposition or title). */
function appositive(
  edges: ReturnType<typeof nameEdges>,
  text: string,
  d: Descriptor,
): Cluster | undefined {
  const after = /^,?\s+/.exec(text.slice(d.end, d.end + 8));
  const next = after ? edges.byStart.get(d.end + after[0].length) : undefined;
  if (next) return next;
  const before = /,\s+$/.exec(text.slice(Math.max(0, d.start - 8), d.start));
  return before ? edges.byEnd.get(d.start - before[0].length) : undefined;
}

/** Clusters by a word, for role and possessor lookups. */
const indexBy = (
  clusters: Cluster[],
  words: (k: Cluster) => Iterable<string>,
): Map<string, Cluster[]> => {
  const map = new Map<string, Cluster[]>();
  for (const k of clusters)
    for (const w of words(k)) {
      const list = map.get(w) ?? [];
      list.push(k);
      map.set(w, list);
    }
  return map;
};

/** Links role and organisation descriptors to the entities they name; adds anonymous people. */
export function bindDescriptors(set: ClusterSet, text: string, descriptors: Descriptor[]): void {
  const pending: Descriptor[] = [];
  const edges = nameEdges(set);
  for (const d of descriptors) {
    if (!d.isPerson) continue;
    const country = countryIn(d.possessor ? [d.possessor, ...d.modifiers] : d.modifiers);
    const person = appositive(edges, text, d);
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
  const people = set.clusters.filter((k) => k.kind === 'PERSON' && !k.anonymous);
  const byRole = indexBy(people, (k) => k.roles);
  const byPossessed = indexBy(people, (k) => k.possessed);
  for (const d of pending) {
    const country = countryIn(d.modifiers);
    const named = d.possessor && /^\p{Lu}/u.test(d.possessor) ? fold(d.possessor) : null;
    if (named) {
      // "Halvern's medical chief" after "Halvern's chief medical officer, Dr Elias Brandt".
      const holders = byPossessed.get(`${named}|${d.head}`) ?? [];
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
    const holders = (byRole.get(d.head) ?? []).filter(
      (k) => !country || k.countries.size === 0 || k.countries.has(country),
    );
    const holder = nearestBefore(holders, d.start, true);
    if (holder) set.add(holder, spanOf(text, d), 'descriptor');
  }
  const orgs = new OrganisationLookup(set);
  for (const d of descriptors) {
    if (d.isPerson || d.indefinite || (d.possessor && !/^(?:its|their)$/.test(d.possessor)))
      continue;
    const target = orgs.for(d);
    if (target) set.add(target, spanOf(text, d), 'descriptor');
  }
}

/** Organisation descriptors → entities, through indexes built once per document. */
class OrganisationLookup {
  private readonly byWord: Map<string, Cluster[]>;
  private readonly countries: Cluster[];
  private readonly locations: Cluster[];
  private readonly anonymous = new Map<string, Cluster>();

  constructor(private readonly set: ClusterSet) {
    const named = set.clusters.filter((k) => k.kind === 'ORGANIZATION' && !k.anonymous);
    this.byWord = indexBy(named, (k) => k.tokens.map((t) => t.toLowerCase()));
    this.countries = set.clusters.filter((k) => k.kind === 'COUNTRY');
    this.locations = set.clusters.filter((k) => k.kind === 'LOCATION');
  }

  for(d: Descriptor): Cluster | undefined {
    const country = countryIn(d.modifiers);
    if (GOVERNMENT_NOUNS.has(d.head)) {
      if (country)
        return (
          this.countries.find((k) => k.name === country) ??
          this.remember(this.set.create('COUNTRY', [country], country))
        );
      return nearestBefore(this.countries, d.start, true);
    }
    if (d.head === 'city') return nearestBefore(this.locations, d.start, true);
    const words = [
      d.head,
      ...(ORG_NOUN_KIN.get(d.head) ?? []),
      ...(COMPANY_NOUNS.has(d.head) ? COMPANY_HEADS : []),
    ];
    const named = [...new Set(words.flatMap((w) => this.byWord.get(w) ?? []))];
    const hit = nearestBefore(named, d.start, true);
    if (hit) return hit;
    // Nothing named fits: one anonymous entity per noun keeps "the council" apart from other bodies.
    let anon = this.anonymous.get(d.head);
    if (!anon)
      this.anonymous.set(d.head, (anon = this.set.create('ORGANIZATION', [d.head], d.head, true)));
    return anon;
  }

  private remember(k: Cluster): Cluster {
    this.countries.push(k);
    return k;
  }
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
    if (t.text.length > 7) continue;
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
    const k = antecedent(timeline, t.start, gender);
    if (k) found.push({ span: { start: t.start, end: t.end, text: t.text }, cluster: k });
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

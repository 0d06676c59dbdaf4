import type { EntityKind, Span } from '../../domain/model.js';
import type { Gender } from './lexicon.js';
import { fold, phoneticKey, sameNameToken } from './name-keys.js';
import type { NameCandidate } from './names.js';
import { personContext } from './person-context.js';

export type MentionForm = 'name' | 'pronoun' | 'descriptor';

export interface ClusterMention extends Span {
  form: MentionForm;
}

/** An in-document entity under construction. */
export interface Cluster {
  key: string;
  kind: EntityKind;
  /** Tokens of the longest full name seen. */
  tokens: string[];
  name: string;
  mentions: ClusterMention[];
  roles: Set<string>;
  /** "possessor|word" for each word of a possessive descriptor bound to it ("halvern|chief"). */
  possessed: Set<string>;
  /** Countries the person is tied to by title or descriptor ("Canadian Trade Minister"). */
  countries: Set<string>;
  gender: Gender;
  /** Named only by a descriptor ("a club spokesman"): never joined across documents. */
  anonymous: boolean;
}

/** Key prefix of entities known only by a description, which never join across documents. */
export const ANONYMOUS_PREFIX = 'anon-';

const HONORIFIC_FIRST_NAME = /^(sir|dame|lady|lord)$/i;

/** Does a short person mention ("Marchetti", "Mr Ruiz", "Sir Malcolm") fit this full name? */
function fitsPerson(c: NameCandidate, cluster: Cluster, text: string): boolean {
  const short = c.nameTokens;
  const full = cluster.tokens;
  if (short.length >= full.length) return false;
  if (c.gender !== 'unknown' && cluster.gender !== 'unknown' && c.gender !== cluster.gender)
    return false;
  // Contiguous run of the full name not starting at the first name: surname or compound surname.
  for (let at = 1; at + short.length <= full.length; at++) {
    if (short.every((t, k) => sameNameToken(t, full[at + k]!))) return true;
  }
  // First name alone, or with Sir/Dame, as in "Sir Malcolm" or "Dwayne".
  const honorific = text.slice(c.start, c.end).split(/\s+/)[0] ?? '';
  const titled = c.titled && !HONORIFIC_FIRST_NAME.test(honorific.replace(/\.$/, ''));
  return short.length === 1 && !titled && sameNameToken(short[0]!, full[0]!);
}

const mergeGender = (a: Gender, b: Gender): Gender => (a === 'unknown' ? b : a);

/** Clusters name candidates: full names first, then short forms and single words attach to them. */
export class ClusterSet {
  readonly clusters: Cluster[] = [];
  private readonly byKey = new Map<string, Cluster>();
  /** Named people by the sound of each name word: candidates for short forms and variants. */
  private readonly peopleBySound = new Map<string, Cluster[]>();
  /** Named organisations by folded first word and by acronym. */
  private readonly orgByPrefix = new Map<string, Cluster>();
  private counter = 0;

  constructor(private readonly text: string) {}

  create(kind: EntityKind, tokens: string[], name: string, anonymous = false): Cluster {
    const key = `${anonymous ? ANONYMOUS_PREFIX : ''}${kind.toLowerCase()}:${++this.counter}`;
    const cluster: Cluster = {
      key,
      kind,
      tokens,
      name,
      mentions: [],
      roles: new Set(),
      possessed: new Set(),
      countries: new Set(),
      gender: 'unknown',
      anonymous,
    };
    this.clusters.push(cluster);
    this.byKey.set(key, cluster);
    if (kind === 'PERSON' && !anonymous)
      for (const t of tokens) {
        const sound = phoneticKey(t);
        const list = this.peopleBySound.get(sound) ?? [];
        if (!list.includes(cluster)) list.push(cluster);
        this.peopleBySound.set(sound, list);
      }
    if (kind === 'ORGANIZATION' && !anonymous && tokens.length > 1) {
      if (!this.orgByPrefix.has(fold(tokens[0]!))) this.orgByPrefix.set(fold(tokens[0]!), cluster);
      const initials = acronym(tokens);
      if (initials.length > 1 && !this.orgByPrefix.has(initials))
        this.orgByPrefix.set(initials, cluster);
    }
    return cluster;
  }

  /** Folds `from` into `into` (mentions, roles); `from` disappears. */
  merge(into: Cluster, from: Cluster): void {
    for (const m of from.mentions) this.add(into, m, m.form);
    for (const r of from.roles) into.roles.add(r);
    if (into.gender === 'unknown') into.gender = from.gender;
    this.clusters.splice(this.clusters.indexOf(from), 1);
    this.byKey.delete(from.key);
  }

  get(key: string): Cluster | undefined {
    return this.byKey.get(key);
  }

  /** Keeps each cluster's mentions sorted by start, so "latest before" is a binary search. */
  add(cluster: Cluster, mention: Span, form: MentionForm): void {
    const list = cluster.mentions;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= mention.start) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, { start: mention.start, end: mention.end, text: mention.text, form });
  }

  addCandidates(candidates: NameCandidate[]): void {
    const exact = new Map<string, Cluster>();
    const keyOf = (c: NameCandidate): string =>
      `${c.kind}|${fold(c.country ?? c.nameTokens.join(' '))}`;
    // Longest person names first, so "Mr Ruiz Acosta" finds "Esteban Ruiz Acosta" wherever it is.
    const people = candidates
      .filter((c) => c.kind === 'PERSON' && c.nameTokens.length >= 2)
      .sort((a, b) => b.nameTokens.length - a.nameTokens.length || a.start - b.start);
    for (const c of people) {
      let cluster = exact.get(keyOf(c)) ?? this.personVariant(c);
      if (!cluster && c.titled) cluster = nearestBefore(this.peopleFitting(c), c.start);
      if (!cluster) {
        cluster = this.create('PERSON', c.nameTokens, c.nameTokens.join(' '));
        exact.set(keyOf(c), cluster);
      }
      this.absorb(cluster, c);
    }
    const later: NameCandidate[] = [];
    for (const c of candidates) {
      if (c.kind === 'PERSON' && c.nameTokens.length >= 2) continue;
      if (
        c.kind === null ||
        c.kind === 'PERSON' ||
        (c.kind === 'ORGANIZATION' && c.nameTokens.length === 1)
      ) {
        later.push(c);
        continue;
      }
      let cluster = exact.get(keyOf(c));
      if (!cluster) {
        cluster = this.create(c.kind, c.nameTokens, c.country ?? c.nameTokens.join(' '));
        exact.set(keyOf(c), cluster);
      }
      this.absorb(cluster, c);
    }
    for (const c of later) this.absorb(this.attachShort(c, exact), c);
  }

  private peopleFitting(c: NameCandidate): Cluster[] {
    const near = this.peopleBySound.get(phoneticKey(c.nameTokens[0]!)) ?? [];
    return near.filter((k) => fitsPerson(c, k, this.text));
  }

  private absorb(cluster: Cluster, c: NameCandidate): void {
    this.add(
      cluster,
      { start: c.start, end: c.end, text: this.text.slice(c.start, c.end) },
      'name',
    );
    for (const r of c.roles) cluster.roles.add(r);
    cluster.gender = mergeGender(cluster.gender, c.gender);
  }

  /** Same person written with a transliteration variant ("Volodymyr Zelenskyy"). */
  private personVariant(c: NameCandidate): Cluster | undefined {
    const near = this.peopleBySound.get(phoneticKey(c.nameTokens[c.nameTokens.length - 1]!)) ?? [];
    return near.find(
      (k) =>
        k.tokens.length === c.nameTokens.length &&
        k.tokens.every((t, i) => sameNameToken(t, c.nameTokens[i]!)),
    );
  }

  private attachShort(c: NameCandidate, exact: Map<string, Cluster>): Cluster {
    const word = c.nameTokens.join(' ');
    if (c.kind === null || c.kind === 'PERSON') {
      const chosen = nearestBefore(this.peopleFitting(c), c.start);
      if (chosen) return chosen;
    }
    if (c.kind === null || c.kind === 'ORGANIZATION') {
      const org = this.orgByPrefix.get(fold(word)) ?? this.orgByPrefix.get(word);
      if (org) return org;
    }
    // An untyped lone name is an organisation unless its context shows a person.
    const person = c.kind === null ? personContext(this.text, c.end) : null;
    if (person) c.gender = person;
    const kind: EntityKind = c.kind ?? (person ? 'PERSON' : 'ORGANIZATION');
    const key = `${kind}|${fold(word)}`;
    let cluster = exact.get(key);
    if (!cluster) {
      cluster = this.create(kind, c.nameTokens, word);
      exact.set(key, cluster);
    }
    return cluster;
  }
}

const acronym = (tokens: string[]): string =>
  tokens
    .filter((t) => /^\p{Lu}/u.test(t))
    .map((t) => t[0])
    .join('');

/**
 * The cluster among `candidates` mentioned most recently before `pos`; unless `strict`, the
 * first candidate when none is mentioned before (a headline may name someone before the text).
 */
export function nearestBefore(
  candidates: Cluster[],
  pos: number,
  strict = false,
): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const k of candidates) {
    const at = lastStartBefore(k, pos);
    if (at > bestAt) [best, bestAt] = [k, at];
  }
  return best ?? (strict ? undefined : candidates[0]);
}

/** Start of the cluster's last mention before `pos`, or -1 (mentions are kept sorted). */
export function lastStartBefore(k: Cluster, pos: number): number {
  let lo = 0;
  let hi = k.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (k.mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? k.mentions[lo - 1]!.start : -1;
}

import type { EntityKind, LocalEntity, Range, Span } from '../../domain/model.js';
import { bindDescriptors, bindGroups } from './bind.js';
import { countryIn } from './country-in.js';
import { antecedent, bindPronouns, PersonTimeline } from './pronouns.js';
import { ClusterSet, nearestBefore, type Cluster } from './clusters.js';
import { findDescriptors } from './descriptors.js';
import { PERSON_ROLES, PRONOUN_GENDER, type Gender } from './lexicon.js';
import { findGroups } from './groups.js';
import { findNames } from './names.js';
import { bindNicknames } from './nicknames.js';
import { quoteRegions } from './quote-regions.js';
import { tokenize } from './tokens.js';

export { ANONYMOUS_PREFIX } from './clusters.js';

/** True for entities named only by a description in one article ("a club spokesman"). */
export const isAnonymousKey = (key: string): boolean => key.startsWith('anon-');

export interface EntityMention extends Span {
  entityKey: string;
  kind: EntityKind;
  form: 'name' | 'pronoun' | 'descriptor';
}

export interface DocumentEntities {
  /** In-document clusters: canonical name (longest full name), kind, all mentions. */
  entities: LocalEntity[];
  /** Every mention found, sorted by start. */
  mentions: EntityMention[];
  /**
   * The entity a span of this text refers to: a known mention, else interpreted from the span's
   * text and position (pronoun → nearest compatible preceding person outside quotes; role
   * descriptor → person bound to that role; name → cluster by full name/surname/variant;
   * country/capital/demonym phrase → country actor). Null when unresolvable. An entity created
   * while interpreting is appended to `entities`.
   */
  resolve(span: Range): LocalEntity | null;
  /** A person's gender as the names, titles and pronouns of this text show it. */
  gender(entityKey: string): Gender;
}

/** Finds and clusters every entity mention of one text. Pure; never throws on any string. */
export function analyzeEntities(text: string): DocumentEntities {
  const tokens = tokenize(text);
  // Which sentence-initial capitalised words also occur in lower case ("The", "Asked"): only
  // those are collected, so the set stays small.
  const initials = new Set<string>();
  for (const t of tokens) if (t.capitalized && t.sentenceStart) initials.add(t.text.toLowerCase());
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.capitalized && initials.has(t.text)) lowerWords.add(t.text);
  const quotes = quoteRegions(text);
  const set = new ClusterSet(text);
  set.addCandidates(findNames(text, tokens, lowerWords));
  bindNicknames(set, text);
  bindDescriptors(set, text, findDescriptors(text, tokens));
  bindPronouns(set, text, quotes, tokens);
  const taken = overlapCheck(
    set.clusters.flatMap((k) => k.mentions.filter((m) => m.form !== 'pronoun')),
  );
  bindGroups(set, findGroups(text, tokens), taken);
  return new Analysis(text, set, quotes);
}

class Analysis implements DocumentEntities {
  entities: LocalEntity[] = [];
  mentions: EntityMention[] = [];
  private readonly local = new Map<string, LocalEntity>();
  private people: PersonTimeline | undefined;
  private byKey: Map<string, Cluster> | undefined;

  constructor(
    private readonly text: string,
    private readonly set: ClusterSet,
    private readonly quotes: Range[],
  ) {
    for (const k of set.clusters) this.publish(k);
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private publish(k: Cluster): LocalEntity {
    const existing = this.local.get(k.key);
    if (existing) return existing;
    k.mentions.sort((a, b) => a.start - b.start);
    const entity: LocalEntity = {
      key: k.key,
      name: canonicalName(k),
      kind: k.kind,
      mentions: k.mentions.map(({ start, end, text }) => ({ start, end, text })),
    };
    this.local.set(k.key, entity);
    this.entities.push(entity);
    for (const m of k.mentions)
      this.mentions.push({
        start: m.start,
        end: m.end,
        text: m.text,
        entityKey: k.key,
        kind: k.kind,
        form: m.form,
      });
    return entity;
  }

  gender(entityKey: string): Gender {
    this.byKey ??= new Map(this.set.clusters.map((k) => [k.key, k]));
    return this.byKey.get(entityKey)?.gender ?? 'unknown';
  }

  resolve(span: Range): LocalEntity | null {
    const hit = this.mentionAt(span);
    if (hit) return this.local.get(hit.entityKey) ?? null;
    const words = this.text.slice(span.start, span.end).trim();
    const lowerWords = words.toLowerCase();
    const gender = PRONOUN_GENDER.get(lowerWords);
    if (gender) {
      this.people ??= new PersonTimeline(this.set, this.quotes);
      const k = antecedent(this.people, span.start, gender);
      return k ? this.publish(k) : null;
    }
    if (/^(?:it|its)$/.test(lowerWords) || /^(?:they|them|their)$/.test(lowerWords)) {
      // "It said" → the organisation or country last named; "they" → also a group.
      const kinds = lowerWords.startsWith('i')
        ? ['ORGANIZATION', 'COUNTRY']
        : ['GROUP', 'ORGANIZATION', 'COUNTRY'];
      const k = new PersonTimeline(this.set, this.quotes, kinds).before(span.start, 1)[0]?.cluster;
      return k ? this.publish(k) : null;
    }
    const age = /^the\s+(\d+)-year-old$/i.exec(words)?.[1];
    if (age) return this.byAge(age, span.start);
    const parts = words.split(/\s+/).map((w) => w.replace(/['’]s?$/u, ''));
    const country = countryIn(parts);
    const head = parts[parts.length - 1]!.toLowerCase();
    if (PERSON_ROLES.has(head)) {
      // "the Ukrainian president": the holder of that role (of that country, if the text says).
      const holders = this.set.clusters.filter(
        (k) =>
          k.kind === 'PERSON' &&
          !k.anonymous &&
          k.roles.has(head) &&
          (!country || k.countries.size === 0 || k.countries.has(country)),
      );
      const k = nearestBefore(holders, span.start, true);
      return k ? this.publish(k) : null;
    }
    if (country) {
      const k =
        this.set.clusters.find((c) => c.kind === 'COUNTRY' && c.name === country) ??
        this.set.create('COUNTRY', [country], country);
      return this.publish(k);
    }
    return null;
  }

  /** "the 28-year-old" → the person last introduced as "Name, 28,". */
  private byAge(age: string, before: number): LocalEntity | null {
    const pattern = new RegExp(`^,\\s*${age}\\b`);
    let best: { k: Cluster; at: number } | null = null;
    for (const k of this.set.clusters) {
      if (k.kind !== 'PERSON') continue;
      for (const m of k.mentions)
        if (
          m.start < before &&
          (!best || m.start > best.at) &&
          pattern.test(this.text.slice(m.end, m.end + 8))
        )
          best = { k, at: m.start };
    }
    if (best) return this.publish(best.k);
    // No "Name, 28," introduction: an age description refers back like a definite description.
    this.people ??= new PersonTimeline(this.set, this.quotes);
    const k = antecedent(this.people, before, 'unknown');
    return k ? this.publish(k) : null;
  }

  /** The mention that best covers the span: the same span, same end, then names, then the largest overlap. */
  private mentionAt(span: Range): EntityMention | null {
    let best: EntityMention | null = null;
    let bestScore = 0;
    for (let i = this.firstMentionNear(span); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= span.end) break;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap <= 0) continue;
      const exact = m.start === span.start && m.end === span.end;
      const score =
        overlap +
        (exact ? 20_000 : 0) +
        (m.end === span.end ? 10_000 : 0) +
        (m.form === 'name' ? 1_000 : 0);
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }

  /** Mentions are short and sorted by start: the search begins a bounded distance before the span. */
  private firstMentionNear(span: Range): number {
    let lo = 0;
    let hi = this.mentions.length;
    const from = span.start - 200;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Overlap test against many spans in O(log n): sorted starts plus a running maximum of ends. */
function overlapCheck(spans: Range[]): (span: Range) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? 0));
  return (span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > span.start;
  };
}

function canonicalName(k: Cluster): string {
  if (k.kind !== 'PERSON' || k.anonymous) return k.name.replace(/^the\s+/i, '');
  return k.tokens.join(' ');
}

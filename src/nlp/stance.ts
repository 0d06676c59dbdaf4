import type { LocalEntity, Range, Relation } from '../domain/model.js';
import type { Affiliations } from './affiliation.js';
import type { Candidate } from './candidate.js';
import { announcedCritique, critiqueIn } from './critique.js';
import { countryIn } from './entities/country-in.js';
import { isAnonymousKey, type DocumentEntities } from './entity-port.js';
import { LEADERSHIP_NOUNS } from './rules/target-lexicon.js';
import { contentTarget, isRebuttal, type TargetDecision } from './target.js';

/**
 * Who is in dispute with whom in one article, read off the statements whose target the text
 * states ("Marchetti accused Seoul …", "Kowalczyk accused trust managers …"). News gives a
 * critical quote's target only once and lets the next quotes lean on it, so a disputant's later
 * complaints, denials and warnings are aimed at the same opponent. Sides are parties: a minister
 * speaks for her country, a union leader for the union, so an attack on the trust makes the
 * trust's chief executive the union's opponent too.
 */
export interface StatedTarget {
  speaker: LocalEntity;
  relation: Relation;
  target: LocalEntity;
  at: number;
}

/** How strongly each stated relation puts speaker and target on opposite sides. */
const OPPOSITION: Partial<Record<Relation, number>> = {
  ACCUSES: 1,
  CRITICIZES: 1,
  DENIES: 0.8,
  REJECTS: 0.8,
  WARNS: 0.6,
};

interface Edge {
  opponent: LocalEntity;
  weight: number;
  at: number;
  /** Stated by this side (not the answer to an attack on it). */
  forward: boolean;
}

const PROMINENT = new Set(['PERSON', 'ORGANIZATION']);
/** Weight of one stated attack against one mention when ranking the article's main accused. */
const ATTACK_MENTIONS = 4;

/** A mention in parentheses, as in a dateline or byline: "(Coastline News)", "(Reporting by …)". */
const credit = (text: string, m: Range): boolean =>
  /\(\s*(?:reporting by\s+|editing by\s+)?$/iu.test(
    text.slice(Math.max(0, m.start - 16), m.start),
  ) && /^[^()\n]{0,40}\)/u.test(text.slice(m.end, m.end + 41));

interface Prominent {
  entity: LocalEntity;
  score: number;
  /** When it was first seen: the earlier of two equally prominent actors ranks first. */
  order: number;
  rank: number;
}

/** The analysis window an entity belongs to: its key's "w<n>:" prefix, empty for one window. */
const windowOf = (e: LocalEntity): string => /^w\d+:/u.exec(e.key)?.[0] ?? '';

const outranks = (a: Prominent, b: Prominent): boolean =>
  a.score > b.score || (a.score === b.score && a.order < b.order);

export class Sides {
  private readonly edges = new Map<string, Edge[]>();
  /**
   * Mentions plus stated attacks per named actor: who the article is about and accuses. Countries
   * count only when attacked: a dateline or a setting is mentioned often without being a party.
   */
  private readonly prominence = new Map<string, Prominent>();
  /**
   * The same entries per analysis window (src/nlp/entity-windows.ts: long inputs are analysed in
   * windows, each with its own entities), most prominent first (ties: first seen first), kept
   * sorted as scores rise. News articles are one window.
   */
  private readonly ranked = new Map<string, Prominent[]>();

  constructor(
    text: string,
    private readonly affiliations: Affiliations,
    entities: DocumentEntities,
  ) {
    const byKey = new Map(entities.entities.map((e) => [e.key, e]));
    for (const m of entities.mentions) {
      if (!PROMINENT.has(m.kind) || m.form === 'pronoun' || isAnonymousKey(m.entityKey)) continue;
      const e = byKey.get(m.entityKey);
      if (!e || credit(text, m)) continue;
      let p = this.prominence.get(e.key);
      if (!p) {
        const list = this.listOf(e);
        p = { entity: e, score: 0, order: list.length, rank: 0 };
        this.prominence.set(e.key, p);
        list.push(p);
      }
      p.score++;
    }
    // Counted first and sorted once: raising one mention at a time would shuffle long lists.
    for (const list of this.ranked.values()) {
      list.sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0));
      list.forEach((p, i) => (p.rank = i));
    }
  }

  /** Records a statement whose target the text states; `strength` scales it (narrative < quote). */
  state(s: StatedTarget, strength = 1): void {
    const weight = (OPPOSITION[s.relation] ?? 0) * strength;
    if (!weight || this.sameSide(s.speaker, s.target)) return;
    this.add(this.party(s.speaker), { opponent: s.target, weight, at: s.at, forward: true });
    // The attacked side answers the attacker's side: the party when the speaker represents one.
    this.add(this.party(s.target), {
      opponent: this.party(s.speaker),
      weight,
      at: s.at,
      forward: false,
    });
    this.raise(s.target, weight * ATTACK_MENTIONS);
  }

  /** The organisation or country a person speaks for (through its government seat), else itself. */
  party(e: LocalEntity): LocalEntity {
    let p = e;
    for (let hop = 0; hop < 3; hop++) p = this.affiliations.get(p.key) ?? p;
    return p;
  }

  sameSide(a: LocalEntity, b: LocalEntity): boolean {
    return a.key === b.key || this.party(a).key === this.party(b).key;
  }

  /**
   * The side this speaker's party is in dispute with, strongest and then nearest to `at`;
   * `ownAttacksOnly` ignores attacks on the speaker's side (a warning is not an answer).
   */
  opponent(speaker: LocalEntity, at: number, ownAttacksOnly = false): LocalEntity | null {
    const scores = new Map<string, { entity: LocalEntity; weight: number; distance: number }>();
    for (const e of this.edges.get(this.party(speaker).key) ?? []) {
      if (this.sameSide(speaker, e.opponent) || (ownAttacksOnly && !e.forward)) continue;
      const s = scores.get(e.opponent.key) ?? { entity: e.opponent, weight: 0, distance: Infinity };
      s.weight += e.weight;
      s.distance = Math.min(s.distance, Math.abs(e.at - at));
      scores.set(e.opponent.key, s);
    }
    let best: { entity: LocalEntity; weight: number; distance: number } | null = null;
    for (const s of scores.values())
      if (
        !best ||
        s.weight > best.weight + 1e-9 ||
        (Math.abs(s.weight - best.weight) < 1e-9 && s.distance < best.distance)
      )
        best = s;
    return best?.entity ?? null;
  }

  /** Who the article is about and accuses most (of one kind, if given), off this speaker's side. */
  mainAccused(speaker: LocalEntity, kind?: LocalEntity['kind']): LocalEntity | null {
    for (const a of this.ranked.get(windowOf(speaker)) ?? [])
      if ((!kind || a.entity.kind === kind) && !this.sameSide(speaker, a.entity)) return a.entity;
    return null;
  }

  private raise(e: LocalEntity, by: number): void {
    let p = this.prominence.get(e.key);
    if (!p) {
      const list = this.listOf(e);
      p = { entity: e, score: 0, order: list.length, rank: list.length };
      this.prominence.set(e.key, p);
      list.push(p);
    }
    p.score += by;
    // Scores only rise, so the entry only moves up: one insertion step keeps the order.
    const r = this.listOf(e);
    for (let i = p.rank; i > 0 && outranks(p, r[i - 1]!); i--) {
      r[i] = r[i - 1]!;
      r[i]!.rank = i;
      r[i - 1] = p;
      p.rank = i - 1;
    }
  }

  private listOf(e: LocalEntity): Prominent[] {
    const w = windowOf(e);
    let list = this.ranked.get(w);
    if (!list) this.ranked.set(w, (list = []));
    return list;
  }

  private add(side: LocalEntity, edge: Edge): void {
    const list = this.edges.get(side.key) ?? [];
    list.push(edge);
    this.edges.set(side.key, list);
  }
}

const ADVERSARIAL = new Set<Relation>(['CRITICIZES', 'ACCUSES', 'DENIES', 'REJECTS']);
const NEUTRAL = new Set<Relation>(['STATES', 'CLAIMS']);
const LED_BY_UNNAMED = new RegExp(
  String.raw`^["“‘']?(?:the\s+)?(?:${[...LEADERSHIP_NOUNS, 'government', 'company', 'council'].join('|')})\b`,
  'iu',
);
const NONE: TargetDecision = { entity: null, group: null, mention: null, source: 'none' };

export interface Implied {
  target: TargetDecision;
  /** Set when the content shows a plainly reported statement to be a complaint. */
  relation?: { relation: Relation; source: string };
}

/** "Korean" for South Korea, "Bolivian" for Bolivia: a name word's stem starts the demonym. */
const demonymStems = (country: string): string[] =>
  country
    .split(/\s+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, -1));

/** A demonym in the content naming the opponent country ("the Korean delegation"). */
function demonymOf(c: Candidate, opponent: LocalEntity): TargetDecision | null {
  if (opponent.kind !== 'COUNTRY') return null;
  const stems = demonymStems(opponent.name);
  for (const m of c.quote.text.matchAll(/\b\p{Lu}\p{L}+/gu))
    if (
      countryIn([m[0]]) === opponent.name ||
      (/(?:an|ian|ese|ish|i)$/u.test(m[0]) && stems.some((s) => m[0].startsWith(s)))
    ) {
      const start = c.quote.start + m.index;
      return {
        entity: opponent,
        group: null,
        mention: { text: m[0], start, end: start + m[0].length },
        source: 'opponent',
      };
    }
  return null;
}

/**
 * A target read off the content, moved to the opponent's side when the content also names it:
 * "the use of Taurus missiles … would be considered direct participation of Germany".
 */
export function preferOpponent(
  text: string,
  c: Candidate,
  current: TargetDecision,
  speaker: LocalEntity,
  sides: Sides,
  entities: DocumentEntities,
): TargetDecision {
  const opponent = sides.opponent(speaker, c.quote.start);
  if (!opponent || (current.entity && sides.sameSide(current.entity, opponent))) return current;
  const named =
    contentTarget(c, { text, entities, question: null }, (e) => sides.sameSide(e, opponent)) ??
    demonymOf(c, opponent);
  return named ? { ...named, source: 'opponent' } : current;
}

/**
 * The target of a statement whose sentence names none. A plain statement that names the
 * speaker's opponent is about it, and one that complains (src/nlp/critique.ts) is aimed at it; a
 * complaint, denial or warning is aimed at the opponent. A complaint by someone outside the dispute,
 * when its cue says so ("criticised", "accused"), is aimed at the article's main accused.
 */
export function impliedTarget(
  text: string,
  c: Candidate,
  relation: { relation: Relation; source: string },
  speaker: LocalEntity,
  sides: Sides,
  entities: DocumentEntities,
): Implied {
  const rel = relation.relation;
  if (isRebuttal(c, rel)) return { target: NONE };
  const at = c.quote.start;
  const aimed = (e: LocalEntity | null): Implied =>
    e
      ? { target: { entity: e, group: null, mention: null, source: 'discourse' } }
      : { target: NONE };
  if (ADVERSARIAL.has(rel))
    return aimed(
      sides.opponent(speaker, at) ??
        (relation.source.startsWith('cue') ? sides.mainAccused(speaker) : null),
    );
  if (rel === 'WARNS') return aimed(sides.opponent(speaker, at, true));
  // "ministers 'must not sacrifice …'": an appeal to unnamed leaders goes to the other side.
  if (rel === 'URGES')
    return LED_BY_UNNAMED.test(c.quote.text)
      ? aimed(sides.opponent(speaker, at) ?? sides.mainAccused(speaker))
      : { target: NONE };
  if (!NEUTRAL.has(rel)) return { target: NONE };
  const opponent = sides.opponent(speaker, at);
  const named = opponent
    ? (contentTarget(c, { text, entities, question: null }, (e) => sides.sameSide(e, opponent)) ??
      demonymOf(c, opponent))
    : null;
  const complaint = (): Implied['relation'] => {
    const critique = critiqueIn(c.quote.text) ?? announcedCritique(text, c.quote.start);
    return critique ? { relation: 'CRITICIZES', source: critique.reason } : undefined;
  };
  if (named) return { target: { ...named, source: 'opponent' }, relation: complaint() };
  // Someone outside the dispute complaining about whoever they name ("Nobody from Skyvale called").
  const about = opponent
    ? null
    : contentTarget(
        c,
        { text, entities, question: null },
        (e) => e.kind !== 'COUNTRY' && !sides.sameSide(e, speaker),
      );
  const announced = !opponent && !about ? announcedCritique(text, c.quote.start) : null;
  // "Security researchers were less forgiving. Kitagawa said …": aimed at the story's accused.
  if (announced)
    return {
      ...aimed(sides.mainAccused(speaker)),
      relation: { relation: 'CRITICIZES', source: announced.reason },
    };
  if (!opponent && !about) return { target: NONE };
  const relationOf = complaint();
  if (!relationOf) return { target: NONE };
  if (opponent) return { ...aimed(opponent), relation: relationOf };
  if (about) return { target: about, relation: relationOf };
  return { target: NONE };
}

import type { LocalEntity, Range, Relation } from '../domain/model.js';
import type { Affiliations } from './affiliation.js';
import { isAnonymousKey, type DocumentEntities } from './entity-port.js';
import { ENTITY_WINDOW } from './entity-windows.js';
import { firstIndexAtOrAfter } from './text/search.js';

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
  private readonly unsorted = new Set<string>();
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
    const edges = this.edgesOf(this.party(speaker).key);
    // Only the stretch one entity window covers around the statement: a news article lies within
    // it whole, and a very long input does not compare every statement with every other.
    for (
      let i = firstIndexAtOrAfter(edges, at - ENTITY_WINDOW, (e) => e.at);
      i < edges.length && edges[i]!.at <= at + ENTITY_WINDOW;
      i++
    ) {
      const e = edges[i]!;
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
    this.unsorted.add(side.key);
  }

  /** A side's edges by position; sorted once after the statements that add them. */
  private edgesOf(key: string): Edge[] {
    const list = this.edges.get(key) ?? [];
    if (this.unsorted.delete(key)) list.sort((a, b) => a.at - b.at);
    return list;
  }
}

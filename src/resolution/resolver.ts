import { entityId, quoteId, statementId } from '../domain/ids.js';
import type {
  Article,
  ArticleGraph,
  Entity,
  Extraction,
  LocalEntity,
  LocalEntityRef,
  Statement,
} from '../domain/model.js';
import { isAnonymousKey } from '../nlp/entities/index.js';
import { PERSON_ROLES } from '../nlp/entities/lexicon.js';
import { fold, sameNameToken } from '../nlp/entities/name-keys.js';
import { BlockingIndex, blockingKeys } from './blocking-index.js';
import { DecisionLookup } from './decision-lookup.js';
import { emptyDecisions, type EditorialDecisions } from './editorial-decisions.js';

export type MergeRule =
  | 'alias-file'
  | 'same-full-name'
  | 'known-alias'
  | 'transliteration-variant'
  | 'surname-role'
  | 'surname-outlet-period';

/** Why a local entity of an article was joined to an existing global entity. */
export interface MergeRecord {
  articleId: string;
  localName: string;
  entityId: string;
  entityName: string;
  rule: MergeRule;
  evidence: string;
}

export interface ResolverOptions {
  /** Entities already in the store. */
  known?: Entity[];
  decisions?: EditorialDecisions;
  /** How close in time two articles must be for a bare surname to join by outlet. Default 30. */
  periodDays?: number;
}

interface Profile {
  entity: Entity;
  roles: Set<string>;
  outlets: Set<string>;
  /** Epoch days of the articles that named it. */
  days: number[];
}

const idCache = new Map<string, string>();
/** entityId hashes; names recur in every article, so remember the answers. */
const idOf = (kind: Entity['kind'], name: string): string => {
  const key = `${kind}|${name}`;
  let id = idCache.get(key);
  if (id === undefined) {
    if (idCache.size > 100_000) idCache.clear();
    idCache.set(key, (id = entityId(kind, name)));
  }
  return id;
};

const PRONOUNS = /^(?:he|she|him|her|his|they|them|it|its|we|i|you)$/i;
const DETERMINER = /^(?:its|their|his|her|your|our|my|an?)\s/i;
const DAY_MS = 86_400_000;
const dayOf = (iso: string | null): number | null => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
};
const rolesIn = (texts: string[]): Set<string> => {
  const roles = new Set<string>();
  for (const t of texts)
    for (const w of t.toLowerCase().split(/[^\p{L}-]+/u)) if (PERSON_ROLES.has(w)) roles.add(w);
  return roles;
};
/** Surface forms worth keeping as aliases: names, not pronouns or descriptions. */
const aliasForms = (local: LocalEntity): string[] =>
  [local.name, ...local.mentions.map((m) => m.text)]
    .map((t) =>
      t
        .replace(/^the\s+/i, '')
        .replace(/['’]s?$/u, '')
        .trim(),
    )
    .filter((t) => /^\p{Lu}/u.test(t) && !PRONOUNS.test(t) && !DETERMINER.test(t));

/**
 * Cross-document entity resolution: gives each local entity of an article a stable global id,
 * joining an existing entity only on strong evidence and recording why in `log`.
 */
export class Resolver {
  readonly log: MergeRecord[] = [];
  private readonly profiles = new Map<string, Profile>();
  private readonly index = new BlockingIndex();
  private readonly aliasIndex = new Map<string, string>();
  private readonly decisions: DecisionLookup;
  private readonly periodDays: number;

  constructor(options: ResolverOptions = {}) {
    this.decisions = new DecisionLookup(options.decisions ?? emptyDecisions());
    this.periodDays = options.periodDays ?? 30;
    for (const e of options.known ?? []) this.register(e, rolesIn([e.name, ...e.aliases]));
  }

  /** Every entity the resolver knows: seeded plus created or updated by resolve(). */
  entities(): Entity[] {
    return [...this.profiles.values()].map((p) => p.entity);
  }

  resolve(article: Article, extraction: Extraction): ArticleGraph {
    const idOfKey = new Map<string, string>();
    const touched = new Map<string, Entity>();
    const day = dayOf(article.publishedAt);
    for (const local of extraction.entities) {
      const profile = this.place(article, local, day);
      idOfKey.set(local.key, profile.entity.id);
      const aliases = new Set(profile.entity.aliases);
      if (!isAnonymousKey(local.key))
        for (const a of aliasForms(local)) if (a !== profile.entity.name) aliases.add(a);
      profile.entity = { ...profile.entity, aliases: [...aliases].sort() };
      for (const a of profile.entity.aliases) this.indexAlias(profile.entity, a);
      for (const r of rolesIn(local.mentions.map((m) => m.text))) profile.roles.add(r);
      if (article.source) profile.outlets.add(article.source);
      if (day !== null) profile.days.push(day);
      touched.set(profile.entity.id, profile.entity);
    }
    const ref = (r: LocalEntityRef | null) => {
      const id = r && idOfKey.get(r.entityKey);
      return id ? { entityId: id, mention: r.mention } : null;
    };
    const statements: Statement[] = extraction.quotations.map((q) => ({
      id: statementId(article.id, q.quote),
      articleId: article.id,
      quote: { ...q.quote, id: quoteId(article.id, q.quote), type: q.type },
      speaker: ref(q.speaker),
      cue: q.cue,
      relation: q.relation,
      target: ref(q.target),
      confidence: q.confidence,
      verified: false,
      reason: q.reason,
    }));
    return { article, entities: [...touched.values()], statements };
  }

  /** Finds or creates the global entity for one local entity. */
  private place(article: Article, local: LocalEntity, day: number | null): Profile {
    const kind = local.kind;
    if (isAnonymousKey(local.key)) {
      // Known only by a description in this article: its own node, never joined elsewhere.
      const id = idOf(kind, `${local.name} ${article.id}`);
      return this.profiles.get(id) ?? this.register({ id, name: local.name, kind, aliases: [] });
    }
    const join = (p: Profile, rule: MergeRule, evidence: string): Profile => {
      this.log.push({
        articleId: article.id,
        localName: local.name,
        entityId: p.entity.id,
        entityName: p.entity.name,
        rule,
        evidence,
      });
      return p;
    };
    for (const form of [local.name, ...aliasForms(local)]) {
      const declared = this.decisions.canonicalName(kind, form);
      if (declared) {
        const id = idOf(kind, declared);
        const p = this.profiles.get(id) ?? this.register({ id, name: declared, kind, aliases: [] });
        return join(p, 'alias-file', `"${form}" is declared as ${declared}`);
      }
    }
    const exact = this.profiles.get(idOf(kind, local.name));
    if (exact)
      return join(exact, 'same-full-name', `same ${kind.toLowerCase()} name "${local.name}"`);
    const allowed = (p: Profile) => !this.decisions.neverMerge(kind, local.name, p.entity.name);
    const viaAlias = this.aliasIndex.get(`${kind}|${fold(local.name)}`);
    const aliasHit = viaAlias ? this.profiles.get(viaAlias) : undefined;
    if (aliasHit && allowed(aliasHit))
      return join(
        aliasHit,
        'known-alias',
        `"${local.name}" is a known alias of ${aliasHit.entity.name}`,
      );
    // A lone unknown word is typed ORGANIZATION in-document; it may be a known person's surname.
    const bareWord = kind === 'ORGANIZATION' && !fold(local.name).includes(' ');
    if (kind === 'PERSON' || bareWord) {
      const hit = this.personCandidate(local, day, article.source);
      if (hit && allowed(hit.profile)) return join(hit.profile, hit.rule, hit.evidence);
    }
    const id = idOf(kind, local.name);
    return this.register({ id, name: local.name, kind, aliases: [] });
  }

  private personCandidate(local: LocalEntity, day: number | null, outlet: string | null) {
    const tokens = fold(local.name).split(' ').filter(Boolean);
    if (tokens.length === 0) return null;
    const candidates = (key: string) =>
      [...this.index.get(key)]
        .map((id) => this.profiles.get(id)!)
        .filter((p) => p.entity.kind === 'PERSON');
    const keys = blockingKeys('PERSON', local.name);
    if (tokens.length > 1) {
      const variants = candidates(keys[2]!).filter((p) => {
        const other = fold(p.entity.name).split(' ');
        return (
          other.length === tokens.length && other.every((t, i) => sameNameToken(t, tokens[i]!))
        );
      });
      return variants.length === 1
        ? {
            profile: variants[0]!,
            rule: 'transliteration-variant' as const,
            evidence: `"${local.name}" spells "${variants[0]!.entity.name}" differently`,
          }
        : null;
    }
    // A bare surname: join only a unique full-name holder with corroborating role or outlet+period.
    const surname = tokens[0]!;
    const holders = candidates(keys[1]!).filter((p) => {
      const other = fold(p.entity.name).split(' ');
      return other.length > 1 && sameNameToken(other[other.length - 1]!, surname);
    });
    const roles = rolesIn(local.mentions.map((m) => m.text));
    // Role evidence counts within the period when both sides are dated.
    const inPeriod = (p: Profile) =>
      day === null ||
      p.days.length === 0 ||
      p.days.some((d) => Math.abs(d - day) <= this.periodDays);
    const withRole = holders.filter((p) => inPeriod(p) && [...roles].some((r) => p.roles.has(r)));
    if (withRole.length === 1) {
      const shared = [...roles].filter((r) => withRole[0]!.roles.has(r));
      return {
        profile: withRole[0]!,
        rule: 'surname-role' as const,
        evidence: `surname "${local.name}" with shared role ${shared.join(', ')}`,
      };
    }
    if (holders.length !== 1 || withRole.length > 1) return null;
    const p = holders[0]!;
    if (outlet && p.outlets.has(outlet) && day !== null && p.days.length > 0 && inPeriod(p))
      return {
        profile: p,
        rule: 'surname-outlet-period' as const,
        evidence: `surname "${local.name}" in ${outlet} within ${this.periodDays} days`,
      };
    return null;
  }

  private register(entity: Entity, roles: Set<string> = new Set()): Profile {
    const profile: Profile = { entity, roles, outlets: new Set(), days: [] };
    this.profiles.set(entity.id, profile);
    for (const key of blockingKeys(entity.kind, entity.name)) this.index.add(key, entity.id);
    for (const a of entity.aliases) this.indexAlias(entity, a);
    return profile;
  }

  /** Multi-word aliases only: a bare surname alias is not evidence enough on its own. */
  private indexAlias(entity: Entity, alias: string): void {
    const folded = fold(alias);
    if (folded.includes(' ')) this.aliasIndex.set(`${entity.kind}|${folded}`, entity.id);
  }
}

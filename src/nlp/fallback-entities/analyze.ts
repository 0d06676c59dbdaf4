import nlp from 'compromise';
import type { EntityKind, LocalEntity, Range } from '../../domain/model.js';
import type { DocumentEntities, EntityMention } from '../entity-port.js';
import { findQuotedSpans } from '../quotes.js';
import { FEMALE_WORDS, MALE_WORDS, ORG_DESCRIPTORS, TITLE_WORDS } from '../rules/name-words.js';
import { countryOf, countryOfDemonym } from './gazetteer.js';
import { nameRuns, type NameRun } from './name-runs.js';

/**
 * Minimal in-document entity analysis standing in for src/nlp/entities until it lands: name
 * clusters (full name, surname, first name, org prefix), role bindings from titles and
 * appositions, and pronoun/descriptor resolution to the nearest compatible preceding mention.
 */
interface Cluster {
  entity: LocalEntity;
  tokens: string[];
  roles: Set<string>;
  gender: 'm' | 'f' | null;
}

const genderCache = new Map<string, 'm' | 'f' | null>();
/** compromise's first-name lexicon (slow library, so only on single words, memoised). */
function genderOfFirstName(word: string): 'm' | 'f' | null {
  let g = genderCache.get(word);
  if (g === undefined) {
    const doc = nlp(word);
    g = doc.has('#MaleName') ? 'm' : doc.has('#FemaleName') ? 'f' : null;
    genderCache.set(word, g);
  }
  return g;
}

const lower = (s: string): string => s.toLowerCase();
const tokensOf = (name: string): string[] =>
  lower(name)
    .split(/\s+/u)
    .filter((t) => !/^(?:of|the|for|de|la|del|da|van|der|von|y|al)$/u.test(t));
const PRONOUN = /^(?:he|she|him|her|his|hers|it|its|they|them|their)$/iu;

/** Index of the last item whose key is < `at` in a list sorted by key, else -1 (binary search). */
function lastIndexBefore<T>(items: readonly T[], at: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function analyzeEntities(text: string): DocumentEntities {
  const quotes = findQuotedSpans(text);
  const insideQuote = (at: number): boolean => {
    const i = lastIndexBefore(quotes, at + 1, (q) => q.start);
    return i >= 0 && at < quotes[i]!.end;
  };
  const runs = nameRuns(text);
  const clusters: Cluster[] = [];
  const mentions: (EntityMention & { cluster: Cluster })[] = [];

  const newCluster = (name: string, kind: EntityKind): Cluster => {
    const c: Cluster = {
      entity: { key: `${kind[0]}${clusters.length}:${name}`, name, kind, mentions: [] },
      tokens: tokensOf(name),
      roles: new Set(),
      gender: null,
    };
    clusters.push(c);
    return c;
  };
  const attach = (c: Cluster, run: NameRun, form: EntityMention['form'] = 'name'): void => {
    const span = { text: run.text, start: run.start, end: run.end };
    c.entity.mentions.push(span);
    mentions.push({ ...span, entityKey: c.entity.key, kind: c.entity.kind, form, cluster: c });
    for (const t of run.titles) {
      c.roles.add(t);
      if (MALE_WORDS.has(t)) c.gender = 'm';
      if (FEMALE_WORDS.has(t)) c.gender = 'f';
    }
  };

  // Pass 1: multi-word names and countries make clusters (indexed so long texts stay linear).
  const byName = new Map<string, Cluster>();
  const bySurname = new Map<string, Cluster>();
  const byToken = new Map<string, Cluster[]>();
  const index = (c: Cluster): Cluster => {
    byName.set(`${c.entity.kind}:${c.tokens.join(' ')}`, c);
    if (c.entity.kind === 'PERSON') bySurname.set(c.tokens.at(-1)!, c);
    const keys =
      c.entity.kind === 'PERSON' ? c.tokens : [c.tokens[0]!, c.tokens.map((t) => t[0]).join('')];
    for (const t of keys) byToken.set(t, [...(byToken.get(t) ?? []), c]);
    return c;
  };
  const pending: NameRun[] = [];
  for (const run of runs) {
    if (!run.kind) {
      pending.push(run);
      continue;
    }
    const toks = tokensOf(run.name);
    const same =
      byName.get(`${run.kind}:${toks.join(' ')}`) ??
      (run.kind === 'PERSON' && toks.length > 1 ? bySurname.get(toks.at(-1)!) : undefined);
    attach(same ?? index(newCluster(run.name, run.kind)), run);
  }
  // Pass 2: single words link to a cluster by surname, any name token, org prefix or acronym.
  for (const run of pending) {
    const candidates = byToken.get(lower(run.name)) ?? [];
    const before = candidates.filter((c) => (c.entity.mentions[0]?.start ?? Infinity) < run.start);
    const pick = (before.length ? before : candidates).at(-1);
    if (pick) attach(pick, run);
    else if (!run.initial && /^[\p{Lu}]/u.test(run.name))
      attach(index(newCluster(run.name, run.titles.length ? 'PERSON' : 'LOCATION')), run);
  }
  mentions.sort((a, b) => a.start - b.start);

  // Role bindings: "NAME, the ROLE ...," and "ROLE, NAME," appositions; lower-case roles before a name.
  for (const m of mentions) {
    if (m.cluster.entity.kind !== 'PERSON') continue;
    const after =
      /^,\s+(?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}’']*['’]s?)\s+([^,.;]{2,60})/u.exec(
        text.slice(m.end, m.end + 80),
      );
    const beforeText = text.slice(Math.max(0, m.start - 60), m.start);
    const appos =
      /(?:^|[.,;]\s*|\n)(?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}’']*['’]s?)\s+([\p{Ll}][^,.;]{1,50}),\s+$/u.exec(
        beforeText,
      );
    const pre = /((?:[\p{Ll}-]+\s+){1,3})$/u.exec(beforeText);
    for (const phrase of [after?.[1], appos?.[1], pre?.[1]]) {
      if (!phrase) continue;
      const words = lower(phrase).split(/\s+/u).filter(Boolean);
      const cut = words.findIndex((w) => /^(?:who|which|that|of|at|in|for|with)$/u.test(w));
      for (const w of cut >= 0 ? words.slice(0, cut) : words) m.cluster.roles.add(w);
      for (const w of words) {
        if (MALE_WORDS.has(w) && !['he', 'his', 'him'].includes(w)) m.cluster.gender ??= 'm';
        if (FEMALE_WORDS.has(w) && !['she', 'her', 'hers'].includes(w)) m.cluster.gender ??= 'f';
      }
    }
    // Nicknames: "NAME, who has been nicknamed 'the Professor'".
    const nick = /^[^.]{0,60}?\b(?:nicknamed|dubbed|known as)\s+["“‘']([^"”’']{2,30})["”’']/u.exec(
      text.slice(m.end, m.end + 100),
    );
    if (nick) m.cluster.roles.add(`=${lower(nick[1]!)}`);
  }
  for (const c of clusters) {
    if (c.entity.kind === 'PERSON' && !c.gender && c.tokens.length > 1) {
      const first = c.entity.name.split(/\s+/u)[0]!;
      c.gender = genderOfFirstName(first);
    }
  }

  const outside = mentions.filter((m) => !insideQuote(m.start));
  /** The nearest preceding mentions outside quotations, nearest last (bounded for linear time). */
  const nameMentionsBefore = (at: number): (EntityMention & { cluster: Cluster })[] => {
    const i = lastIndexBefore(outside, at, (m) => m.end - 1);
    return outside.slice(Math.max(0, i - 60), i + 1);
  };

  function resolvePronoun(word: string, at: number): Cluster | null {
    const w = lower(word);
    const gender = MALE_WORDS.has(w) ? 'm' : FEMALE_WORDS.has(w) ? 'f' : null;
    const wantOrg = /^(?:it|its)$/u.test(w);
    if (/^(?:they|them|their)$/u.test(w)) return null;
    const prior = nameMentionsBefore(at);
    for (let i = prior.length - 1; i >= 0; i--) {
      const c = prior[i]!.cluster;
      if (
        wantOrg
          ? c.entity.kind === 'ORGANIZATION'
          : c.entity.kind === 'PERSON' && (!gender || !c.gender || c.gender === gender)
      )
        return c;
    }
    return null;
  }

  function resolveDescriptor(words: string[], at: number): Cluster | null {
    const head = words.at(-1)!;
    const prior = nameMentionsBefore(at);
    const latest = (ok: (c: Cluster) => boolean): Cluster | null => {
      for (let i = prior.length - 1; i >= 0; i--)
        if (ok(prior[i]!.cluster)) return prior[i]!.cluster;
      return null;
    };
    const nick = latest(
      (c) => c.roles.has(`=${words.join(' ')}`) || c.roles.has(`=the ${words.join(' ')}`),
    );
    if (nick) return nick;
    if (ORG_DESCRIPTORS.has(head)) {
      return (
        latest((c) => c.entity.kind === 'ORGANIZATION' && c.tokens.includes(head)) ??
        latest((c) => c.entity.kind === 'ORGANIZATION')
      );
    }
    const bound = latest((c) => c.entity.kind === 'PERSON' && words.every((w) => c.roles.has(w)));
    if (bound) return bound;
    const headBound = latest((c) => c.entity.kind === 'PERSON' && c.roles.has(head));
    if (headBound) return headBound;
    if (
      /\d+-year-old$/u.test(head) ||
      TITLE_WORDS.has(head) ||
      /(?:man|woman|person|er|or|ist|ant)$/u.test(head)
    )
      return latest((c) => c.entity.kind === 'PERSON');
    return null;
  }

  function resolve(span: Range): LocalEntity | null {
    const near = mentions[lastIndexBefore(mentions, span.end, (m) => m.start)];
    const hit = near && near.end > span.start ? near : undefined;
    const raw = text.slice(span.start, span.end).trim();
    if (hit && !/^(?:the|a|an)\s/iu.test(raw)) return hit.cluster.entity;
    const words = lower(raw)
      .replace(/['’]s?$/u, '')
      .split(/\s+/u)
      .filter(Boolean);
    if (words.length === 1 && PRONOUN.test(words[0]!))
      return resolvePronoun(words[0]!, span.start)?.entity ?? null;
    if (/^(?:the|this|that)$/u.test(words[0] ?? '') && words.length <= 4) {
      const d = resolveDescriptor(words.slice(1), span.start);
      if (d) return d.entity;
    }
    if (hit) return hit.cluster.entity;
    const country = countryOf(raw) ?? (words.length === 1 ? countryOfDemonym(raw) : null);
    if (country) {
      const known = byName.get(`COUNTRY:${tokensOf(country).join(' ')}`);
      return (known ?? index(newCluster(country, 'COUNTRY'))).entity;
    }
    return null;
  }

  return {
    entities: clusters.map((c) => c.entity),
    mentions: mentions.map(({ cluster: _c, ...m }) => m),
    resolve,
  };
}

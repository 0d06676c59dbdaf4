import type { Range, Span } from '../../domain/model.js';
import { nearestBefore, type Cluster, type ClusterSet } from './clusters.js';
import { countryIn } from './country-in.js';
import type { Descriptor } from './descriptors.js';
import type { GroupMention } from './groups.js';
import { ROLE_GENDER } from './lexicon.js';
import { fold } from './name-keys.js';
import { indexBy, OrganisationLookup } from './organisation-nouns.js';

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

const nameFollows = (edges: ReturnType<typeof nameEdges>, text: string, end: number): boolean => {
  const after = /^,?\s+/.exec(text.slice(end, end + 8));
  return after !== null && edges.byStart.has(end + after[0].length);
};

/** End of the descriptor's role head, before any "of …"/"at …" phrase. */
const headEnd = (d: Descriptor): number => {
  const at = d.text.search(new RegExp(`(?<=\\b${d.head})\\s`, 'u'));
  return at < 0 ? d.end : d.start + at;
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
      // "Name, an analyst at Acme": the name identifies the person and the trailing organisation
      // keeps its own mention; the phrase is kept whole only when it leads to the name.
      const trimmed = d.attached && !nameFollows(edges, text, d.end) ? headEnd(d) : d.end;
      set.add(person, spanOf(text, { start: d.start, end: trimmed }), 'descriptor');
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
    const holders = (byRole.get(d.head) ?? []).filter(
      (k) => !country || k.countries.size === 0 || k.countries.has(country),
    );
    const holder = nearestBefore(holders, d.start, true);
    // "The chief executive of Acme Air" with no such person named before introduces someone.
    if (d.indefinite || named || (d.attached && !holder)) {
      // "a club spokesman", "Vail's publicist": someone new, known only by this description.
      const name = d.text.replace(/^(?:an?|the)\s+/i, '');
      const anon = set.create('PERSON', [name], name, true);
      anon.gender = ROLE_GENDER.get(d.head) ?? 'unknown';
      set.add(anon, spanOf(text, d), 'descriptor');
      continue;
    }
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

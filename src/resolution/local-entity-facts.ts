import { entityId } from '../domain/ids.js';
import type { Entity, LocalEntity } from '../domain/model.js';
import { PERSON_ROLES } from '../nlp/entities/lexicon.js';

/** Facts the resolver reads off a local entity and its article: ids, days, roles, aliases. */
const idCache = new Map<string, string>();
/** entityId hashes; names recur in every article, so remember the answers. */
export const idOf = (kind: Entity['kind'], name: string): string => {
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
export const dayOf = (iso: string | null): number | null => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
};
export const rolesIn = (texts: string[]): Set<string> => {
  const roles = new Set<string>();
  for (const t of texts)
    for (const w of t.toLowerCase().split(/[^\p{L}-]+/u)) if (PERSON_ROLES.has(w)) roles.add(w);
  return roles;
};
/** Surface forms worth keeping as aliases: names, not pronouns or descriptions. */
export const aliasForms = (local: LocalEntity): string[] =>
  [local.name, ...local.mentions.map((m) => m.text)]
    .map((t) =>
      t
        .replace(/^the\s+/i, '')
        .replace(/['’]s?$/u, '')
        .trim(),
    )
    .filter((t) => /^\p{Lu}/u.test(t) && !PRONOUNS.test(t) && !DETERMINER.test(t));

import type { Entity } from '../domain/model.js';
import { fold, nameSimilarity, phoneticKey, sameNameToken } from '../nlp/entities/name-keys.js';
import { BlockingIndex } from './blocking-index.js';
import type { DecisionLookup } from './decision-lookup.js';

export interface SuspiciousPair {
  a: Entity;
  b: Entity;
  /** In [0, 1]; higher means more likely the same entity. */
  score: number;
  why: string;
}

/** Blocks larger than this are common names; comparing all their pairs would be quadratic. */
const MAX_BLOCK = 200;

const tokensOf = (e: Entity): string[] => fold(e.name).split(' ').filter(Boolean);

function compare(a: Entity, b: Entity): { score: number; why: string } | null {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0) return null;
  const similarity = nameSimilarity(a.name, b.name);
  const within = short.every((t) => long.some((u) => sameNameToken(t, u)));
  if (within && short.length < long.length)
    return { score: Math.max(0.9, similarity), why: 'one name is part of the other' };
  if (short.length === long.length && short.every((t, i) => sameNameToken(t, long[i]!)))
    return { score: Math.max(0.95, similarity), why: 'spelling variant' };
  if (similarity >= 0.9) return { score: similarity, why: 'similar spelling' };
  return null;
}

/**
 * Likely duplicates among `entities`, most likely first. Candidates come from blocking keys
 * (kind + sound of each name word), so the work grows with block sizes, not with n².
 */
export function findSuspiciousPairs(
  entities: Entity[],
  decisions?: DecisionLookup,
  limit = 50,
): SuspiciousPair[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const index = new BlockingIndex();
  const keys = new Set<string>();
  for (const e of entities)
    for (const t of tokensOf(e)) {
      if (t.length < 3) continue;
      const key = `${e.kind}|${phoneticKey(t)}`;
      index.add(key, e.id);
      keys.add(key);
    }
  const seen = new Set<string>();
  const pairs: SuspiciousPair[] = [];
  for (const key of keys) {
    const ids = [...index.get(key)];
    if (ids.length < 2 || ids.length > MAX_BLOCK) continue;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const pairKey = ids[i]! < ids[j]! ? `${ids[i]}|${ids[j]}` : `${ids[j]}|${ids[i]}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const a = byId.get(ids[i]!)!;
        const b = byId.get(ids[j]!)!;
        if (decisions?.neverMerge(a.kind, a.name, b.name)) continue;
        const hit = compare(a, b);
        if (hit) pairs.push({ a, b, ...hit });
      }
  }
  return pairs
    .sort((x, y) => y.score - x.score || x.a.name.localeCompare(y.a.name))
    .slice(0, limit);
}

import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';
import { normalizeName } from '../../domain/ids.js';
import type { Entity, EntityKind, SearchHit, Statement } from '../../domain/model.js';
import { quoteWords, type StatementIndexes } from './indexes.js';

/** Token similarity at which "zelenskyy" finds "zelensky" but "smith" does not find "smyth"-like noise. */
const FUZZY_THRESHOLD = 0.9;

function tokenScore(query: string, candidate: string): number {
  if (candidate === query) return 1;
  if (query.length >= 3 && candidate.startsWith(query)) return 0.95;
  const jw = JaroWinklerDistance(query, candidate);
  return jw >= FUZZY_THRESHOLD ? jw * 0.9 : 0;
}

/** How well every query token is matched by some token of one of the entity's names. */
export function entityScore(queryTokens: string[], entity: Entity): number {
  let best = 0;
  for (const name of [entity.name, ...entity.aliases]) {
    const tokens = normalizeName(name).split(' ').filter(Boolean);
    let sum = 0;
    for (const q of queryTokens) {
      const score = Math.max(0, ...tokens.map((t) => tokenScore(q, t)));
      if (score === 0) {
        sum = 0;
        break;
      }
      sum += score;
    }
    best = Math.max(best, sum / queryTokens.length);
  }
  return best;
}

export function searchAll(
  query: string,
  options: { kinds?: ('ENTITY' | 'STATEMENT')[]; entityKinds?: EntityKind[] },
  entities: Iterable<Entity>,
  statements: ReadonlyMap<string, Statement>,
  indexes: StatementIndexes,
): SearchHit[] {
  const tokens = normalizeName(query).split(' ').filter(Boolean);
  if (!tokens.length) return [];
  const kinds = new Set(options.kinds?.length ? options.kinds : ['ENTITY', 'STATEMENT']);
  const hits: SearchHit[] = [];
  if (kinds.has('ENTITY')) {
    const allowed = options.entityKinds?.length ? new Set(options.entityKinds) : null;
    for (const entity of entities) {
      if (allowed && !allowed.has(entity.kind)) continue;
      const score = entityScore(tokens, entity);
      if (score > 0) hits.push({ kind: 'entity', entity, score });
    }
  }
  if (kinds.has('STATEMENT')) {
    const words = quoteWords(query);
    const sets = words.map((w) => indexes.byWord.get(w)).sort((a, b) => a.size - b.size);
    const [first, ...rest] = sets;
    for (const id of first ?? []) {
      if (!rest.every((set) => set.has(id))) continue;
      const statement = statements.get(id);
      if (!statement) continue;
      const phrase = normalizeName(statement.quote.text).includes(normalizeName(query));
      hits.push({ kind: 'statement', statement, score: phrase ? 0.9 : 0.7 });
    }
  }
  return hits;
}

export const hitId = (hit: SearchHit): string =>
  hit.kind === 'entity' ? hit.entity.id : hit.statement.id;

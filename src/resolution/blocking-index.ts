import type { EntityKind } from '../domain/model.js';
import { fold, phoneticKey } from '../nlp/entities/name-keys.js';

/**
 * Blocking keys of a name: candidate lookup goes through these, never through a scan of all
 * entities, so resolving one article costs the same with 1k or 1M entities in the graph.
 */
export function blockingKeys(kind: EntityKind, name: string): string[] {
  const folded = fold(name);
  const keys = [`n|${kind}|${folded}`];
  const tokens = folded.split(' ').filter(Boolean);
  if (kind === 'PERSON' && tokens.length > 0) {
    keys.push(`s|${phoneticKey(tokens[tokens.length - 1]!)}`);
    if (tokens.length > 1)
      keys.push(
        `f|${tokens.length}|${phoneticKey(tokens[0]!)}|${phoneticKey(tokens[tokens.length - 1]!)}`,
      );
  }
  return keys;
}

/** Multimap from blocking key to entity ids. */
export class BlockingIndex {
  private readonly map = new Map<string, Set<string>>();

  add(key: string, id: string): void {
    let ids = this.map.get(key);
    if (!ids) this.map.set(key, (ids = new Set()));
    ids.add(id);
  }

  remove(key: string, id: string): void {
    this.map.get(key)?.delete(id);
  }

  get(key: string): ReadonlySet<string> {
    return this.map.get(key) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

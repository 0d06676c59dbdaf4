import { normalizeName } from '../../domain/ids.js';
import type { Entity } from '../../domain/model.js';
import type { Row } from './cypher-runner.js';

/** Labels are the kind in PascalCase: PERSON → Person, ORGANIZATION → Organization. */
export const kindLabel = (kind: Entity['kind']): string =>
  kind.charAt(0) + kind.slice(1).toLowerCase();

/** Aliases as both adapters keep them: every other name seen, deduplicated and sorted. */
export const uniqueAliases = (name: string, names: Iterable<string>): string[] =>
  [...new Set(names)].filter((n) => n && n !== name).sort();

/**
 * The full-text index sees names folded the way the embedded store's search folds them
 * (normalizeName), so both adapters tokenise "Zelenskyy's" alike.
 */
export const entitySearchText = (entity: Pick<Entity, 'name' | 'aliases'>): string =>
  [entity.name, ...entity.aliases].map(normalizeName).join(' | ');

export const entityRow = (e: Entity): Row => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  label: kindLabel(e.kind),
  aliases: e.aliases,
  searchText: entitySearchText(e),
});

import { fold } from '../nlp/entities/name-keys.js';
import type { EntityKind } from '../domain/model.js';
import type { EditorialDecisions } from './editorial-decisions.js';

const key = (kind: EntityKind, name: string): string => `${kind}|${fold(name)}`;

/** The alias file compiled into constant-time lookups. */
export class DecisionLookup {
  private readonly canonical = new Map<string, string>();
  private readonly never = new Set<string>();

  constructor(decisions: EditorialDecisions) {
    for (const e of decisions.entities) {
      this.canonical.set(key(e.kind, e.name), e.name);
      for (const alias of e.aliases) this.canonical.set(key(e.kind, alias), e.name);
    }
    for (const m of decisions.merge) this.canonical.set(key(m.kind, m.merged), m.survivor);
    for (const n of decisions.neverMerge) {
      this.never.add(`${key(n.kind, n.a)}#${key(n.kind, n.b)}`);
      this.never.add(`${key(n.kind, n.b)}#${key(n.kind, n.a)}`);
    }
  }

  /** The canonical name the editors declared for this surface form, following merge chains. */
  canonicalName(kind: EntityKind, name: string): string | null {
    let current: string | null = null;
    let next = this.canonical.get(key(kind, name));
    const seen = new Set<string>();
    while (next !== undefined && !seen.has(next)) {
      seen.add(next);
      current = next;
      const further = this.canonical.get(key(kind, next));
      next = further === next ? undefined : further;
    }
    return current;
  }

  neverMerge(kind: EntityKind, a: string, b: string): boolean {
    return this.never.has(`${key(kind, a)}#${key(kind, b)}`);
  }
}

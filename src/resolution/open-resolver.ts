import type { Entity } from '../domain/model.js';
import type { GraphStore } from '../graph/port.js';
import { loadDecisions } from './alias-file.js';
import { Resolver } from './resolver.js';

/** Every entity in the store, page by page. */
export async function storedEntities(store: GraphStore): Promise<Entity[]> {
  const out: Entity[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.findEntities({}, { first: 1000, after });
    out.push(...page.items.map((i) => i.node));
    if (!page.hasNextPage) return out;
    after = page.endCursor;
  }
}

/**
 * The resolver an ingest should use: seeded with the store's entities and the data directory's
 * alias file, so editorial decisions apply to every article ingested from now on.
 */
export async function openResolver(store: GraphStore, dataDir: string): Promise<Resolver> {
  const [known, decisions] = await Promise.all([storedEntities(store), loadDecisions(dataDir)]);
  return new Resolver({ known, decisions });
}

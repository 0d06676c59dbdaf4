import type { Article, Entity, Statement, StatementFilter } from '../../domain/model.js';
import type { GraphStore } from '../port.js';

/** Everything one export needs, gathered through the port only so every adapter exports alike. */
export interface ExportGraph {
  statements: Statement[];
  /** Every entity when unfiltered; else the speakers and targets of the statements. */
  entities: Entity[];
  articles: Map<string, Article>;
}

const PAGE_SIZE = 500;

export async function collectExportGraph(
  store: GraphStore,
  filter: StatementFilter = {},
): Promise<ExportGraph> {
  const statements: Statement[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.findStatements(filter, { first: PAGE_SIZE, after }, 'PUBLISHED_ASC');
    statements.push(...page.items.map((item) => item.node));
    if (!page.hasNextPage || page.endCursor === null) break;
    after = page.endCursor;
  }
  const entityIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const s of statements) {
    if (s.speaker) entityIds.add(s.speaker.entityId);
    if (s.target) entityIds.add(s.target.entityId);
    articleIds.add(s.articleId);
  }
  // Unfiltered, the export is the whole graph, entities that never speak or are spoken of too.
  const entities =
    Object.keys(filter).length === 0
      ? await allEntities(store)
      : (await store.getEntities([...entityIds])).filter((e): e is Entity => e !== null);
  const articles = new Map<string, Article>();
  for (const a of await store.getArticles([...articleIds])) if (a) articles.set(a.id, a);
  return { statements, entities, articles };
}

async function allEntities(store: GraphStore): Promise<Entity[]> {
  const entities: Entity[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.findEntities({}, { first: PAGE_SIZE, after });
    entities.push(...page.items.map((item) => item.node));
    if (!page.hasNextPage || page.endCursor === null) return entities;
    after = page.endCursor;
  }
}

import type { Article, Entity, Statement, StatementFilter } from '../../domain/model.js';
import type { GraphStore } from '../port.js';

/** Everything one export needs, gathered through the port only so every adapter exports alike. */
export interface ExportGraph {
  statements: Statement[];
  /** Speakers and targets of the statements, in first-seen order. */
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
  const entities = (await store.getEntities([...entityIds])).filter((e): e is Entity => e !== null);
  const articles = new Map<string, Article>();
  for (const a of await store.getArticles([...articleIds])) if (a) articles.set(a.id, a);
  return { statements, entities, articles };
}

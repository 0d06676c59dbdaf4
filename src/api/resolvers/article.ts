import type { Article, Statement } from '../../domain/model.js';
import type { GraphStore } from '../../graph/port.js';
import type { ApiContext } from '../context.js';
import type { QuoteView } from './statement.js';

const PAGE = 500;

/** Every statement of one article, in reading order (articles hold tens, not thousands). */
export const articleStatements = async (store: GraphStore, articleId: string) => {
  const all: Statement[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.findStatements({ articleId }, { first: PAGE, after });
    all.push(...page.items.map((i) => i.node));
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return all.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
};

export const articleResolvers = {
  Article: {
    outlet: (a: Article) => a.source,
    quotes: async (a: Article, _: unknown, ctx: ApiContext): Promise<QuoteView[]> =>
      (await articleStatements(ctx.store, a.id)).map((statement) => ({ statement })),
  },
};

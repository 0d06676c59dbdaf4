import type { Statement } from '../../domain/model.js';
import type { ApiContext } from '../context.js';
import {
  matchesFilter,
  toStatementFilter,
  type StatementFilterInput,
} from '../statement-filter.js';

/** Filters the in-process statement stream per subscriber; ends when the client goes away. */
async function* matching(
  ctx: ApiContext,
  filterInput: StatementFilterInput | null | undefined,
  stream: AsyncIterable<Statement>,
  abort: AbortController,
): AsyncGenerator<{ statementAdded: Statement }> {
  const filter = toStatementFilter(filterInput);
  const needsArticle = Boolean(filter.outlet || filter.from || filter.to);
  try {
    for await (const statement of stream) {
      const article = needsArticle
        ? ((await ctx.store.getArticles([statement.articleId]))[0] ?? null)
        : null;
      if (matchesFilter(statement, filter, article)) yield { statementAdded: statement };
    }
  } finally {
    abort.abort();
  }
}

export const subscriptionResolvers = {
  Subscription: {
    statementAdded: {
      subscribe: (_: unknown, args: { filter?: StatementFilterInput | null }, ctx: ApiContext) => {
        const abort = new AbortController();
        return matching(ctx, args.filter, ctx.events.subscribe(abort.signal), abort);
      },
    },
  },
};

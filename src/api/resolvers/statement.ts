import type { Statement } from '../../domain/model.js';
import { NotFoundError } from '../../domain/errors.js';
import type { ApiContext } from '../context.js';

/** A quote is served through its statement, which carries article, cue and confidence. */
export interface QuoteView {
  statement: Statement;
}

const loadArticle = async (articleId: string, ctx: ApiContext) => {
  const article = await ctx.loaders.article.load(articleId);
  if (!article) throw new NotFoundError('Article', articleId);
  return article;
};

const loadEntity = async (id: string | undefined, ctx: ApiContext) =>
  id ? ctx.loaders.entity.load(id) : null;

export const statementResolvers = {
  Statement: {
    speaker: (s: Statement, _: unknown, ctx: ApiContext) => loadEntity(s.speaker?.entityId, ctx),
    speakerMention: (s: Statement) => s.speaker?.mention ?? null,
    target: (s: Statement, _: unknown, ctx: ApiContext) => loadEntity(s.target?.entityId, ctx),
    targetMention: (s: Statement) => s.target?.mention ?? null,
    quote: (s: Statement): QuoteView => ({ statement: s }),
    article: (s: Statement, _: unknown, ctx: ApiContext) => loadArticle(s.articleId, ctx),
  },
  Quote: {
    id: (q: QuoteView) => q.statement.quote.id,
    text: (q: QuoteView) => q.statement.quote.text,
    type: (q: QuoteView) => q.statement.quote.type,
    start: (q: QuoteView) => q.statement.quote.start,
    end: (q: QuoteView) => q.statement.quote.end,
    article: (q: QuoteView, _: unknown, ctx: ApiContext) => loadArticle(q.statement.articleId, ctx),
    cue: (q: QuoteView) => q.statement.cue,
    confidence: (q: QuoteView) => q.statement.confidence,
    verified: (q: QuoteView) => q.statement.verified,
  },
  QuoteType: { DIRECT: 'direct', INDIRECT: 'indirect', MIXED: 'mixed' },
};

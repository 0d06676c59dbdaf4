import { InvalidArticleError } from '../../domain/errors.js';
import { isEntityKind, isRelation, QUOTE_TYPES, type ArticleGraph } from '../../domain/model.js';

/** Rejects a malformed graph before anything is written, naming the offending part. */
export const validateArticleGraph = (graph: ArticleGraph): void => {
  const { article, entities, statements } = graph;
  const fail = (message: string, extra: Record<string, unknown> = {}): never => {
    throw new InvalidArticleError(message, { articleId: article?.id, ...extra });
  };
  if (!article || typeof article.id !== 'string' || article.id === '') fail('article id missing');
  if (typeof article.text !== 'string') fail('article text missing');
  const known = new Set<string>();
  for (const entity of entities ?? []) {
    if (!entity.id || !entity.name) fail('entity without id or name', { entity });
    if (!isEntityKind(entity.kind)) fail(`unknown entity kind ${entity.kind}`, { entityId: entity.id });
    known.add(entity.id);
  }
  for (const s of statements ?? []) {
    const where = { statementId: s.id };
    if (s.articleId !== article.id) fail('statement belongs to another article', where);
    if (!isRelation(s.relation)) fail(`unknown relation ${s.relation}`, where);
    if (!(QUOTE_TYPES as readonly string[]).includes(s.quote.type)) fail('unknown quote type', where);
    const { start, end } = s.quote;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= article.text.length)) {
      fail('quote offsets outside the article text', where);
    }
    if (!(s.confidence >= 0 && s.confidence <= 1)) fail('confidence outside [0, 1]', where);
    for (const ref of [s.speaker, s.target]) {
      if (ref && !known.has(ref.entityId)) fail(`statement names unknown entity ${ref.entityId}`, where);
    }
  }
};

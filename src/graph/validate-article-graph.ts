import { InvalidArticleError } from '../domain/errors.js';
import {
  isEntityKind,
  isRelation,
  QUOTE_TYPES,
  type ArticleGraph,
  type Range,
} from '../domain/model.js';

const inText = (r: Range, length: number) =>
  Number.isInteger(r.start) &&
  Number.isInteger(r.end) &&
  r.start >= 0 &&
  r.start <= r.end &&
  r.end <= length;

/**
 * Rejects a graph that would corrupt the store, naming the first problem. Both adapters call it
 * before writing anything, so a bad article never half-lands.
 */
export function validateArticleGraph(graph: ArticleGraph): void {
  const { article } = graph;
  const fail = (message: string) => {
    throw new InvalidArticleError(`article ${article?.id ?? '?'}: ${message}`, {
      articleId: article?.id,
    });
  };
  if (!article || typeof article.id !== 'string' || !article.id) fail('missing id');
  if (typeof article.text !== 'string') fail('text must be a string');
  if (article.publishedAt && Number.isNaN(Date.parse(article.publishedAt)))
    fail(`publishedAt "${article.publishedAt}" is not an ISO date`);
  const entityIds = new Set<string>();
  for (const entity of graph.entities) {
    if (!entity.id || !entity.name) fail('an entity has no id or name');
    if (!isEntityKind(entity.kind)) fail(`entity ${entity.id} has unknown kind ${entity.kind}`);
    entityIds.add(entity.id);
  }
  for (const s of graph.statements) {
    if (s.articleId !== article.id) fail(`statement ${s.id} belongs to ${s.articleId}`);
    if (!isRelation(s.relation)) fail(`statement ${s.id} has unknown relation ${s.relation}`);
    if (!(QUOTE_TYPES as readonly string[]).includes(s.quote.type))
      fail(`statement ${s.id} has unknown quote type ${s.quote.type}`);
    if (!inText(s.quote, article.text.length)) fail(`statement ${s.id} quote offsets out of range`);
    if (!(s.confidence >= 0 && s.confidence <= 1))
      fail(`statement ${s.id} confidence must be in [0, 1]`);
    for (const ref of [s.speaker, s.target]) {
      if (ref && !entityIds.has(ref.entityId))
        fail(`statement ${s.id} names entity ${ref.entityId} that the graph does not carry`);
      if (ref?.mention && !inText(ref.mention, article.text.length))
        fail(`statement ${s.id} mention offsets out of range`);
    }
  }
}

import { quoteId, statementId } from './ids.js';
import type { Article, LocalEntityRef, Quotation, Statement } from './model.js';

/**
 * The statements of one article, given the global id each local entity key resolved to.
 * Shared by the plain graph builder and the cross-document resolver.
 */
export function statementsOf(
  article: Article,
  quotations: Quotation[],
  idOfKey: ReadonlyMap<string, string>,
): Statement[] {
  const ref = (local: LocalEntityRef | null) => {
    const id = local && idOfKey.get(local.entityKey);
    return id ? { entityId: id, mention: local.mention } : null;
  };
  return quotations.map((q) => ({
    id: statementId(article.id, q.quote),
    articleId: article.id,
    quote: { ...q.quote, id: quoteId(article.id, q.quote), type: q.type },
    speaker: ref(q.speaker),
    cue: q.cue,
    relation: q.relation,
    target: ref(q.target),
    confidence: q.confidence,
    verified: false,
    reason: q.reason,
  }));
}

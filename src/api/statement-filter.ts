import type { Article, QuoteType, Relation, Statement, StatementFilter } from '../domain/model.js';

/** The StatementFilter input as graphql-js hands it to resolvers. */
export interface StatementFilterInput {
  speaker?: string | null;
  target?: string | null;
  between?: string[] | null;
  relation?: Relation[] | null;
  quoteType?: QuoteType | null;
  outlet?: string | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
  verified?: boolean | null;
  text?: string | null;
}

/** Drops nulls (GraphQL's "not given") and renames to the domain filter. */
export const toStatementFilter = (
  input: StatementFilterInput | null | undefined,
): StatementFilter => {
  const f: StatementFilter = {};
  if (!input) return f;
  if (input.speaker != null) f.speaker = input.speaker;
  if (input.target != null) f.target = input.target;
  if (input.between != null) f.between = input.between;
  if (input.relation != null && input.relation.length > 0) f.relations = input.relation;
  if (input.quoteType != null) f.quoteType = input.quoteType;
  if (input.outlet != null) f.outlet = input.outlet;
  if (input.from != null) f.from = input.from;
  if (input.to != null) f.to = input.to;
  if (input.minConfidence != null) f.minConfidence = input.minConfidence;
  if (input.verified != null) f.verified = input.verified;
  if (input.text != null && input.text.trim() !== '') f.text = input.text;
  return f;
};

const day = (iso: string) => iso.slice(0, 10);

/**
 * The same filter applied to one statement in memory, for live subscriptions. Mirrors the
 * store's semantics: dates compare by calendar day, text needs every word, between needs both ends.
 */
export const matchesFilter = (
  s: Statement,
  f: StatementFilter,
  article: Article | null,
): boolean => {
  const speaker = s.speaker?.entityId;
  const target = s.target?.entityId;
  if (f.speaker && speaker !== f.speaker) return false;
  if (f.target && target !== f.target) return false;
  if (f.between && f.between.length > 0) {
    const ends = new Set([speaker, target]);
    if (!f.between.every((id) => ends.has(id)) || speaker === undefined || target === undefined)
      return false;
  }
  if (f.relations && !f.relations.includes(s.relation)) return false;
  if (f.quoteType && s.quote.type !== f.quoteType) return false;
  if (f.minConfidence !== undefined && s.confidence < f.minConfidence) return false;
  if (f.verified !== undefined && s.verified !== f.verified) return false;
  if (f.articleId && s.articleId !== f.articleId) return false;
  if (f.text) {
    const text = s.quote.text.toLowerCase();
    if (
      !f.text
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => text.includes(w))
    )
      return false;
  }
  if (f.outlet && article?.source?.toLowerCase() !== f.outlet.toLowerCase()) return false;
  if (f.from || f.to) {
    const published = article?.publishedAt ? day(article.publishedAt) : null;
    if (!published) return false;
    if (f.from && published < day(f.from)) return false;
    if (f.to && published > day(f.to)) return false;
  }
  return true;
};

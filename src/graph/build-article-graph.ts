import { entityId, quoteId, statementId } from '../domain/ids.js';
import type { Article, ArticleGraph, Entity, Extraction, LocalEntityRef } from '../domain/model.js';

const PRONOUN = /^(?:he|she|they|it|we|i|him|her|them)$/i;

/**
 * Turns one article's extraction into the graph unit the store upserts, giving each local entity
 * its content-derived global id. Cross-document resolution (src/resolution) refines the entities;
 * this is the plain mapping both share.
 */
export function buildArticleGraph(article: Article, extraction: Extraction): ArticleGraph {
  const entities = new Map<string, Entity>();
  const idOfKey = new Map<string, string>();
  for (const local of extraction.entities) {
    const id = entityId(local.kind, local.name);
    idOfKey.set(local.key, id);
    const known = entities.get(id);
    const names = [
      ...(known?.aliases ?? []),
      ...local.mentions.map((m) => m.text).filter((text) => !PRONOUN.test(text)),
    ];
    entities.set(id, {
      id,
      name: local.name,
      kind: local.kind,
      aliases: [...new Set(names)].filter((n) => n !== local.name).sort(),
    });
  }
  const ref = (local: LocalEntityRef | null) => {
    const id = local && idOfKey.get(local.entityKey);
    return id ? { entityId: id, mention: local.mention } : null;
  };
  const statements = extraction.quotations.map((q) => ({
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
  return { article, entities: [...entities.values()], statements };
}

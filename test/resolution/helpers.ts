import { articleId } from '../../src/domain/ids.js';
import type { Article, Extraction, Quotation } from '../../src/domain/model.js';
import { analyzeEntities } from '../../src/nlp/entities/index.js';

/** A dated article from one outlet. */
export const article = (
  text: string,
  source: string | null = 'Northwire',
  publishedAt: string | null = '2026-03-14',
): Article => ({
  id: articleId(text),
  url: null,
  title: null,
  source,
  publishedAt,
  text,
});

/**
 * The real in-document analysis as an Extraction, with one quotation per `speakers` phrase
 * (the phrase's first occurrence is the speaker mention), so statements carry entity ids.
 */
export function extractionOf(text: string, speakers: string[] = []): Extraction {
  const doc = analyzeEntities(text);
  const quotations: Quotation[] = speakers.map((phrase) => {
    const start = text.indexOf(phrase);
    const mention = { start, end: start + phrase.length, text: phrase };
    const local = doc.resolve(mention);
    return {
      quote: { start, end: start + phrase.length, text: phrase },
      type: 'direct',
      speaker: local ? { entityKey: local.key, mention } : null,
      cue: null,
      relation: 'STATES',
      target: null,
      confidence: 0.9,
      reason: 'test',
    };
  });
  return { quotations, entities: doc.entities };
}

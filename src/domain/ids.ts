import { createHash } from 'node:crypto';
import type { EntityKind, Range } from './model.js';

/** Ids are derived from content, never from counters, so re-ingest reproduces them exactly. */
const digest = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 16);

/** Folds case, accents and punctuation so "Zelenskyy's" and "zelenskyy" key alike. */
export const normalizeName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const articleId = (text: string): string => `a_${digest('article', text)}`;

export const entityId = (kind: EntityKind, canonicalName: string): string =>
  `e_${digest('entity', kind, normalizeName(canonicalName))}`;

export const statementId = (articleIdValue: string, quote: Range): string =>
  `s_${digest('statement', articleIdValue, String(quote.start), String(quote.end))}`;

export const quoteId = (articleIdValue: string, quote: Range): string =>
  `q_${digest('quote', articleIdValue, String(quote.start), String(quote.end))}`;

import type { Article, Entity, EntityKind, Mention, Quote, Statement } from '../../domain/model.js';
import { StoreCorruptError } from '../../domain/errors.js';
import { normalizeName } from '../../domain/ids.js';
import type { Row } from './cypher-runner.js';

/**
 * Quote nodes carry the statement's own fields (relation, cue, confidence, verification);
 * SAID/ABOUT relationships carry the words that named the speaker and target.
 */
export const quoteProps = (statement: Statement): Row => ({
  id: statement.quote.id,
  statementId: statement.id,
  articleId: statement.articleId,
  text: statement.quote.text,
  start: statement.quote.start,
  end: statement.quote.end,
  type: statement.quote.type,
  fragments: statement.quote.fragments ? JSON.stringify(statement.quote.fragments) : null,
  relation: statement.relation,
  confidence: statement.confidence,
  verified: statement.verified,
  reason: statement.reason,
  cueText: statement.cue?.text ?? null,
  cueStart: statement.cue?.start ?? null,
  cueEnd: statement.cue?.end ?? null,
  words: quoteWords(statement.quote.text),
  searchText: normalizeName(statement.quote.text),
});

/** Words of a quote as the text filter and search match them (the embedded store's rule). */
export const quoteWords = (text: string): string[] => [
  ...new Set(normalizeName(text).split(' ').filter(Boolean)),
];

/** Rows for the typed speaker→target edges (`ingest/create-statement-edges`) of spoken statements. */
export const statementEdgeRows = (statements: Statement[]): Row[] =>
  statements
    .filter((s) => s.speaker && s.target)
    .map((s) => ({
      speakerId: s.speaker!.entityId,
      targetId: s.target!.entityId,
      relation: s.relation,
      props: {
        statementId: s.id,
        quoteId: s.quote.id,
        articleId: s.articleId,
        confidence: s.confidence,
        cue: s.cue?.text ?? null,
        verified: s.verified,
      },
    }));

export const mentionProps = (mention: Mention | null): Row =>
  mention
    ? { mentionText: mention.text, mentionStart: mention.start, mentionEnd: mention.end }
    : {};

const str = (row: Row, key: string): string => {
  const value = row[key];
  if (typeof value !== 'string') throw new StoreCorruptError(`expected text in ${key}`);
  return value;
};
const num = (row: Row, key: string): number => {
  const value = row[key];
  if (typeof value !== 'number') throw new StoreCorruptError(`expected a number in ${key}`);
  return value;
};
const optStr = (row: Row, key: string): string | null =>
  typeof row[key] === 'string' ? (row[key] as string) : null;

const mentionFrom = (rel: Row | null): Mention | null =>
  rel && typeof rel.mentionText === 'string'
    ? { text: rel.mentionText, start: num(rel, 'mentionStart'), end: num(rel, 'mentionEnd') }
    : null;

export const statementFromRow = (row: Row): Statement | null => {
  const q = row.quote as Row | null;
  if (!q) return null;
  const quote: Quote = {
    id: str(q, 'id'),
    text: str(q, 'text'),
    start: num(q, 'start'),
    end: num(q, 'end'),
    type: str(q, 'type') as Quote['type'],
  };
  if (typeof q.fragments === 'string')
    quote.fragments = JSON.parse(q.fragments) as Quote['fragments'];
  const cueText = optStr(q, 'cueText');
  const speakerId = optStr(row, 'speakerId');
  const targetId = optStr(row, 'targetId');
  return {
    id: str(q, 'statementId'),
    articleId: str(q, 'articleId'),
    quote,
    speaker: speakerId
      ? { entityId: speakerId, mention: mentionFrom(row.said as Row | null) }
      : null,
    cue:
      cueText === null ? null : { text: cueText, start: num(q, 'cueStart'), end: num(q, 'cueEnd') },
    relation: str(q, 'relation') as Statement['relation'],
    target: targetId ? { entityId: targetId, mention: mentionFrom(row.about as Row | null) } : null,
    confidence: num(q, 'confidence'),
    verified: q.verified === true,
    reason: str(q, 'reason'),
  };
};

export const entityFromRow = (e: Row | null | undefined): Entity | null =>
  e
    ? {
        id: str(e, 'id'),
        name: str(e, 'name'),
        kind: str(e, 'kind') as EntityKind,
        aliases: Array.isArray(e.aliases) ? (e.aliases as string[]) : [],
      }
    : null;

export const articleFromRow = (a: Row | null | undefined): Article | null =>
  a
    ? {
        id: str(a, 'id'),
        url: optStr(a, 'url'),
        title: optStr(a, 'title'),
        source: optStr(a, 'source'),
        publishedAt: optStr(a, 'publishedAt'),
        text: str(a, 'text'),
      }
    : null;

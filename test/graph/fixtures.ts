import { entityId, quoteId, statementId } from '../../src/domain/ids.js';
import type {
  ArticleGraph,
  Entity,
  EntityKind,
  QuoteType,
  Relation,
  Statement,
} from '../../src/domain/model.js';

export const entity = (
  name: string,
  kind: EntityKind = 'PERSON',
  aliases: string[] = [],
): Entity => ({
  id: entityId(kind, name),
  name,
  kind,
  aliases,
});

export interface StatementSpec {
  speaker: Entity | null;
  target?: Entity | null;
  relation?: Relation;
  quote: string;
  type?: QuoteType;
  confidence?: number;
}

/** An article whose text holds each quote once, with statements pointing at exact offsets. */
export function articleGraph(
  id: string,
  specs: StatementSpec[],
  meta: { source?: string; publishedAt?: string; title?: string } = {},
): ArticleGraph {
  let text = `${meta.title ?? 'Report'}.\n\n`;
  const statements: Statement[] = [];
  const entities = new Map<string, Entity>();
  for (const spec of specs) {
    const speakerName = spec.speaker?.name ?? 'Someone';
    const start = text.length + 1;
    text += `"${spec.quote}" ${speakerName} said.\n\n`;
    const quote = { text: spec.quote, start, end: start + spec.quote.length };
    const mentionStart = quote.end + 2;
    for (const e of [spec.speaker, spec.target ?? null]) if (e) entities.set(e.id, e);
    statements.push({
      id: statementId(id, quote),
      articleId: id,
      quote: { ...quote, id: quoteId(id, quote), type: spec.type ?? 'direct' },
      speaker: spec.speaker
        ? {
            entityId: spec.speaker.id,
            mention: {
              text: speakerName,
              start: mentionStart,
              end: mentionStart + speakerName.length,
            },
          }
        : null,
      cue: {
        text: 'said',
        start: mentionStart + speakerName.length + 1,
        end: mentionStart + speakerName.length + 5,
      },
      relation: spec.relation ?? 'STATES',
      target: spec.target ? { entityId: spec.target.id, mention: null } : null,
      confidence: spec.confidence ?? 0.8,
      verified: false,
      reason: 'fixture',
    });
  }
  return {
    article: {
      id,
      url: `https://news.example/${id}`,
      title: meta.title ?? null,
      source: meta.source ?? 'Northwire',
      publishedAt: meta.publishedAt ?? null,
      text,
    },
    entities: [...entities.values()],
    statements,
  };
}

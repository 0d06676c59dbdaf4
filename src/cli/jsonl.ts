import type { ArticleGraph, Entity, EntityRef, Statement } from '../domain/model.js';

/** The extractor's public JSONL line (README documents it); one line per quotation. */
export interface QuotationLine {
  article: string;
  quote: { text: string; start: number; end: number; fragments?: { start: number; end: number }[] };
  type: string;
  speaker: {
    name: string;
    id: string;
    mention: { text: string; start: number; end: number } | null;
  } | null;
  cue: { text: string; start: number; end: number } | null;
  relation: string;
  target: {
    name: string;
    id: string;
    mention?: { text: string; start: number; end: number };
  } | null;
  confidence: number;
}

const span = (s: { text: string; start: number; end: number }) => ({
  text: s.text,
  start: s.start,
  end: s.end,
});

export function quotationLines(graph: ArticleGraph): QuotationLine[] {
  const entities = new Map<string, Entity>(graph.entities.map((e) => [e.id, e]));
  const ref = (r: EntityRef | null) => {
    const entity = r && entities.get(r.entityId);
    return entity ? { entity, mention: r.mention ? span(r.mention) : null } : null;
  };
  return graph.statements.map((s: Statement) => {
    const speaker = ref(s.speaker);
    const target = ref(s.target);
    return {
      article: graph.article.id,
      quote: {
        ...span(s.quote),
        ...(s.quote.fragments?.length
          ? { fragments: s.quote.fragments.map(({ start, end }) => ({ start, end })) }
          : {}),
      },
      type: s.quote.type,
      speaker: speaker && {
        name: speaker.entity.name,
        id: speaker.entity.id,
        mention: speaker.mention,
      },
      cue: s.cue && span(s.cue),
      relation: s.relation,
      target: target && {
        name: target.entity.name,
        id: target.entity.id,
        ...(target.mention ? { mention: target.mention } : {}),
      },
      confidence: Math.round(s.confidence * 1000) / 1000,
    };
  });
}

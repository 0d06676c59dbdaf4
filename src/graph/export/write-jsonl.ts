import type { Entity, EntityRef } from '../../domain/model.js';
import type { ExportGraph } from './collect-export-graph.js';

/** One statement per line with everything needed to trace it back to its source sentence. */
export function writeJsonl(data: ExportGraph): string {
  const entities = new Map<string, Entity>(data.entities.map((e) => [e.id, e]));
  const ref = (r: EntityRef | null) => {
    if (!r) return null;
    const e = entities.get(r.entityId);
    return { id: r.entityId, name: e?.name ?? null, kind: e?.kind ?? null, mention: r.mention };
  };
  return data.statements
    .map((s) => {
      const a = data.articles.get(s.articleId);
      return JSON.stringify({
        id: s.id,
        relation: s.relation,
        speaker: ref(s.speaker),
        target: ref(s.target),
        quote: {
          id: s.quote.id,
          type: s.quote.type,
          text: s.quote.text,
          start: s.quote.start,
          end: s.quote.end,
        },
        cue: s.cue,
        confidence: s.confidence,
        verified: s.verified,
        reason: s.reason,
        article: {
          id: s.articleId,
          url: a?.url ?? null,
          title: a?.title ?? null,
          outlet: a?.source ?? null,
          publishedAt: a?.publishedAt ?? null,
        },
      });
    })
    .map((line) => `${line}\n`)
    .join('');
}

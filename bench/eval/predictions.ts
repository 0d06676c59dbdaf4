import { entityId } from '../../src/domain/ids.js';
import type { Extraction, LocalEntity, LocalEntityRef } from '../../src/domain/model.js';
import type { Prediction } from './score.js';

/** One extraction as CLI-contract JSONL records (plus `doc`), the shape the scorer reads. */
export function toPredictions(
  doc: string,
  article: string,
  x: Extraction,
): (Prediction & Record<string, unknown>)[] {
  const byKey = new Map<string, LocalEntity>(x.entities.map((e) => [e.key, e]));
  const ref = (r: LocalEntityRef | null, withMention: boolean) => {
    const e = r ? byKey.get(r.entityKey) : undefined;
    if (!r || !e) return null;
    const out: {
      name: string;
      id: string;
      mention?: { text: string; start: number; end: number } | null;
    } = {
      name: e.name,
      id: entityId(e.kind, e.name),
    };
    if (withMention || r.mention)
      out.mention = r.mention
        ? { text: r.mention.text, start: r.mention.start, end: r.mention.end }
        : null;
    return out;
  };
  return x.quotations.map((q) => ({
    doc,
    article,
    quote: {
      text: q.quote.text,
      start: q.quote.start,
      end: q.quote.end,
      ...(q.quote.fragments ? { fragments: q.quote.fragments } : {}),
    },
    type: q.type,
    speaker: ref(q.speaker, true),
    cue: q.cue ? { text: q.cue.text, start: q.cue.start, end: q.cue.end } : null,
    relation: q.relation,
    target: ref(q.target, false),
    confidence: q.confidence,
    reason: q.reason,
  }));
}

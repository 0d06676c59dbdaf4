import type { Extraction, LocalEntity, Quotation } from '../domain/model.js';
import { attributeQuote } from './attribution.js';
import { findQuotedSpans } from './quotes.js';

const PRONOUNS = new Set(['he', 'she', 'they']);

/** Text in, extraction out: the composition of the NLP stages. Pure; never throws on any string. */
export function extract(text: string): Extraction {
  const entities = new Map<string, LocalEntity>();
  const quotations: Quotation[] = [];
  let lastSpeakerKey: string | null = null;
  for (const quote of findQuotedSpans(text)) {
    const found = attributeQuote(text, quote);
    if (!found) continue;
    const isPronoun = PRONOUNS.has(found.speaker.text.toLowerCase());
    const key: string | null = isPronoun ? lastSpeakerKey : found.speaker.text;
    if (key === null) continue;
    let entity = entities.get(key);
    if (!entity) {
      entity = { key, name: found.speaker.text, kind: 'PERSON', mentions: [] };
      entities.set(key, entity);
    }
    entity.mentions.push(found.speaker);
    lastSpeakerKey = key;
    quotations.push({
      quote,
      type: 'direct',
      speaker: { entityKey: key, mention: found.speaker },
      cue: found.cue,
      relation: 'STATES',
      target: null,
      confidence: isPronoun ? 0.6 : 0.8,
      reason: isPronoun ? 'adjacent-pronoun' : 'adjacent-name',
    });
  }
  return { quotations, entities: [...entities.values()] };
}

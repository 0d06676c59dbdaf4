import { readFileSync } from 'node:fs';
import type { Range } from '../../src/domain/model.js';

export interface GoldQuote {
  id: string;
  speaker: string | null;
  speakerMention: { text: string; start: number; end: number } | null;
  optional?: boolean;
}
export interface GoldEntity {
  name: string;
  type: string;
  mentions: string[];
}
export interface GoldDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
  entities: GoldEntity[];
}
export interface GoldMention extends Range {
  entity: string;
}

export const loadGold = (path: string): GoldDoc[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Gold lists mention strings, not offsets: every whole-word occurrence counts, longest strings
 * first, so "the alliance's president" is not also counted as "the alliance".
 */
export function locateGoldMentions(doc: GoldDoc): GoldMention[] {
  const all = doc.entities.flatMap((e) => e.mentions.map((m) => ({ m, entity: e.name })));
  all.sort((a, b) => b.m.length - a.m.length);
  const taken: GoldMention[] = [];
  const free = (s: number, e: number) => taken.every((t) => e <= t.start || s >= t.end);
  for (const { m, entity } of all) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(m)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of doc.text.matchAll(re)) {
      const start = hit.index;
      const end = start + m.length;
      if (free(start, end)) taken.push({ start, end, entity });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

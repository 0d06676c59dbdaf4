import type { LocalEntity, Range } from '../domain/model.js';
import { analyzeEntities, type DocumentEntities, type EntityMention } from './entity-port.js';

/** Longest stretch analysed as one document; longer inputs are split at paragraph breaks. */
export const ENTITY_WINDOW = 20_000;

/**
 * Entity analysis over paragraph-aligned windows, so a 10 MB input costs ten thousand small
 * analyses rather than one whose coreference search grows with the text. News articles fit in one
 * window, so they are analysed whole; only cross-window coreference is given up.
 */
export function analyzeInWindows(text: string, size = ENTITY_WINDOW): DocumentEntities {
  if (text.length <= size) return analyzeEntities(text);
  const windows: { offset: number; de: DocumentEntities }[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // Search only inside this window: lastIndexOf from `end` would rescan the whole text before it.
      const chunk = text.slice(start, end);
      const br = chunk.lastIndexOf('\n');
      const sp = chunk.lastIndexOf(' ');
      end = br > size / 2 ? start + br : sp > 0 ? start + sp : end;
    }
    windows.push({ offset: start, de: analyzeEntities(text.slice(start, end)) });
    start = end;
  }
  const copies = new Map<LocalEntity, LocalEntity>();
  const copy = (w: number, e: LocalEntity): LocalEntity => {
    let c = copies.get(e);
    if (!c) {
      const o = windows[w]!.offset;
      c = {
        ...e,
        key: `w${w}:${e.key}`,
        mentions: e.mentions.map((m) => ({ ...m, start: m.start + o, end: m.end + o })),
      };
      copies.set(e, c);
    }
    return c;
  };
  const mentions: EntityMention[] = windows.flatMap(({ offset, de }, w) =>
    de.mentions.map((m) => ({
      ...m,
      start: m.start + offset,
      end: m.end + offset,
      entityKey: `w${w}:${m.entityKey}`,
    })),
  );
  const windowOf = (at: number): number => {
    let lo = 0;
    let hi = windows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (windows[mid]!.offset <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    get entities() {
      return windows.flatMap(({ de }, w) => de.entities.map((e) => copy(w, e)));
    },
    mentions,
    gender(entityKey: string) {
      const m = /^w(\d+):(.*)$/u.exec(entityKey);
      return m ? (windows[Number(m[1])]?.de.gender(m[2]!) ?? 'unknown') : 'unknown';
    },
    resolve(span: Range): LocalEntity | null {
      const w = windowOf(span.start);
      const { offset, de } = windows[w]!;
      const e = de.resolve({ start: span.start - offset, end: span.end - offset });
      return e ? copy(w, e) : null;
    },
  };
}

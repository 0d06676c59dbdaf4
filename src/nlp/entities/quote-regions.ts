import type { Range } from '../../domain/model.js';

/**
 * Stretches inside quotation marks. Pronouns there refer to people the speaker talks about, so
 * antecedent search skips them. A straight quote toggles; a paragraph break closes anything open.
 */
export function quoteRegions(text: string): Range[] {
  const regions: Range[] = [];
  let open = -1;
  // Jump from mark to mark: only quotation marks and paragraph breaks matter.
  const marks = /["“”]|\n\n/g;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const c = m[0];
    const i = m.index;
    if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      regions.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '\n\n' && open >= 0) {
      regions.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) regions.push({ start: open, end: text.length });
  return regions;
}

/** True when `pos` lies inside one of the sorted, disjoint regions (binary search). */
export function insideAny(regions: readonly Range[], pos: number): boolean {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

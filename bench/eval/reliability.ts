import type { Row } from './score.js';

/** Matched statements binned by confidence: a meaningful confidence rises with accuracy. */
export interface Bin {
  from: number;
  to: number;
  statements: number;
  /** Share whose speaker is right. */
  speaker: number;
  /** Share whose whole triple (speaker, relation, target) is right, among those gold scores. */
  triple: number;
  /** Share of predictions in the bin that match no gold quotation. */
  spurious: number;
}

const EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function reliability(rows: Row[]): Bin[] {
  return EDGES.slice(0, -1).map((from, i) => {
    const to = EDGES[i + 1]!;
    const inBin = rows.filter(
      (r) => r.pred && (r.pred.confidence ?? 0) >= from && (r.pred.confidence ?? 0) < to,
    );
    const hits = inBin.filter((r) => r.kind === 'HIT');
    const withRel = hits.filter((r) => r.gold?.relation != null);
    return {
      from,
      to: Math.min(to, 1),
      statements: inBin.length,
      speaker: hits.length
        ? hits.filter((r) => !r.wrong.includes('speaker')).length / hits.length
        : 0,
      triple: withRel.length
        ? withRel.filter((r) => r.wrong.length === 0).length / withRel.length
        : 0,
      spurious: inBin.length ? inBin.filter((r) => r.kind === 'FP').length / inBin.length : 0,
    };
  });
}

export function printReliability(bins: Bin[]): void {
  console.log('confidence   n    speaker-acc  triple-acc  spurious');
  for (const b of bins)
    console.log(
      `[${b.from.toFixed(1)},${b.to.toFixed(1)})  ${String(b.statements).padStart(4)}   ${b.speaker.toFixed(3)}        ${b.triple.toFixed(3)}       ${b.spurious.toFixed(3)}`,
    );
}

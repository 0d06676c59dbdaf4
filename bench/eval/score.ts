/**
 * TypeScript port of shared/tools/score_quotes.py (same matching, counting and rounding), so
 * `npm run eval` needs no Python and gives the same numbers; test/nlp/score.test.ts pins it.
 */
import { jaroWinkler } from './jaro-winkler.js';

export interface GoldSpan {
  text: string;
  start?: number;
  end?: number;
  fragments?: { start: number; end: number }[];
}
export interface GoldQuote {
  id: string;
  type?: string;
  content: GoldSpan;
  speaker: string;
  speakerMention?: GoldSpan | null;
  cue?: GoldSpan | null;
  relation?: string | null;
  relationAlso?: string[];
  target?: string | null;
  targetAlso?: string[];
  optional?: boolean;
}
export interface GoldDoc {
  id: string;
  text?: string;
  quotes: GoldQuote[];
  entities?: { name: string; mentions?: string[] }[];
}
type NameRef = { name?: string; text?: string; id?: string; mention?: GoldSpan | null };
export interface Prediction {
  doc?: string;
  quote?: GoldSpan;
  type?: string;
  speaker?: NameRef | string | null;
  relation?: string;
  target?: NameRef | string | null;
  cue?: GoldSpan | null;
  confidence?: number;
}

const TITLES = new Set(
  'mr mrs ms miss dr sir dame president prime minister chancellor senator sen rep gov governor general gen secretary sheikh lord lady the king queen pope prof professor judge justice mayor'.split(
    ' ',
  ),
);

export const norm = (s: string | null | undefined): string[] =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];

const nameKey = (s: string): string[] => norm(s).filter((w) => !TITLES.has(w));

export class Names {
  private readonly alias = new Map<string, string>();
  constructor(entities: GoldDoc['entities']) {
    for (const e of entities ?? []) {
      for (const m of [e.name, ...(e.mentions ?? [])]) {
        const k = nameKey(m).join(' ');
        if (k && !this.alias.has(k)) this.alias.set(k, e.name);
      }
    }
  }

  same(gold: string | null, pred: string | null): boolean {
    if (gold === null || pred === null) return gold === null && pred === null;
    const g = nameKey(gold);
    const p = nameKey(pred);
    if (!g.length || !p.length) return false;
    if (g.join('\u0000') === p.join('\u0000') || this.alias.get(p.join(' ')) === gold) return true;
    if (g.length === 1 && p.includes(g[0]!)) return true;
    if (g.length > 1 && g.every((w) => p.includes(w))) return true;
    return (
      jaroWinkler(g.at(-1)!, p.at(-1)!) >= 0.92 &&
      (g.length === 1 || p.length === 1 || g[0]![0] === p[0]![0])
    );
  }
}

type Pieces = [number, number][];

const ranges = (span: GoldSpan | null | undefined): Pieces => {
  const s = span?.start;
  const e = span?.end;
  if (!(Number.isInteger(s) && Number.isInteger(e) && (e as number) > (s as number))) return [];
  const frags = span?.fragments ?? [];
  return frags.length ? frags.map((f) => [f.start, f.end]) : [[s as number, e as number]];
};

const shared = (a: Pieces, b: Pieces): number => {
  let sum = 0;
  for (const [s1, e1] of a)
    for (const [s2, e2] of b) sum += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return sum;
};

const overlap = (g: GoldSpan, p: GoldSpan, text: string | undefined): number => {
  const gr = ranges(g);
  const pr = ranges(p);
  if (
    gr.length &&
    pr.length &&
    (text === undefined || text.slice(pr[0]![0], pr.at(-1)![1]).trim())
  ) {
    const inter = shared(gr, pr);
    return Math.min(inter / shared(gr, gr), inter / shared(pr, pr));
  }
  const gw = new Set(norm(g.text));
  const pw = new Set(norm(p.text ?? ''));
  if (!gw.size || !pw.size) return 0;
  const inter = [...gw].filter((w) => pw.has(w)).length;
  return Math.min(inter / gw.size, inter / pw.size);
};

const entityName = (x: NameRef | string | null | undefined): string | null => {
  if (x === null || x === undefined) return null;
  if (typeof x === 'string') return x;
  return x.name || x.text || null;
};

/** A counter that, like Python's Counter `+=`, keeps only positive counts after merging. */
export type Counts = Map<string, number>;
const inc = (c: Counts, k: string, by = 1): void => void c.set(k, (c.get(k) ?? 0) + by);
export const mergeCounts = (a: Counts, b: Counts): Counts => {
  const out: Counts = new Map();
  for (const [k, v] of [...a, ...b]) inc(out, k, v);
  for (const [k, v] of out) if (v <= 0) out.delete(k);
  return out;
};

export interface Row {
  kind: 'HIT' | 'MISS' | 'FP';
  gold: GoldQuote | null;
  pred: Prediction | null;
  wrong: string[];
}

/** Counts for one document plus the rows `--show` prints. */
export function tally(
  gold: GoldDoc,
  preds: Prediction[],
  text?: string,
): { counts: Counts; rows: Row[] } {
  const names = new Names(gold.entities);
  const golds = gold.quotes;
  const pairs: [number, number, number][] = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const o = overlap(g.content, p.quote ?? { text: '' }, text);
      if (o >= 0.5) pairs.push([o, gi, pi]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const gm = new Map<number, number>();
  const pm = new Map<number, number>();
  for (const [, gi, pi] of pairs) {
    if (!gm.has(gi) && !pm.has(pi)) {
      gm.set(gi, pi);
      pm.set(pi, gi);
    }
  }
  const req = golds.flatMap((g, i) => (g.optional ? [] : [i]));
  const required = new Set(req);
  const counted = preds.flatMap((_, pi) =>
    pm.has(pi) ? (required.has(pm.get(pi)!) ? [pi] : []) : [pi],
  );
  const c: Counts = new Map([
    ['docs', 1],
    ['gold_required', req.length],
    ['predicted', preds.length],
    ['counted_pred', counted.length],
  ]);
  const rows: Row[] = [];
  const bySpeaker = new Map<string, unknown[]>();
  for (const gi of req) {
    const g = golds[gi]!;
    inc(c, `gold_${String(g.type)}`);
    inc(c, 'gold_with_relation', g.relation != null ? 1 : 0);
    const pi = gm.get(gi);
    if (pi === undefined) {
      rows.push({ kind: 'MISS', gold: g, pred: null, wrong: [] });
      continue;
    }
    const p = preds[pi]!;
    inc(c, 'found');
    inc(c, `found_${String(g.type)}`);
    const sp = p.speaker;
    const s =
      names.same(g.speaker, entityName(sp)) ||
      (typeof sp === 'object' &&
        sp !== null &&
        shared(ranges(g.speakerMention), ranges(sp.mention)) > 0);
    const wrong: string[] = s ? [] : ['speaker'];
    if (g.relation != null) {
      const rel = [g.relation, ...(g.relationAlso ?? [])].includes(p.relation ?? '\u0000');
      const pt = entityName(p.target);
      const t =
        g.target == null
          ? pt === null || (g.targetAlso ?? []).some((a) => names.same(a, pt))
          : [g.target, ...(g.targetAlso ?? [])].some((a) => names.same(a, pt));
      if (!rel) wrong.push('relation');
      if (!t) wrong.push('target');
      inc(c, 'with_relation');
      inc(c, 'ok_rel', rel ? 1 : 0);
      inc(c, 'ok_tgt', t ? 1 : 0);
      inc(c, 'ok_all', s && rel && t ? 1 : 0);
    }
    inc(c, 'ok_spk', s ? 1 : 0);
    rows.push({ kind: 'HIT', gold: g, pred: p, wrong });
    const ident = typeof sp === 'object' && sp !== null ? sp.id || entityName(sp) : sp;
    bySpeaker.set(g.speaker, [...(bySpeaker.get(g.speaker) ?? []), ident]);
  }
  for (const v of bySpeaker.values()) {
    if (v.length > 1) {
      inc(c, 'identity_agree', Math.max(...v.map((x) => v.filter((y) => y === x).length)));
      inc(c, 'identity_total', v.length);
    }
  }
  for (const pi of counted)
    if (!pm.has(pi)) rows.push({ kind: 'FP', gold: null, pred: preds[pi]!, wrong: [] });
  return { counts: c, rows };
}

/** Python's round(x, 3): round half to even on the exact binary value. */
export const round3 = (x: number): number => {
  const scaled = x * 2000;
  if (Number.isInteger(scaled) && Math.abs(scaled) % 2 === 1) {
    const down = Math.floor(x * 1000);
    return (down % 2 === 0 ? down : down + 1) / 1000;
  }
  return Number(x.toFixed(3));
};

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}
const f1 = (tp: number, npred: number, ngold: number): PRF => {
  const p = npred ? tp / npred : 0;
  const r = ngold ? tp / ngold : 0;
  return { precision: round3(p), recall: round3(r), f1: p + r ? round3((2 * p * r) / (p + r)) : 0 };
};

export type Summary = Record<string, unknown> & {
  quotes: PRF;
  speaker_accuracy: number;
  relation_accuracy?: number;
  target_accuracy?: number;
  triples?: PRF;
};

export function summarize(c: Counts): Summary {
  const get = (k: string): number => c.get(k) ?? 0;
  const ratio = (a: number, b: number): number => (b ? round3(a / b) : 0);
  const r: Record<string, unknown> = {
    gold_required: get('gold_required'),
    predicted: get('predicted'),
  };
  if (get('docs') > 1) r.documents = get('docs');
  r.quotes = f1(get('found'), get('counted_pred'), get('gold_required'));
  const types = [...c.keys()]
    .filter((k) => k.startsWith('gold_') && k !== 'gold_required' && k !== 'gold_with_relation')
    .map((k) => k.slice(5))
    .sort();
  r.recall_by_type = Object.fromEntries(
    types.map((t) => [
      t,
      {
        gold: get(`gold_${t}`),
        found: get(`found_${t}`),
        recall: ratio(get(`found_${t}`), get(`gold_${t}`)),
      },
    ]),
  );
  r.speaker_accuracy = ratio(get('ok_spk'), get('found'));
  if (get('gold_with_relation')) {
    r.relation_accuracy = ratio(get('ok_rel'), get('with_relation'));
    r.target_accuracy = ratio(get('ok_tgt'), get('with_relation'));
  }
  r.attribution = f1(get('ok_spk'), get('counted_pred'), get('gold_required'));
  if (get('gold_with_relation'))
    r.triples = f1(get('ok_all'), get('counted_pred'), get('gold_required'));
  if (get('identity_total'))
    r.speaker_identity_consistency = ratio(get('identity_agree'), get('identity_total'));
  return r as Summary;
}

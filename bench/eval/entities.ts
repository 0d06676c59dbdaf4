/**
 * Entity-resolution eval on the dev set: per document B³ precision/recall/F1 of the mention
 * clusters against the gold entity lists, merges of different gold entities, and speaker-identity
 * consistency across documents (same gold speaker → same global entity id).
 * Run: `npx tsx bench/eval/entities.ts [dev.jsonl]`; exits 1 when a target is missed.
 */
import { fileURLToPath } from 'node:url';
import type { Article, Extraction, Quotation } from '../../src/domain/model.js';
import { articleId } from '../../src/domain/ids.js';
import { analyzeEntities, type EntityMention } from '../../src/nlp/entities/index.js';
import { Resolver } from '../../src/resolution/resolver.js';
import { loadGold, locateGoldMentions, type GoldDoc, type GoldMention } from './entities-gold.js';

export const TARGETS = { b3F1: 0.93, consistency: 0.97, wrongMerges: 0 };

/** The predicted mention a gold mention lands on: same end, then non-pronoun, then overlap. */
function matchMention(g: GoldMention, predicted: EntityMention[]): EntityMention | null {
  let best: EntityMention | null = null;
  let bestScore = 0;
  for (const p of predicted) {
    const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
    if (overlap <= 0) continue;
    const score = overlap + (p.end === g.end ? 10_000 : 0) + (p.form !== 'pronoun' ? 1_000 : 0);
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

export interface DocScore {
  id: string;
  mentions: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  wrongMerges: number;
  merged: string[];
}

export function scoreDocument(doc: GoldDoc): DocScore {
  const gold = locateGoldMentions(doc);
  const predicted = analyzeEntities(doc.text).mentions;
  const response = gold.map((g, i) => matchMention(g, predicted)?.entityKey ?? `missing:${i}`);
  let p = 0;
  let r = 0;
  gold.forEach((g, i) => {
    const sameResponse = gold.filter((_, j) => response[j] === response[i]);
    const sameGold = gold.filter((h) => h.entity === g.entity);
    const both = sameResponse.filter((h) => h.entity === g.entity).length;
    p += both / sameResponse.length;
    r += both / sameGold.length;
  });
  const n = gold.length || 1;
  const precision = p / n;
  const recall = r / n;
  const entitiesPerResponse = new Map<string, Set<string>>();
  gold.forEach((g, i) => {
    const set = entitiesPerResponse.get(response[i]!) ?? new Set<string>();
    set.add(g.entity);
    entitiesPerResponse.set(response[i]!, set);
  });
  const merged = [...entitiesPerResponse.values()]
    .filter((s) => s.size > 1)
    .map((s) => [...s].join(' + '));
  const wrongMerges = [...entitiesPerResponse.values()].reduce((sum, s) => sum + s.size - 1, 0);
  return {
    id: doc.id,
    mentions: gold.length,
    found: response.filter((x) => !x.startsWith('missing:')).length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    wrongMerges,
    merged,
  };
}

/** Resolves every gold speaker mention through in-document analysis and the cross-document resolver. */
export function speakerConsistency(docs: GoldDoc[]): {
  consistency: number;
  quotes: number;
  unresolved: number;
} {
  const resolver = new Resolver();
  const idsBySpeaker = new Map<string, (string | null)[]>();
  for (const doc of docs) {
    const analysis = analyzeEntities(doc.text);
    const article: Article = {
      id: articleId(doc.text),
      url: null,
      title: null,
      source: null,
      publishedAt: null,
      text: doc.text,
    };
    const quotations: Quotation[] = [];
    const speakers: string[] = [];
    for (const q of doc.quotes) {
      if (!q.speaker || !q.speakerMention) continue;
      const local = analysis.resolve(q.speakerMention);
      const m = q.speakerMention;
      speakers.push(q.speaker);
      quotations.push({
        quote: { text: '', start: m.start, end: m.end },
        type: 'direct',
        speaker: local ? { entityKey: local.key, mention: m } : null,
        cue: null,
        relation: 'STATES',
        target: null,
        confidence: 1,
        reason: 'gold-speaker',
      });
    }
    const extraction: Extraction = { quotations, entities: analysis.entities };
    const graph = resolver.resolve(article, extraction);
    graph.statements.forEach((s, i) => {
      const list = idsBySpeaker.get(speakers[i]!) ?? [];
      list.push(s.speaker?.entityId ?? null);
      idsBySpeaker.set(speakers[i]!, list);
    });
  }
  let agree = 0;
  let total = 0;
  let unresolved = 0;
  for (const ids of idsBySpeaker.values()) {
    const counts = new Map<string, number>();
    for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    agree += Math.max(0, ...counts.values());
    total += ids.length;
    unresolved += ids.filter((id) => id === null).length;
  }
  return { consistency: total ? agree / total : 1, quotes: total, unresolved };
}

export function evaluateEntities(path: string) {
  const docs = loadGold(path);
  const scores = docs.map(scoreDocument);
  const mentions = scores.reduce((s, d) => s + d.mentions, 0);
  const micro = (k: 'precision' | 'recall') =>
    scores.reduce((s, d) => s + d[k] * d.mentions, 0) / mentions;
  const precision = micro('precision');
  const recall = micro('recall');
  const f1 = (2 * precision * recall) / (precision + recall);
  return {
    scores,
    precision,
    recall,
    f1,
    wrongMerges: scores.reduce((s, d) => s + d.wrongMerges, 0),
    ...speakerConsistency(docs),
  };
}

const pct = (x: number): string => x.toFixed(3);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path =
    process.argv[2] ?? fileURLToPath(new URL('../../data/dev/dev.jsonl', import.meta.url));
  const r = evaluateEntities(path);
  console.log('| document | gold mentions | matched | B³ P | B³ R | B³ F1 | wrong merges |');
  console.log('|---|---|---|---|---|---|---|');
  for (const d of r.scores)
    console.log(
      `| ${d.id} | ${d.mentions} | ${d.found} | ${pct(d.precision)} | ${pct(d.recall)} | ${pct(d.f1)} | ${d.wrongMerges}${d.merged.length ? ` (${d.merged.join('; ')})` : ''} |`,
    );
  console.log(
    `| **all (micro)** | ${r.scores.reduce((s, d) => s + d.mentions, 0)} | | ${pct(r.precision)} | ${pct(r.recall)} | **${pct(r.f1)}** | **${r.wrongMerges}** |`,
  );
  console.log(
    `\nspeaker-identity consistency: ${pct(r.consistency)} over ${r.quotes} gold speaker mentions (${r.unresolved} unresolved)`,
  );
  const ok =
    r.f1 >= TARGETS.b3F1 &&
    r.consistency >= TARGETS.consistency &&
    r.wrongMerges <= TARGETS.wrongMerges;
  console.log(
    `targets: B³ F1 ≥ ${TARGETS.b3F1}, consistency ≥ ${TARGETS.consistency}, wrong merges = 0 → ${ok ? 'MET' : 'NOT MET'}`,
  );
  process.exitCode = ok ? 0 : 1;
}

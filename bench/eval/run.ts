/**
 * `npm run eval`: extracts every dev document, writes predictions JSONL, scores them with the
 * TypeScript port of score_quotes.py, and prints per-document, overall and reliability tables.
 * Sets: dev, held-out, unseen and unseen2 (written blind to the extractor; their READMEs), and the seed
 * live-blog gold when ../shared exists (its text is never copied here).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleId } from '../../src/domain/ids.js';
import { extract } from '../../src/nlp/pipeline.js';
import { evaluateEntities, TARGETS } from './entities.js';
import { toPredictions } from './predictions.js';
import { reliability, printReliability } from './reliability.js';
import {
  mergeCounts,
  summarize,
  tally,
  type Counts,
  type GoldDoc,
  type Prediction,
  type Row,
} from './score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'test-artifacts', 'eval');
const show = process.argv.includes('--show');

interface Scored {
  id: string;
  counts: Counts;
  rows: Row[];
  preds: Prediction[];
}

function scoreDoc(gold: GoldDoc, text: string): Scored {
  const preds = toPredictions(gold.id, articleId(text), extract(text));
  const { counts, rows } = tally(gold, preds, text);
  return { id: gold.id, counts: mergeCounts(new Map(), counts), rows, preds };
}

const pct = (x: number | undefined): string => (x === undefined ? '   - ' : x.toFixed(3));

function printTable(title: string, scored: Scored[]): void {
  console.log(`\n${title}`);
  console.log(
    'doc                               gold pred  quoteP quoteR quoteF1 spkAcc relAcc tgtAcc tripleF1',
  );
  let total: Counts = new Map();
  for (const s of scored) {
    total = mergeCounts(total, s.counts);
    const r = summarize(s.counts);
    console.log(
      `${s.id.padEnd(34)}${String(r.gold_required).padStart(4)} ${String(r.predicted).padStart(4)}  ${pct(r.quotes.precision)}  ${pct(r.quotes.recall)}  ${pct(r.quotes.f1)}   ${pct(r.speaker_accuracy)}  ${pct(r.relation_accuracy)}  ${pct(r.target_accuracy)}  ${pct(r.triples?.f1)}`,
    );
  }
  const r = summarize(total);
  console.log(
    `${'OVERALL (micro)'.padEnd(34)}${String(r.gold_required).padStart(4)} ${String(r.predicted).padStart(4)}  ${pct(r.quotes.precision)}  ${pct(r.quotes.recall)}  ${pct(r.quotes.f1)}   ${pct(r.speaker_accuracy)}  ${pct(r.relation_accuracy)}  ${pct(r.target_accuracy)}  ${pct(r.triples?.f1)}`,
  );
  console.log(`recall by type: ${JSON.stringify(r.recall_by_type)}`);
  printReliability(reliability(scored.flatMap((s) => s.rows)));
  if (show)
    for (const s of scored)
      for (const row of s.rows) if (row.kind !== 'HIT' || row.wrong.length) printRow(s.id, row);
}

function printRow(doc: string, row: Row): void {
  const name = (x: unknown): string =>
    x && typeof x === 'object' ? String((x as { name?: string }).name) : String(x);
  if (row.gold) {
    const g = row.gold;
    console.log(
      `${row.kind.padEnd(4)} [${doc}] ${g.id} ${g.type} gold: ${g.speaker} ${g.relation} ${g.target} | ${JSON.stringify(g.content.text.slice(0, 70))}`,
    );
    if (row.pred)
      console.log(
        `     got: ${name(row.pred.speaker)} ${row.pred.relation} ${name(row.pred.target)} wrong: ${row.wrong.join(',')} (${String((row.pred as { reason?: string }).reason)})`,
      );
  } else if (row.pred) {
    console.log(
      `FP   [${doc}] ${name(row.pred.speaker)} ${row.pred.relation} | ${JSON.stringify((row.pred.quote?.text ?? '').slice(0, 70))} (${String((row.pred as { reason?: string }).reason)})`,
    );
  }
}

mkdirSync(outDir, { recursive: true });

/** Scores one gold JSONL set (each line carries its text) and writes its predictions. */
function evaluateSet(title: string, file: string, name: string): void {
  const docs = readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc & { text: string });
  const scored = docs.map((g) => scoreDoc(g, g.text));
  writeFileSync(
    join(outDir, `${name}.predictions.jsonl`),
    scored.flatMap((s) => s.preds.map((p) => JSON.stringify(p))).join('\n') + '\n',
  );
  printTable(`${title} (${file})`, scored);
}

function printEntities(title: string, file: string): void {
  const r = evaluateEntities(join(root, file));
  console.log(
    `${title.padEnd(34)}B³ P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  ` +
      `wrong merges ${r.wrongMerges}  speaker-identity consistency ${r.consistency.toFixed(3)} ` +
      `(${r.quotes} gold speaker mentions, ${r.unresolved} unresolved)`,
  );
}

evaluateSet('Dev set', 'data/dev/dev.jsonl', 'dev');
evaluateSet(
  'Held-out set (written after the pipeline; see its README)',
  'data/heldout/heldout.jsonl',
  'heldout',
);
evaluateSet(
  'Unseen set (written blind to the extractor; used for development after its first score, see its README)',
  'data/unseen/unseen.jsonl',
  'unseen',
);
evaluateSet(
  'Unseen set 2 (written blind to the extractor; see its README)',
  'data/unseen2/unseen2.jsonl',
  'unseen2',
);
const shared = resolve(root, '..', 'shared');
const seedGold = join(shared, 'gold', 'ukraine-talks-liveblog.gold.json');
const seedText = join(shared, 'corpus', 'ukraine-talks-liveblog.txt');
if (existsSync(seedGold) && existsSync(seedText)) {
  const gold = JSON.parse(readFileSync(seedGold, 'utf8')) as GoldDoc;
  const s = scoreDoc(gold, readFileSync(seedText, 'utf8'));
  writeFileSync(
    join(outDir, 'seed.predictions.jsonl'),
    s.preds.map((p) => JSON.stringify(p)).join('\n') + '\n',
  );
  printTable('Seed live blog (../shared/gold/ukraine-talks-liveblog.gold.json)', [s]);
} else {
  console.log('\n(seed live-blog gold not found beside the repository: skipped)');
}
console.log(
  `\nEntity clustering against the gold entity lists (targets: B³ F1 ≥ ${TARGETS.b3F1}, ` +
    `consistency ≥ ${TARGETS.consistency}, wrong merges ${TARGETS.wrongMerges}; per document: npx tsx bench/eval/entities.ts)`,
);
printEntities('Dev set', 'data/dev/dev.jsonl');
printEntities('Held-out set', 'data/heldout/heldout.jsonl');
printEntities('Unseen set', 'data/unseen/unseen.jsonl');
printEntities('Unseen set 2', 'data/unseen2/unseen2.jsonl');
console.log(`\npredictions written to ${outDir}`);

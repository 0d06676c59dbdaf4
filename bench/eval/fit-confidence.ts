/**
 * `npm run fit-confidence`: fits the confidence model (src/nlp/confidence.ts) on the dev and
 * held-out gold and writes src/nlp/rules/confidence-weights.ts. The unseen sets and the seed live
 * blog are never used here, so the reliability tables `npm run eval` prints for them are honest.
 * Label: the statement is right as a whole (matches a required gold quotation with the right
 * speaker, relation and target); a prediction matching no gold quotation is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleId } from '../../src/domain/ids.js';
import { confidenceFeatures } from '../../src/nlp/confidence.js';
import { extract } from '../../src/nlp/pipeline.js';
import { toPredictions } from './predictions.js';
import { tally, type GoldDoc } from './score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SETS = ['data/dev/dev.jsonl', 'data/heldout/heldout.jsonl'];
/** L2 penalty: keeps rare features (a sieve seen five times) from taking extreme weights. */
const L2 = 20;
const STEPS = 4000;
const RATE = 0.5;

interface Example {
  features: string[];
  label: number;
}

function examples(file: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line) as GoldDoc & { text: string };
    const x = extract(gold.text);
    const preds = toPredictions(gold.id, articleId(gold.text), x);
    const { rows } = tally(gold, preds, gold.text);
    for (const row of rows) {
      if (!row.pred) continue;
      const q = x.quotations[preds.indexOf(row.pred as (typeof preds)[number])];
      if (!q) continue;
      const right = row.kind === 'HIT' && row.wrong.length === 0;
      if (row.kind === 'HIT' && row.gold?.relation == null) continue;
      out.push({ features: confidenceFeatures(q), label: right ? 1 : 0 });
    }
  }
  return out;
}

function fit(data: Example[]): { bias: number; weights: Record<string, number> } {
  const names = [...new Set(data.flatMap((e) => e.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = data.length;
  for (let step = 0; step < STEPS; step++) {
    const grad = new Float64Array(names.length);
    let gBias = 0;
    for (const e of data) {
      let z = bias;
      for (const f of e.features) z += w[index.get(f)!]!;
      const err = 1 / (1 + Math.exp(-z)) - e.label;
      gBias += err;
      for (const f of e.features) grad[index.get(f)!]! += err;
    }
    bias -= (RATE * gBias) / n;
    for (let i = 0; i < w.length; i++) w[i]! -= (RATE * (grad[i]! + L2 * w[i]!)) / n;
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const v = Math.round(w[i]! * 1000) / 1000;
    if (v !== 0) weights[name] = v;
  });
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

const data = SETS.flatMap(examples);
const model = fit(data);
const positives = data.filter((e) => e.label === 1).length;
const file = join(root, 'src/nlp/rules/confidence-weights.ts');
const header = readFileSync(file, 'utf8').split('export const CONFIDENCE_MODEL')[0]!;
writeFileSync(
  file,
  `${header}export const CONFIDENCE_MODEL: ConfidenceModel = ${JSON.stringify(
    {
      bias: model.bias,
      weights: model.weights,
      fittedOn: `${SETS.join(' + ')}: ${data.length} statements, ${positives} right`,
    },
    null,
    2,
  )};\n`,
);
console.log(
  `fitted on ${data.length} statements (${positives} right), ${Object.keys(model.weights).length} weights → ${file}`,
);

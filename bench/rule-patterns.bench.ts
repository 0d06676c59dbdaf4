/**
 * The content and complaint signals (src/nlp/rules) compiled as `rulePattern` does (flag `i`)
 * against Unicode mode (`iu`) over every quotation `extract` finds in the dev and held-out
 * articles: same matches, and the time each mode takes (decision 0104).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/nlp/pipeline.js';
import { CONTENT_SIGNALS } from '../src/nlp/rules/content-signals.js';
import { CRITIQUE_SIGNALS } from '../src/nlp/rules/critique-signals.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SETS = ['data/dev/dev.jsonl', 'data/heldout/heldout.jsonl'];
const PASSES = 300;

function time(quotes: string[], flags: string): { ms: number; matches: number } {
  const patterns = [...CONTENT_SIGNALS, ...CRITIQUE_SIGNALS].map((s) => new RegExp(s.match, flags));
  let matches = 0;
  const started = performance.now();
  for (let k = 0; k < PASSES; k++)
    for (const q of quotes) for (const p of patterns) if (p.test(q)) matches++;
  return { ms: performance.now() - started, matches };
}

export default async function run(): Promise<void> {
  const quotes = SETS.flatMap((f) =>
    readFileSync(join(root, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((l) => extract((JSON.parse(l) as { text: string }).text).quotations)
      .map((q) => q.quote.text),
  );
  console.log(`${quotes.length} quotations × ${PASSES} passes, alternating modes`);
  for (let round = 0; round < 3; round++) {
    const unicode = time(quotes, 'iu');
    const plain = time(quotes, 'i');
    console.log(
      `iu ${unicode.ms.toFixed(0)} ms (${unicode.matches} matches)   i ${plain.ms.toFixed(0)} ms (${plain.matches} matches)   ${(unicode.ms / plain.ms).toFixed(2)}× faster`,
    );
  }
  await Promise.resolve();
}

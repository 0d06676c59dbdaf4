/**
 * Extraction throughput (MB/s, one core) on a ≥5 MB corpus built from the dev articles, beside a
 * bare tokenizer + sentence-split pass (wink-nlp, sbd only) over the same text; 1× vs 10× for
 * linearity; pathological inputs (one 10 MB article, thousands of unbalanced quote marks, no
 * punctuation) must stay linear and never throw.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '../src/nlp/pipeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

function devArticles(): string[] {
  return readFileSync(join(root, 'data/dev/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Articles repeated until their total size reaches `bytes`. */
function corpus(articles: string[], bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = articles[i % articles.length]!;
    out.push(a);
    size += Buffer.byteLength(a);
  }
  return out;
}

const seconds = (f: () => void): number => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e9;
};
const sizeOf = (docs: string[]): number => docs.reduce((s, d) => s + Buffer.byteLength(d), 0);

export default async function run(): Promise<void> {
  const nlp = winkNLP(model, ['sbd']);
  const articles = devArticles();
  const one = corpus(articles, 5 * MB);
  const bytes = sizeOf(one);
  extract(articles[0]!); // warm-up: lexicons, regexes, JIT
  let quotations = 0;
  const tExtract = seconds(() => {
    for (const a of one) quotations += extract(a).quotations.length;
  });
  let sentences = 0;
  const tBaseline = seconds(() => {
    for (const a of one)
      for (const para of a.split('\n'))
        if (para.trim()) sentences += nlp.readDoc(para).sentences().length();
  });
  console.log(
    `extraction corpus: ${(bytes / MB).toFixed(2)} MB, ${one.length} articles, ${quotations} quotations`,
  );
  console.log(
    `extract:                      ${tExtract.toFixed(2)} s  ${(bytes / MB / tExtract).toFixed(2)} MB/s`,
  );
  console.log(
    `wink tokenize+sentence split: ${tBaseline.toFixed(2)} s  ${(bytes / MB / tBaseline).toFixed(2)} MB/s (${sentences} sentences)`,
  );

  const ten = corpus(articles, 10 * bytes);
  const tTen = seconds(() => {
    for (const a of ten) extract(a);
  });
  // The machine is shared: take the faster of two 1x runs so warm-up and bursts of load do not pose as growth.
  const tOne = Math.min(
    tExtract,
    seconds(() => {
      for (const a of one) extract(a);
    }),
  );
  console.log(
    `1x: ${tOne.toFixed(2)} s   10x: ${tTen.toFixed(2)} s   ratio ${(tTen / tOne).toFixed(2)} (target <= 11)`,
  );

  const cases: [string, (n: number) => string][] = [
    ['one long article (dev text joined)', (n) => one.join('\n\n').slice(0, n)],
    [
      'unbalanced quote marks',
      (n) => '“He said ‘no "really '.repeat(Math.ceil(n / 23)).slice(0, n),
    ],
    [
      'no punctuation',
      (n) =>
        'the minister said officials warned Smith accused Jones of lying '
          .repeat(Math.ceil(n / 64))
          .slice(0, n),
    ],
  ];
  for (const [name, make] of cases) {
    const small = make(MB);
    const large = make(10 * MB);
    let ok = true;
    let ts = 0;
    let tl = 0;
    try {
      ts = Math.min(...[0, 1, 2].map(() => seconds(() => extract(small))));
      tl = seconds(() => extract(large));
    } catch (e) {
      ok = false;
      console.log(`${name}: THREW ${(e as Error).message}`);
    }
    if (ok)
      console.log(
        `${name}: 1 MB ${ts.toFixed(2)} s, 10 MB ${tl.toFixed(2)} s, ratio ${(tl / ts).toFixed(2)}`,
      );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();

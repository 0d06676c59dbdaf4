import { readFileSync } from 'node:fs';
import { extract, findCandidates } from './src/nlp/pipeline.js';
import { analyzeInWindows } from './src/nlp/entity-windows.js';
const docs = readFileSync('data/dev/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const bytes = docs.reduce((s, d) => s + d.length, 0);
for (let i = 0; i < 30; i++) for (const d of docs) extract(d);
const time = (f: () => void) => { const t = process.cpuUsage(); for (let i = 0; i < 40; i++) f(); const u = process.cpuUsage(t); return ((u.user + u.system) / 1e6) / (bytes * 40 / 1048576); };
const c = time(() => docs.forEach((d) => findCandidates(d))), e = time(() => docs.forEach((d) => analyzeInWindows(d))), x = time(() => docs.forEach((d) => extract(d)));
console.log('s/MB candidates', c.toFixed(3), 'entities', e.toFixed(3), 'extract', x.toFixed(3), 'rest', (x - c - e).toFixed(3), 'MB/s', (1 / x).toFixed(2));

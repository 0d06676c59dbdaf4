/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line),
 * each printing its own table. Benchmarks, not tests, check speed and memory targets.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !wanted.length || wanted.some((w) => f.startsWith(w)))
  .sort();

for (const file of files) {
  process.stdout.write(`\n## ${file}\n`);
  const started = performance.now();
  const module = (await import(pathToFileURL(`${dir}${file}`).href)) as {
    default: () => Promise<void>;
  };
  await module.default();
  process.stdout.write(`(${file} took ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

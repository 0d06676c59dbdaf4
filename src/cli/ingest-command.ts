import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { GraphStore } from '../graph/port.js';
import { readInputs, readStdin } from './article-input.js';
import { createAnalyzer } from './analyzer.js';
import { ingest, type IngestReport } from './ingest-service.js';
import { chooseStore, describeStore, openStore, type StoreChoice } from './open-store.js';
import { fatal, reportFailures } from './output.js';

export const summaryLine = (
  report: IngestReport,
  counts: Awaited<ReturnType<GraphStore['counts']>>,
  where: string,
) =>
  `ingested ${report.articles} articles (${report.changed} new or changed, ${report.unchanged} unchanged, ` +
  `${report.failed.length} failed): ${report.statements} quotations; store ${where} now holds ` +
  `${counts.articles} articles, ${counts.statements} quotations, ${counts.entities} entities`;

/** Reads, analyses and stores the inputs; shared by `ingest` and `serve --ingest`. */
export async function ingestPaths(
  store: GraphStore,
  choice: StoreChoice,
  paths: string[],
  batchSize?: number,
) {
  const items = await readInputs(paths, readStdin);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { clearOnComplete: true, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(items.length, 0);
  try {
    const report = await ingest(store, createAnalyzer(), items, {
      batchSize,
      onProgress: (done) => bar?.update(done),
    });
    bar?.stop();
    reportFailures(report.failed);
    return { report, summary: summaryLine(report, await store.counts(), describeStore(choice)) };
  } finally {
    bar?.stop();
  }
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description(
      'extract quotations from articles and store them in the graph (re-ingest is a no-op)',
    )
    .argument(
      '<paths...>',
      'text files, .jsonl/.json article files ({id?, url?, title?, source?, publishedAt?, text}), directories, or -',
    )
    .option(
      '--store <dir-or-uri>',
      'data directory, or a neo4j:// / bolt:// URI (default: $NEO4J_URI, $QUOTEGRAPH_DATA_DIR, ./.quotegraph)',
    )
    .option('--batch-size <n>', 'articles per store write', (v) => Number.parseInt(v, 10), 50)
    .action(async (paths: string[], options: { store?: string; batchSize: number }) => {
      const choice = chooseStore(options.store);
      let store: GraphStore | undefined;
      try {
        store = await openStore(choice);
        const { report, summary } = await ingestPaths(store, choice, paths, options.batchSize);
        process.stdout.write(`${summary}\n`);
        if (report.failed.length) process.exitCode = 1;
      } catch (error) {
        fatal(error);
      } finally {
        await store?.close();
      }
    });
}

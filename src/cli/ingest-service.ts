import { QuotegraphError } from '../domain/errors.js';
import type { ArticleGraph } from '../domain/model.js';
import type { GraphStore } from '../graph/port.js';
import type { InputItem } from './article-input.js';
import type { Analyzer } from './analyzer.js';

export interface IngestFailure {
  origin: string;
  code: string;
  message: string;
}

export interface IngestReport {
  articles: number;
  changed: number;
  unchanged: number;
  statements: number;
  entities: number;
  failed: IngestFailure[];
  /** Graphs that were stored and changed something, for live subscribers. */
  stored: ArticleGraph[];
}

export interface IngestOptions {
  /** Articles per store write; the embedded store rewrites its file once per batch. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const failure = (origin: string, error: unknown): IngestFailure => ({
  origin,
  code: error instanceof QuotegraphError ? error.code : 'INTERNAL',
  message: (error as Error).message,
});

/**
 * Runs inputs through the analyzer into the store in batches. A bad input is reported and
 * skipped; a store that becomes unavailable aborts with what was stored so far intact, so a
 * re-run (idempotent) completes the job.
 */
export async function ingest(
  store: GraphStore,
  analyzer: Analyzer,
  items: InputItem[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const batchSize = options.batchSize ?? 50;
  const report: IngestReport = {
    articles: 0,
    changed: 0,
    unchanged: 0,
    statements: 0,
    entities: 0,
    failed: [],
    stored: [],
  };
  const record = (graph: ArticleGraph, changed: boolean) => {
    report.articles++;
    report[changed ? 'changed' : 'unchanged']++;
    report.statements += graph.statements.length;
    report.entities += graph.entities.length;
    if (changed) report.stored.push(graph);
  };
  for (let i = 0; i < items.length; i += batchSize) {
    const batch: { origin: string; graph: ArticleGraph }[] = [];
    for (const item of items.slice(i, i + batchSize)) {
      if ('error' in item) report.failed.push(failure(item.origin, item.error));
      else {
        try {
          batch.push({ origin: item.origin, graph: analyzer.analyze(item.article) });
        } catch (error) {
          report.failed.push(failure(item.origin, error));
        }
      }
    }
    try {
      const results = await store.upsertArticles(batch.map((b) => b.graph));
      results.forEach((r, k) => record(batch[k]!.graph, r.changed));
    } catch (error) {
      if (!(error instanceof QuotegraphError) || error.code !== 'INVALID_ARTICLE') throw error;
      for (const { origin, graph } of batch) {
        try {
          record(graph, (await store.upsertArticle(graph)).changed);
        } catch (single) {
          if (!(single instanceof QuotegraphError) || single.code !== 'INVALID_ARTICLE')
            throw single;
          report.failed.push(failure(origin, single));
        }
      }
    }
    options.onProgress?.(Math.min(items.length, i + batchSize), items.length);
  }
  return report;
}

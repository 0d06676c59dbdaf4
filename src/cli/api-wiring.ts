import type { ApiDeps, IngestFunction } from '../api/deps.js';
import type { GraphStore } from '../graph/port.js';
import { articleFromRecord } from './article-input.js';
import type { Analyzer } from './analyzer.js';

/** The API's ingest mutation runs the same analyzer and store as `quotegraph ingest`. */
export function apiIngest(store: GraphStore, analyzer: Analyzer): IngestFunction {
  return async (inputs) => {
    const graphs = inputs.map((input, i) =>
      analyzer.analyze(
        articleFromRecord(
          { ...input, source: input.outlet ?? null, outlet: undefined },
          `input[${i}]`,
        ),
      ),
    );
    return { results: await store.upsertArticles(graphs) };
  };
}

export const apiDeps = (store: GraphStore, analyzer: Analyzer): ApiDeps => ({
  store,
  ingest: apiIngest(store, analyzer),
});

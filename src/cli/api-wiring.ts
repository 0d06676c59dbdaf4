import type { ApiDeps, EditorialDecisions, IngestFailure, IngestFunction } from '../api/deps.js';
import { QuotegraphError } from '../domain/errors.js';
import type { ArticleGraph } from '../domain/model.js';
import type { GraphStore } from '../graph/port.js';
import { recordMerge, recordSplit } from '../resolution/editorial-actions.js';
import { articleFromRecord } from './article-input.js';
import { openAnalyzer, type Analyzer } from './analyzer.js';

/** The analyzer the API ingests with; re-opened after an editorial decision so it applies at once. */
class LiveAnalyzer {
  private current: Promise<Analyzer>;

  constructor(
    private readonly store: GraphStore,
    private readonly dataDir: string,
  ) {
    this.current = openAnalyzer(store, dataDir);
  }

  get(): Promise<Analyzer> {
    return this.current;
  }

  reload(): void {
    this.current = openAnalyzer(this.store, this.dataDir);
  }
}

/** The API's ingest mutation: the same analyzer and store as `quotegraph ingest`, bad inputs reported. */
function apiIngest(store: GraphStore, live: LiveAnalyzer): IngestFunction {
  return async (inputs) => {
    const analyzer = await live.get();
    const failed: IngestFailure[] = [];
    const graphs: ArticleGraph[] = [];
    inputs.forEach((input, index) => {
      try {
        const record = { ...input, source: input.outlet ?? null, outlet: undefined };
        graphs.push(analyzer.analyze(articleFromRecord(record, `input[${index}]`)));
      } catch (error) {
        if (!(error instanceof QuotegraphError)) throw error;
        failed.push({ index, code: error.code, message: error.message });
      }
    });
    return { results: await store.upsertArticles(graphs), failed };
  };
}

/** Editors' merges and splits land in the alias file, the same one `quotegraph entities` writes. */
function aliasFileDecisions(dataDir: string, live: LiveAnalyzer): EditorialDecisions {
  return {
    recordMerge: async (survivor, merged) => {
      await recordMerge(dataDir, {
        kind: survivor.kind,
        survivor: survivor.name,
        merged: merged.name,
      });
      live.reload();
    },
    recordSplit: async ({ entity, aliases }) => {
      for (const alias of aliases)
        await recordSplit(dataDir, { kind: entity.kind, a: entity.name, b: alias });
      live.reload();
    },
  };
}

export function apiDeps(store: GraphStore, dataDir: string): ApiDeps {
  const live = new LiveAnalyzer(store, dataDir);
  return { store, ingest: apiIngest(store, live), decisions: aliasFileDecisions(dataDir, live) };
}

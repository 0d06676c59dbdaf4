/**
 * Starts the real API over real HTTP on the embedded store, loaded from the dev articles through
 * the first-version pipeline. Metadata the corpus lacks (dates, outlets) is assigned per article
 * so date and outlet filters have something to bite on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { articleId, entityId } from '../../src/domain/ids.js';
import type { Article, Entity } from '../../src/domain/model.js';
import { createApiServer, type ApiServer } from '../../src/api/server.js';
import type { ApiOptions } from '../../src/api/options.js';
import type { EditorialDecisions, IngestFunction, SplitDecision } from '../../src/api/deps.js';
import type { GraphStore } from '../../src/graph/port.js';
import { buildArticleGraph } from '../../src/graph/build-article-graph.js';
import { EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { extract } from '../../src/nlp/pipeline.js';

export const API_KEY = 'test-key-7f3a';
const CORPUS = join(process.cwd(), 'data/dev/corpus');
export const OUTLETS = ['Northwire', 'Daily Ledger', 'Harbour Post'];

export const devArticles = (): Article[] =>
  readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file, i) => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      return {
        id: articleId(text),
        url: `https://news.example/${file.replace(/\.txt$/, '')}`,
        title: text.split('\n')[0]!.slice(0, 120),
        source: OUTLETS[i % OUTLETS.length]!,
        publishedAt: `2026-03-${String(i + 1).padStart(2, '0')}T09:00:00Z`,
        text,
      };
    });

export const analyze = (article: Article) => buildArticleGraph(article, extract(article.text));

/** The same composition the CLI wires: pipeline, graph unit, store upsert. */
export const pipelineIngest =
  (store: GraphStore): IngestFunction =>
  async (inputs) => {
    const graphs = inputs.map((input) => {
      const article: Article = {
        id: articleId(input.text),
        url: input.url ?? null,
        title: input.title ?? null,
        source: input.outlet ?? null,
        publishedAt: input.publishedAt ?? null,
        text: input.text,
      };
      return analyze(article);
    });
    return { results: await store.upsertArticles(graphs), failed: [] };
  };

/** Records decisions in memory; the entity resolver's alias file is the real implementation. */
export class RecordedDecisions implements EditorialDecisions {
  readonly merges: [string, string][] = [];
  readonly splits: SplitDecision[] = [];
  constructor(private readonly store: GraphStore) {}
  async recordMerge(survivorId: string, mergedId: string) {
    this.merges.push([survivorId, mergedId]);
  }
  async recordSplit(decision: SplitDecision) {
    this.splits.push(decision);
    const [entity] = await this.store.getEntities([decision.entityId]);
    const page = await this.store.findStatements({ speaker: decision.entityId }, { first: 1000 });
    return {
      newEntityId: entityId((entity as Entity).kind, decision.name),
      affectedArticleIds: [...new Set(page.items.map((i) => i.node.articleId))],
    };
  }
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
}

export interface TestServer {
  url: string;
  store: GraphStore;
  server: ApiServer;
  decisions: RecordedDecisions;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: ApiOptions = {},
  wrapStore: (store: GraphStore) => GraphStore = (s) => s,
): Promise<TestServer> {
  const embedded = await EmbeddedStore.open({ dir: '/nonexistent-quotegraph', persist: false });
  await embedded.upsertArticles(devArticles().map(analyze));
  const store = wrapStore(embedded);
  const decisions = new RecordedDecisions(store);
  const server = await createApiServer(
    { store, ingest: pipelineIngest(store), decisions },
    { apiKeys: [API_KEY], logger: pino({ level: 'silent' }), ...options },
  );
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    store,
    server,
    decisions,
    async gql(query, variables, headers) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    close: () => server.close(),
  };
}

export const auth = { authorization: `Bearer ${API_KEY}` };

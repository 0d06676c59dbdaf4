/**
 * Starts the real API over real HTTP on the embedded store, loaded from the dev articles through
 * the first-version pipeline. Metadata the corpus lacks (dates, outlets) is assigned per article
 * so date and outlet filters have something to bite on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { articleId } from '../../src/domain/ids.js';
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
  readonly merges: [Entity, Entity][] = [];
  readonly splits: SplitDecision[] = [];
  async recordMerge(survivor: Entity, merged: Entity) {
    this.merges.push([survivor, merged]);
  }
  async recordSplit(decision: SplitDecision) {
    this.splits.push(decision);
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

const openMemoryStore = () =>
  EmbeddedStore.open({ dir: '/nonexistent-quotegraph', persist: false });

/** `open` gives an empty store of any adapter; the dev corpus is loaded into it here. */
export async function startTestServer(
  options: ApiOptions = {},
  wrapStore: (store: GraphStore) => GraphStore = (s) => s,
  open: () => Promise<GraphStore> = openMemoryStore,
): Promise<TestServer> {
  const base = await open();
  await base.upsertArticles(devArticles().map(analyze));
  const store = wrapStore(base);
  const decisions = new RecordedDecisions();
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
    async close() {
      await server.close();
      await base.close();
    },
  };
}

/** Wraps a store so every call the API makes on it is counted, by method name. */
export const countingStore =
  (calls: Map<string, number>) =>
  (store: GraphStore): GraphStore =>
    new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
          return value.apply(target, args);
        };
      },
    });

export const auth = { authorization: `Bearer ${API_KEY}` };

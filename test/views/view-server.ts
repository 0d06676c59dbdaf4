/** A real API server (embedded store, real pipeline for ingest) with the views mounted at /embed. */
import { articleId } from '../../src/domain/ids.js';
import type { ArticleGraph } from '../../src/domain/model.js';
import { createApiServer, type ApiOptions, type ApiServer } from '../../src/api/server.js';
import type { ArticleInput } from '../../src/api/deps.js';
import { createViewsRouter, type ViewsOptions } from '../../src/api/views/views-router.js';
import { buildArticleGraph } from '../../src/graph/build-article-graph.js';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import type { GraphStore } from '../../src/graph/port.js';
import { extract } from '../../src/nlp/pipeline.js';

export const API_KEY = 'views-test-key';

export interface ViewServer {
  url: string;
  store: GraphStore;
  server: ApiServer;
  close(): Promise<void>;
}

export async function startViewServer(
  graphs: ArticleGraph[],
  views: ViewsOptions = {},
  api: ApiOptions = {},
): Promise<ViewServer> {
  const store = await openEmbeddedStore({ dir: '/nonexistent-quotegraph-views', persist: false });
  await store.upsertArticles(graphs);
  const ingest = async (articles: ArticleInput[]) => ({
    results: await store.upsertArticles(
      articles.map((a) =>
        buildArticleGraph(
          {
            id: articleId(a.text),
            url: a.url ?? null,
            title: a.title ?? null,
            source: a.outlet ?? null,
            publishedAt: a.publishedAt ?? null,
            text: a.text,
          },
          extract(a.text),
        ),
      ),
    ),
  });
  const server = await createApiServer(
    { store, ingest },
    {
      apiKeys: [API_KEY],
      logLevel: 'silent',
      ...api,
      mount: (app) => app.use('/embed', createViewsRouter({ store, ...views })),
    },
  );
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    store,
    server,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

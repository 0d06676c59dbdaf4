import express, { type ErrorRequestHandler, type Request, type Router } from 'express';
import { QuotegraphError } from '../../domain/errors.js';
import { exportGraph } from '../../graph/export/export-graph.js';
import { parseExportFilter } from '../../graph/export/parse-export-filter.js';
import type { GraphStore } from '../../graph/port.js';
import { clientBundle } from './client-bundle.js';
import { viewSecurityHeaders } from './csp.js';
import { PAGE_CSS, viewPage } from './pages.js';
import { checkId, networkAttributes } from './view-params.js';

export interface ViewsOptions {
  /** Enables `/export/<format>` downloads; omit to serve the views alone. */
  store?: GraphStore;
  /** CSP frame-ancestors sources allowed to embed the views. Defaults to ["'self'"]. */
  frameAncestors?: string[];
  /** GraphQL endpoint the views call (HTTP and WebSocket). Defaults to '/graphql'. */
  graphqlPath?: string;
}

const DOWNLOADS: Record<string, { format: string; file: number }> = {
  graphml: { format: 'graphml', file: 0 },
  gexf: { format: 'gexf', file: 0 },
  jsonl: { format: 'jsonl', file: 0 },
  cypher: { format: 'cypher', file: 0 },
  'nodes.csv': { format: 'csv', file: 0 },
  'edges.csv': { format: 'csv', file: 1 },
};

/**
 * Read-only embeddable views, mounted by the API server under /embed: pages, the element bundle
 * and export downloads. Views reach data only through GraphQL; downloads use the store port.
 */
export function createViewsRouter(options: ViewsOptions = {}): Router {
  const api = options.graphqlPath ?? '/graphql';
  const router = express.Router();
  router.use((req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    res
      .set('Allow', 'GET, HEAD')
      .status(405)
      .json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'views are read-only' } });
  });
  router.use(viewSecurityHeaders(options.frameAncestors ?? ["'self'"]));

  router.get('/assets/quotegraph.js', async (_req, res) => {
    res
      .type('application/javascript')
      .set('Cache-Control', 'no-cache')
      .send(await clientBundle());
  });
  router.get('/assets/page.css', (_req, res) => {
    res.type('text/css').send(PAGE_CSS);
  });

  const page = (
    req: Request,
    title: string,
    element: string,
    attrs: Record<string, string | undefined>,
  ) => viewPage(req.baseUrl, title, element, { api, ...attrs });
  router.get('/network', (req, res) => {
    res.type('html').send(page(req, 'Network', 'quotegraph-network', networkAttributes(req.query)));
  });
  router.get('/entity/:id', (req, res) => {
    res.type('html').send(
      page(req, 'Entity', 'quotegraph-entity', {
        entity: checkId(req.params.id, 'e', 'entity id'),
      }),
    );
  });
  router.get('/quote/:id', (req, res) => {
    res.type('html').send(
      page(req, 'Quote', 'quotegraph-quote', {
        statement: checkId(req.params.id, 's', 'statement id'),
      }),
    );
  });

  router.get('/export/:name', async (req, res) => {
    const download = DOWNLOADS[req.params.name];
    if (!options.store || !download) {
      res
        .status(404)
        .json({ error: { code: 'NOT_FOUND', message: `no download ${req.params.name}` } });
      return;
    }
    const pairs = Object.fromEntries(
      Object.entries(req.query).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    const files = await exportGraph(options.store, download.format, parseExportFilter(pairs));
    const file = files[download.file];
    if (!file) throw new Error(`export ${download.format} produced no file ${download.file}`);
    res.type(file.contentType).attachment(file.name).send(file.body);
  });

  const onError: ErrorRequestHandler = (err, _req, res, next) => {
    if (!(err instanceof QuotegraphError)) return next(err);
    const status = err.code === 'NOT_FOUND' ? 404 : err.code === 'INVALID_ARGUMENT' ? 400 : 500;
    res.status(status).json({ error: { code: err.code, message: err.message } });
  };
  router.use(onError);
  return router;
}

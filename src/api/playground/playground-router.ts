import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';
import type { GraphStore } from '../../graph/port.js';
import { exampleTabs } from './example-queries.js';

const require = createRequire(import.meta.url);
const GRAPHIQL_DIST = join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/** Ids that make the example queries return something on this graph. */
const exampleIds = async (store: GraphStore) => {
  const [country] = (await store.findEntities({ kinds: ['COUNTRY'] }, { first: 1 })).items;
  const hub = (await store.findStatements({}, { first: 1 })).items[0]?.node.speaker?.entityId;
  return {
    ...(country ? { country: country.node.id } : {}),
    ...(hub ? { hub } : {}),
  };
};

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const page = (tabs: unknown) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>quotegraph playground</title>
<link rel="stylesheet" href="/playground/assets/graphiql.css">
<style>body{margin:0}#root{height:100vh}</style>
</head>
<body>
<div id="root"></div>
<script>
const W = '/playground/assets/monacoeditorwork/';
const workerUrls = { editorWorkerService: W + 'editor.worker.bundle.js', json: W + 'json.worker.bundle.js', graphql: W + 'graphql.worker..bundle.js' };
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => workerUrls[label] ?? workerUrls.editorWorkerService };
</script>
<script src="/playground/assets/yoga-graphiql.umd.js"></script>
<script>
const tabs = ${json(tabs)};
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), {
  endpoint: '/graphql',
  title: 'quotegraph',
  query: tabs[0].query,
  variables: tabs[0].variables,
  defaultTabs: tabs,
});
</script>
</body>
</html>`;

/** GraphiQL served from the package's own bundle: works behind a firewall, no CDN. */
export const playgroundRouter = (store: GraphStore): Router => {
  const router = express.Router();
  router.use('/assets', express.static(GRAPHIQL_DIST, { index: false, maxAge: '1d' }));
  router.get('/', async (_req, res) => {
    res.type('html').send(page(exampleTabs(await exampleIds(store))));
  });
  return router;
};

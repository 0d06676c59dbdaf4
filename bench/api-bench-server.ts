/**
 * Child process of api.bench.ts: builds a generated graph in an in-memory embedded store and
 * serves the API on loopback, so the load generator does not share this process's event loop.
 */
import { pino } from 'pino';
import { createApiServer } from '../src/api/server.js';
import { EmbeddedStore } from '../src/graph/embedded/embedded-store.js';
import { generateGraph } from './generate-graph.js';

const size = Number(process.argv[2] ?? 100_000);
const started = performance.now();
const generated = generateGraph(size);
const store = await EmbeddedStore.open({ dir: '/nonexistent-bench', persist: false });
for (let i = 0; i < generated.graphs.length; i += 1000) {
  await store.upsertArticles(generated.graphs.slice(i, i + 1000));
}
const loadSeconds = (performance.now() - started) / 1000;
// The embedded store re-sorts its statement list lazily after every write: time that first page
// here, outside any request deadline, and report it.
const sortStarted = performance.now();
for (const order of ['PUBLISHED_DESC', 'PUBLISHED_ASC', 'CONFIDENCE_DESC'] as const) {
  await store.findStatements({}, { first: 1 }, order);
}
const firstSortSeconds = (performance.now() - sortStarted) / 3000;
generated.graphs.length = 0;
const server = await createApiServer({ store }, { logger: pino({ level: 'silent' }) });
const url = await server.listen(0, '127.0.0.1');
global.gc?.();
process.send!({
  url,
  probeSpeaker: generated.probeSpeaker,
  probeTarget: generated.probeTarget,
  counts: await store.counts(),
  loadSeconds,
  firstSortSeconds,
  heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
});
process.on('message', async (message) => {
  if (message === 'cpu') {
    // CPU time is far less sensitive than wall latency to other load on a shared machine.
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMs: (user + system) / 1000 });
    return;
  }
  await server.close();
  process.exit(0);
});

/**
 * Ingest throughput (statements/s) into the embedded store and a real Neo4j 5 (the in-process
 * launcher, or NEO4J_URI — a disposable database: it is wiped), per batch size, for the dev gold
 * corpus at 1× and 10× (best of two runs each). A 10×/1× ratio near 1 means throughput holds
 * as the graph grows; above 1, per-transaction costs dominate the small corpus.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleGraph } from '../src/domain/model.js';
import { openEmbeddedStore } from '../src/graph/embedded/embedded-store.js';
import { openNeo4jStore, type Neo4jStore } from '../src/graph/neo4j/index.js';
import type { GraphStore } from '../src/graph/port.js';
import { goldArticleGraphs } from '../test/neo4j/gold-corpus.js';
import { launcherUnavailableReason, startNeo4j } from '../test/neo4j/launcher-process.mjs';

const BATCH_SIZES = [50, 500, 2000];
const SCALES = [1, 10];

interface Row {
  store: string;
  batch: string;
  scale: number;
  statements: number;
  seconds: number;
  perSecond: number;
}

const statementsIn = (graphs: ArticleGraph[]) =>
  graphs.reduce((n, g) => n + g.statements.length, 0);

const timeIngest = async (store: GraphStore, graphs: ArticleGraph[]) => {
  const started = performance.now();
  await store.upsertArticles(graphs);
  return (performance.now() - started) / 1000;
};

const print = (row: Row) =>
  process.stdout.write(
    `| ${row.store.padEnd(8)} | ${row.batch.padStart(5)} | ${String(row.scale).padStart(3)}× | ` +
      `${String(row.statements).padStart(6)} | ${row.seconds.toFixed(2).padStart(7)} | ` +
      `${Math.round(row.perSecond).toString().padStart(8)} |\n`,
  );

const embeddedRows = async (corpora: Map<number, ArticleGraph[]>): Promise<Row[]> => {
  const rows: Row[] = [];
  for (const [scale, graphs] of corpora) {
    const dir = await mkdtemp(join(tmpdir(), 'quotegraph-bench-'));
    const store = await openEmbeddedStore({ dir });
    const seconds = await timeIngest(store, graphs);
    await store.close();
    await rm(dir, { recursive: true, force: true });
    const statements = statementsIn(graphs);
    rows.push({
      store: 'embedded',
      batch: 'all',
      scale,
      statements,
      seconds,
      perSecond: statements / seconds,
    });
  }
  return rows;
};

const neo4jRows = async (uri: string, corpora: Map<number, ArticleGraph[]>): Promise<Row[]> => {
  const rows: Row[] = [];
  for (const batchSize of BATCH_SIZES) {
    const store: Neo4jStore = await openNeo4jStore({
      uri,
      user: process.env.NEO4J_USER || undefined,
      password: process.env.NEO4J_PASSWORD || undefined,
      batchSize,
    });
    for (const [scale, graphs] of corpora) {
      // Best of two: the first run after a wipe also pays for re-planning (statistics changed).
      let seconds = Infinity;
      for (let attempt = 0; attempt < 2; attempt++) {
        await store.wipe();
        seconds = Math.min(seconds, await timeIngest(store, graphs));
      }
      const statements = statementsIn(graphs);
      rows.push({
        store: 'neo4j',
        batch: String(batchSize),
        scale,
        statements,
        seconds,
        perSecond: statements / seconds,
      });
    }
    await store.wipe();
    await store.close();
  }
  return rows;
};

export default async function run(): Promise<void> {
  const corpora = new Map(SCALES.map((scale) => [scale, goldArticleGraphs(scale)]));
  process.stdout.write(
    `corpus: dev gold, ${corpora.get(1)!.length} articles / ${statementsIn(corpora.get(1)!)} statements at 1×\n\n` +
      '| store    | batch | scale | stmts  | seconds | stmts/s  |\n' +
      '|----------|-------|-------|--------|---------|----------|\n',
  );
  const rows = await embeddedRows(corpora);

  let server: Awaited<ReturnType<typeof startNeo4j>> | null = null;
  let uri = process.env.NEO4J_URI ?? null;
  if (!uri) {
    const reason = launcherUnavailableReason();
    if (reason) process.stdout.write(`neo4j: skipped (${reason} and NEO4J_URI is not set)\n`);
    else uri = (server = await startNeo4j()).uri;
  }
  try {
    if (uri) {
      // Warm-up: the first transactions pay for JIT and plan caching on both sides.
      const warm = await openNeo4jStore({
        uri,
        user: process.env.NEO4J_USER || undefined,
        password: process.env.NEO4J_PASSWORD || undefined,
      });
      await warm.upsertArticles(corpora.get(1)!);
      await warm.wipe();
      await warm.close();
      rows.push(...(await neo4jRows(uri, corpora)));
    }
  } finally {
    await server?.stop();
  }
  rows.forEach(print);
  process.stdout.write('\n10×/1× throughput ratio:\n');
  for (const key of new Set(rows.map((r) => `${r.store} ${r.batch}`))) {
    const [one, ten] = SCALES.map((s) =>
      rows.find((r) => `${r.store} ${r.batch}` === key && r.scale === s),
    );
    if (one && ten)
      process.stdout.write(`  ${key}: ${(ten.perSecond / one.perSecond).toFixed(2)}\n`);
  }
}

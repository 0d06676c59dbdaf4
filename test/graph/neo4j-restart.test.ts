import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNeo4jStore, type Neo4jStore } from '../../src/graph/neo4j/index.js';
import { goldArticleGraphs } from '../neo4j/gold-corpus.js';
import { LAUNCHER_JAR, startNeo4j, type RunningNeo4j } from '../neo4j/launcher-process.mjs';

/** This file runs its own server (it kills it), so it needs java and the built launcher. */
const reason = (() => {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0)
    return 'java is not installed';
  if (!existsSync(LAUNCHER_JAR))
    return 'the launcher is not built (bash test/neo4j-launcher/build.sh)';
  return null;
})();
if (reason) console.warn(`SKIPPED Neo4j restart test: ${reason}`);
const describeLauncher = reason ? describe.skip : describe;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describeLauncher(`Neo4j restart mid-ingest${reason ? ` [skipped: ${reason}]` : ''}`, () => {
  const graphs = goldArticleGraphs(3);
  let dir: string;
  let port: number;
  let server: RunningNeo4j;
  let clean: { nodes: number; relationships: number };

  const open = (maxTransactionRetryTime: number): Promise<Neo4jStore> =>
    openNeo4jStore({ uri: server.uri, batchSize: 10, maxTransactionRetryTime });

  /** Kills the server once some batches have committed but well before the ingest ends. */
  const killMidIngest = async () => {
    const probe = await open(0);
    await waitFor(async () => (await probe.counts()).articles >= 3);
    await probe.close().catch(() => undefined);
    await server.kill();
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quotegraph-neo4j-restart-'));
    port = await freePort();
    server = await startNeo4j({ port, dir });
    const store = await open(0);
    await store.upsertArticles(graphs);
    clean = await store.rawCounts();
    await store.wipe();
    await store.close();
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('ends with STORE_UNAVAILABLE when the server dies, and a re-run gives the clean-run counts', async () => {
    const store = await open(2_000);
    const ingest = store.upsertArticles(graphs);
    await killMidIngest();
    await expect(ingest).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await store.close().catch(() => undefined);

    server = await startNeo4j({ port, dir });
    const again = await open(0);
    const partial = await again.counts();
    expect(partial.articles).toBeGreaterThanOrEqual(3);
    expect(partial.articles).toBeLessThan(graphs.length);
    const rerun = await again.upsertArticles(graphs);
    expect(rerun.filter((r) => !r.changed).length).toBe(partial.articles);
    expect(await again.rawCounts()).toEqual(clean);
    await again.wipe();
    await again.close();
  }, 240_000);

  it('retries through a restart inside the retry window and completes without duplicates', async () => {
    const store = await open(120_000);
    const ingest = store.upsertArticles(graphs);
    await killMidIngest();
    server = await startNeo4j({ port, dir });
    const results = await ingest;
    expect(results.every((r) => r.changed)).toBe(true);
    expect(await store.rawCounts()).toEqual(clean);
    await store.close();
  }, 240_000);
});

/**
 * Time to first render of the network view in headless Chromium: navigation start until the
 * element has drawn its graph and the next frame is painted.
 * Rows: the full stack (API + embedded store, at the API's network node cap) and 2 000 nodes /
 * 10 000 edges served as one fixed GraphQL answer (isolates the browser side beyond that cap).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Browser } from 'playwright-core';
import type { ArticleGraph, Entity, NetworkEdge } from '../src/domain/model.js';
import { RELATIONS } from '../src/domain/model.js';
import { createViewsRouter } from '../src/api/views/views-router.js';
import { articleGraph, entity } from '../test/graph/fixtures.js';
import { chromiumAvailable, launchBrowser } from '../test/views/browser.js';
import { startViewServer } from '../test/views/view-server.js';

const RUNS = 5;
let seed = 7;
const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function synthetic(
  nodes: number,
  edges: number,
): { entities: Entity[]; pairs: [number, number][] } {
  const entities = Array.from({ length: nodes }, (_, i) => entity(`Person ${i}`));
  // The centre (0) reaches a tenth of the nodes directly; the rest hang off those.
  const ring = Math.max(1, Math.floor(nodes / 10));
  const pairs: [number, number][] = [];
  for (let i = 1; i < nodes; i++)
    pairs.push(i <= ring ? [0, i] : [1 + Math.floor(rnd() * ring), i]);
  while (pairs.length < edges) pairs.push([Math.floor(rnd() * nodes), Math.floor(rnd() * nodes)]);
  return { entities, pairs: pairs.filter(([a, b]) => a !== b) };
}

async function timeToRender(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(
      () => (document.querySelector('quotegraph-network') as HTMLElement | null)?.dataset.rendered,
      null,
      { timeout: 120_000 },
    );
    times.push(
      await page.evaluate(
        () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
      ),
    );
    await page.close();
  }
  return times.sort((a, b) => a - b);
}

const row = (label: string, nodes: number, edges: number, t: number[]) =>
  `| ${label} | ${nodes} | ${edges} | ${t[Math.floor(t.length / 2)]!.toFixed(0)} | ${t[0]!.toFixed(0)}–${t[t.length - 1]!.toFixed(0)} |\n`;

export default async function run(): Promise<void> {
  if (!chromiumAvailable) {
    process.stdout.write('views bench skipped: no Chromium at /usr/bin/chromium\n');
    return;
  }
  const browser = await launchBrowser();
  process.stdout.write(
    `| view | nodes | edges | first render median ms | min–max (${RUNS} runs) |\n|---|---|---|---|---|\n`,
  );
  try {
    // Full stack: statements in the embedded store, network through GraphQL, at the API cap.
    const full = synthetic(1000, 5000);
    const graphs: ArticleGraph[] = [];
    for (let i = 0; i < full.pairs.length; i += 100) {
      const specs = full.pairs.slice(i, i + 100).map(([a, b], k) => ({
        speaker: full.entities[a]!,
        target: full.entities[b]!,
        relation: pick(RELATIONS),
        quote: `Statement ${i + k} about the budget`,
      }));
      graphs.push(articleGraph(`a_bench_${i}`, specs, { publishedAt: '2026-03-01' }));
    }
    const server = await startViewServer(graphs);
    const center = full.entities[0]!.id;
    const network = await server.store.network({ center, depth: 2, limit: 1000 });
    const t = await timeToRender(
      browser,
      `${server.url}/embed/network?center=${center}&depth=2&limit=1000`,
    );
    process.stdout.write(
      row('API + store, depth 2', network.nodes.length, network.edges.length, t),
    );
    await server.close();

    // 2 000 nodes / 10 000 edges: one prepared answer to the network query.
    const big = synthetic(2000, 10_000);
    const edges = new Map<string, NetworkEdge>();
    for (const [a, b] of big.pairs) {
      const relation = pick(RELATIONS);
      const key = `${a}>${b}>${relation}`;
      const e = edges.get(key) ?? {
        source: big.entities[a]!.id,
        target: big.entities[b]!.id,
        relation,
        count: 0,
        statementIds: [],
      };
      e.count++;
      edges.set(key, e);
    }
    const answer = JSON.stringify({
      data: {
        network: {
          nodes: big.entities.map((e, i) => ({
            id: e.id,
            activity: 1 + (i % 17),
            distance: i === 0 ? 0 : i <= 200 ? 1 : 2,
            entity: { id: e.id, name: e.name, kind: e.kind },
          })),
          edges: [...edges.entries()].map(([id, e]) => ({
            id,
            source: e.source,
            target: e.target,
            relation: e.relation,
            count: e.count,
          })),
        },
      },
    });
    const app = express();
    app.use('/embed', createViewsRouter());
    app.post('/graphql', (_req, res) => {
      res.type('json').send(answer);
    });
    const httpServer = http.createServer(app).listen(0, '127.0.0.1');
    await new Promise((r) => httpServer.once('listening', r));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const t2 = await timeToRender(
      browser,
      `${url}/embed/network?center=${big.entities[0]!.id}&depth=2&limit=2000`,
    );
    process.stdout.write(row('fixed answer, depth 2', big.entities.length, edges.size, t2));
    await new Promise((r) => httpServer.close(r));
  } finally {
    await browser.close();
  }
}

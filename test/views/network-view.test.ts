import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import type { NetworkEdge } from '../../src/domain/model.js';
import { KIND_COLORS, RELATION_FAMILIES } from '../../src/api/views/client/palette.js';
import {
  ARTIFACTS,
  chromiumAvailable,
  countColours,
  launchBrowser,
  watchForeignRequests,
} from './browser.js';
import { devArticleGraphs } from './dev-graph.js';
import { startViewServer, type ViewServer } from './view-server.js';

const describeBrowser = chromiumAvailable ? describe : describe.skip;

interface Drawn {
  order: number;
  size: number;
  edges: { id: string; relation: string }[];
  rendered: string;
}

const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    const el = document.querySelector('quotegraph-network') as HTMLElement & {
      renderer: {
        getGraph(): {
          order: number;
          size: number;
          mapEdges<T>(f: (id: string, a: Record<string, unknown>) => T): T[];
        };
      } | null;
    };
    const g = el.renderer!.getGraph();
    return {
      order: g.order,
      size: g.size,
      edges: g.mapEdges((id, a) => ({ id, relation: a.relation as string })),
      rendered: el.dataset.rendered ?? '',
    };
  });

const waitRendered = (page: Page, after = '') =>
  page.waitForFunction((prev) => {
    const v = (document.querySelector('quotegraph-network') as HTMLElement | null)?.dataset
      .rendered;
    return Boolean(v) && v !== prev;
  }, after);

describeBrowser('network view in Chromium', () => {
  let server: ViewServer;
  let browser: Browser;
  let center: string;
  let page: Page;
  let foreign: string[];
  const cspErrors: string[] = [];

  beforeAll(async () => {
    server = await startViewServer(devArticleGraphs());
    browser = await launchBrowser();
    // The most connected entity at depth 2 makes the richest view.
    const { items } = await server.store.findEntities({}, { first: 1000 });
    let best = -1;
    for (const { node } of items) {
      const n = await server.store.network({ center: node.id, depth: 2 });
      if (n.edges.length > best) [best, center] = [n.edges.length, node.id];
    }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (query: string) => {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    foreign = watchForeignRequests(page, server.url);
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    const response = await page.goto(
      `${server.url}/embed/network?center=${center}&depth=2${query}`,
    );
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    await waitRendered(page);
  };

  it('draws the nodes and edges the API returns, in colour, with no third-party request', async () => {
    await open('');
    const expected = await server.store.network({ center, depth: 2 });
    const d = await drawn(page);
    expect(expected.edges.length).toBeGreaterThan(3);
    expect([d.order, d.size]).toEqual([expected.nodes.length, expected.edges.length]);
    const colours = [...Object.values(KIND_COLORS), ...RELATION_FAMILIES.map((f) => f.color)];
    const counts = await countColours(
      browser,
      page.locator('quotegraph-network .stage'),
      colours,
      `${ARTIFACTS}network-view.png`,
    );
    const kinds = new Set(expected.nodes.map((n) => n.entity.kind));
    for (const kind of kinds) expect(counts[KIND_COLORS[kind]!]).toBeGreaterThan(30);
    const families = RELATION_FAMILIES.filter((f) =>
      expected.edges.some((e) => f.relations.includes(e.relation)),
    );
    for (const f of families) expect(counts[f.color]).toBeGreaterThan(30);
    await page.screenshot({ path: `${ARTIFACTS}network-page.png`, fullPage: true });
    expect(foreign).toEqual([]);
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('clicking an edge on the canvas lists its quotes with quote and speaker highlighted', async () => {
    await open('');
    const network = await server.store.network({ center, depth: 2 });
    const pairs = (e: NetworkEdge) =>
      network.edges.filter((o) => o.source === e.source && o.target === e.target).length;
    const edge = network.edges.filter((e) => pairs(e) === 1).sort((a, b) => b.count - a.count)[0]!;
    const id = (await drawn(page)).edges.find(
      (e) => e.id.includes(edge.source) && e.id.includes(edge.target),
    )?.id;
    const point = await page.evaluate((edgeId) => {
      type Point = { x: number; y: number };
      const el = document.querySelector('quotegraph-network') as HTMLElement & {
        renderer: {
          getGraph(): { source(e: string): string; target(e: string): string };
          getNodeDisplayData(n: string): Point;
          framedGraphToViewport(p: Point): Point;
        };
      };
      const r = el.renderer;
      const g = r.getGraph();
      const [s, t] = [g.source(edgeId), g.target(edgeId)].map((n) =>
        r.framedGraphToViewport(r.getNodeDisplayData(n)),
      ) as [Point, Point];
      const box = el.shadowRoot!.querySelector('.canvas')!.getBoundingClientRect();
      return { x: box.left + (s.x + t.x) / 2, y: box.top + (s.y + t.y) / 2 };
    }, id!);
    await page.mouse.click(point.x, point.y);
    const items = page.locator('quotegraph-network ol.quotes li');
    await items.first().waitFor();
    expect(await page.locator('quotegraph-network .panel').getAttribute('data-edge')).toBe(id);
    expect(await items.count()).toBe(edge.count);
    const statements = await server.store.getStatements(edge.statementIds);
    const sentences = await page
      .locator('quotegraph-network ol.quotes .sentence')
      .allTextContents();
    for (const s of statements) expect(sentences.some((t) => t.includes(s!.quote.text))).toBe(true);
    expect(await page.locator('quotegraph-network ol.quotes li:has(mark.quote)').count()).toBe(
      edge.count,
    );
    const speakers = await page
      .locator('quotegraph-network ol.quotes mark.speaker')
      .allTextContents();
    expect(speakers).toContain(statements[0]!.speaker!.mention!.text);
    await page.screenshot({ path: `${ARTIFACTS}network-edge-quotes.png`, fullPage: true });
    await page.close();
  });

  it('keyboard: the edge table opens quotes and arrow keys move through them', async () => {
    await open('');
    const network = await server.store.network({ center, depth: 2 });
    const edge = [...network.edges].sort((a, b) => b.count - a.count)[0]!;
    expect(edge.count).toBeGreaterThan(1);
    const rows = page.locator('quotegraph-network table tbody tr');
    expect(await rows.count()).toBe(network.edges.length);
    await page.locator('quotegraph-network table tbody button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('quotegraph-network ol.quotes li').first().waitFor();
    const focused = () =>
      page.evaluate(() =>
        document
          .querySelector('quotegraph-network')!
          .shadowRoot!.activeElement?.getAttribute('aria-posinset'),
      );
    expect(await focused()).toBe('1');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('2');
    await page.keyboard.press('End');
    expect(await focused()).toBe(String(edge.count));
    await page.close();
  });

  it('relation chips and date inputs refetch a filtered graph', async () => {
    await open('');
    const before = await drawn(page);
    const all = await server.store.network({ center, depth: 2 });
    const relation = all.edges[0]!.relation;
    await page.locator(`quotegraph-network button[data-relation="${relation}"]`).click();
    await waitRendered(page, before.rendered);
    const filtered = await drawn(page);
    const expected = await server.store.network({ center, depth: 2, relations: [relation] });
    expect(filtered.size).toBe(expected.edges.length);
    expect(filtered.size).toBeLessThan(before.size);
    expect(new Set(filtered.edges.map((e) => e.relation))).toEqual(new Set([relation]));
    await page.screenshot({ path: `${ARTIFACTS}network-filtered.png`, fullPage: true });
    await page.locator(`quotegraph-network button[data-relation="${relation}"]`).click();
    await waitRendered(page, filtered.rendered);
    const dated = await server.store.network({ center, depth: 2, to: '2026-03-01' });
    const unfiltered = await drawn(page);
    await page.locator('quotegraph-network input.to').fill('2026-03-01');
    await page.locator('quotegraph-network input.to').dispatchEvent('change');
    await waitRendered(page, unfiltered.rendered);
    expect((await drawn(page)).size).toBe(dated.edges.length);
    await page.close();
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { entityId } from '../../src/domain/ids.js';
import { ARTIFACTS, chromiumAvailable, launchBrowser } from './browser.js';
import { devArticleGraphs } from './dev-graph.js';
import { startViewServer, type ViewServer } from './view-server.js';

const describeBrowser = chromiumAvailable ? describe : describe.skip;
const HALLORAN = entityId('PERSON', 'Victor Halloran');

/** A dashboard on another origin: the web component inline, and the network view in an iframe. */
const dashboard = (api: string, frame: boolean) => `<!doctype html><html><body>
<script src="${api}/embed/assets/quotegraph.js"></script>
<script>window.received = []; addEventListener('message', (e) => received.push(e.data));
document.addEventListener('quotegraph:edge-click', (e) => received.push({ dom: true, ...e.detail }));</script>
${frame ? `<iframe id="view" width="1000" height="700" src="${api}/embed/network?center=${HALLORAN}"></iframe>` : `<quotegraph-network center="${HALLORAN}" api="${api}/graphql"></quotegraph-network>`}
</body></html>`;

describeBrowser('embedding on another origin', () => {
  let server: ViewServer;
  let host: http.Server;
  let hostPort = 0;
  let browser: Browser;

  beforeAll(async () => {
    host = http.createServer((req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(dashboard(server.url, req.url === '/frame'));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostPort = (host.address() as AddressInfo).port;
    // Only http://localhost:<port> may frame the views; http://127.0.0.1:<port> is another origin.
    const allowed = `http://localhost:${hostPort}`;
    server = await startViewServer(
      devArticleGraphs(),
      { frameAncestors: [allowed] },
      { corsOrigins: [allowed] },
    );
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  it('the web component renders cross-origin and raises DOM events on edge selection', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    await page.goto(`http://localhost:${hostPort}/component`);
    await page.waitForFunction(
      () => (document.querySelector('quotegraph-network') as HTMLElement | null)?.dataset.rendered,
    );
    const expected = await server.store.network({ center: HALLORAN, depth: 1 });
    const order = await page.evaluate(
      () =>
        (
          document.querySelector('quotegraph-network') as HTMLElement & {
            renderer: { getGraph(): { order: number } };
          }
        ).renderer.getGraph().order,
    );
    expect(order).toBe(expected.nodes.length);
    await page.locator('quotegraph-network table tbody button').first().click();
    await page.waitForFunction(
      () => (window as unknown as { received: unknown[] }).received.length > 0,
    );
    const received = await page.evaluate(
      () => (window as unknown as { received: Record<string, unknown>[] }).received,
    );
    expect(received[0]).toMatchObject({
      dom: true,
      relation: expect.any(String),
      source: expect.any(String),
    });
    await page.screenshot({ path: `${ARTIFACTS}web-component.png`, fullPage: true });
    await page.close();
  });

  it('an allowed ancestor gets the iframe and its postMessage events; another origin is refused', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`http://localhost:${hostPort}/frame`);
    const frame = page.frameLocator('#view');
    await frame.locator('quotegraph-network table tbody button').first().click();
    type Win = { received: Record<string, unknown>[] };
    await page.waitForFunction(() =>
      (window as unknown as Win).received.some((m) => m.type === 'edge-click'),
    );
    const messages = await page.evaluate(() => (window as unknown as Win).received);
    expect(messages.find((m) => m.type === 'render')).toMatchObject({
      source: 'quotegraph',
      detail: { nodes: expect.any(Number) },
    });
    expect(messages.find((m) => m.type === 'edge-click')).toMatchObject({
      source: 'quotegraph',
      detail: { id: expect.any(String), source: expect.any(String), relation: expect.any(String) },
    });
    await page.close();

    const refused = await browser.newPage();
    const violations: string[] = [];
    refused.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) violations.push(m.text());
    });
    await refused.goto(`http://127.0.0.1:${hostPort}/frame`);
    await refused.waitForTimeout(1500);
    expect(violations.length).toBeGreaterThan(0);
    const frames = refused.frames().filter((f) => f !== refused.mainFrame());
    const rendered = await Promise.all(
      frames.map((f) =>
        f
          .locator('quotegraph-network')
          .count()
          .catch(() => 0),
      ),
    );
    expect(rendered.every((n) => n === 0)).toBe(true);
    await refused.close();
  });
});

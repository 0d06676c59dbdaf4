import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { entityId } from '../../src/domain/ids.js';
import { ARTIFACTS, chromiumAvailable, launchBrowser, watchForeignRequests } from './browser.js';
import { devArticleGraphs } from './dev-graph.js';
import { API_KEY, startViewServer, type ViewServer } from './view-server.js';

const describeBrowser = chromiumAvailable ? describe : describe.skip;
const HALLORAN = entityId('PERSON', 'Victor Halloran');

const ingest = (server: ViewServer, text: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({
      query:
        'mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { statements { id } } }',
      variables: { input: [{ text, outlet: 'Civic Ledger', publishedAt: '2026-03-20' }] },
    }),
  }).then(
    (r) => r.json() as Promise<{ data?: { ingestArticles: { statements: { id: string }[] } } }>,
  );

describeBrowser('entity and quote cards, live updates', () => {
  let server: ViewServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startViewServer(devArticleGraphs());
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string): Promise<{ page: Page; foreign: string[] }> => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const foreign = watchForeignRequests(page, server.url);
    await page.goto(`${server.url}${path}`);
    return { page, foreign };
  };

  it('entity card lists counterparts per direction and a sparkline of its timeline', async () => {
    const { page, foreign } = await open(`/embed/entity/${HALLORAN}`);
    await page.locator('quotegraph-entity h2').waitFor();
    expect(await page.locator('quotegraph-entity h2').textContent()).toContain('Victor Halloran');
    const out = await server.store.counterparts(HALLORAN, 'OUT');
    const inbound = await server.store.counterparts(HALLORAN, 'IN');
    const names = (dir: string) =>
      page
        .locator(`quotegraph-entity section[data-direction="${dir}"] li strong`)
        .allTextContents();
    expect((await names('out')).sort()).toEqual(out.map((c) => c.entity.name).sort());
    expect((await names('in')).sort()).toEqual(inbound.map((c) => c.entity.name).sort());
    const buckets = await server.store.timeline(HALLORAN, { interval: 'DAY' });
    expect(await page.locator('quotegraph-entity svg.spark rect').count()).toBe(buckets.length);
    await page.screenshot({ path: `${ARTIFACTS}entity-card.png`, fullPage: true });
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('quote card shows the sentence with quote and speaker marked from offsets, and provenance', async () => {
    const [statement] = (await server.store.findStatements({ speaker: HALLORAN }, { first: 1 }))
      .items;
    const s = statement!.node;
    const { page } = await open(`/embed/quote/${s.id}`);
    await page.locator('quotegraph-quote mark.quote').first().waitFor();
    const article = (await server.store.getArticles([s.articleId]))[0]!;
    const sentence = (await page.locator('quotegraph-quote .sentence').textContent()) ?? '';
    expect(sentence).toContain(article.text.slice(s.quote.start, s.quote.end));
    expect(await page.locator('quotegraph-quote mark.speaker').allTextContents()).toContain(
      s.speaker!.mention!.text,
    );
    expect(await page.locator('quotegraph-quote a').getAttribute('href')).toBe(article.url);
    expect(await page.locator('quotegraph-quote .provenance').textContent()).toContain(
      article.source!,
    );
    await page.screenshot({ path: `${ARTIFACTS}quote-card.png`, fullPage: true });
    await page.close();
  });

  it('network and entity views update without reload after an ingestArticles mutation', async () => {
    const { page: network } = await open(`/embed/network?center=${HALLORAN}`);
    await network.waitForFunction(
      () => (document.querySelector('quotegraph-network') as HTMLElement).dataset.rendered,
    );
    const { page: card } = await open(`/embed/entity/${HALLORAN}`);
    await card.locator('quotegraph-entity h2').waitFor();
    const made = (await server.store.findStatements({ speaker: HALLORAN }, { first: 1 }))
      .totalCount;
    expect(await card.locator('quotegraph-entity p.counts').textContent()).toContain(
      `${made} statements made`,
    );
    const rendered = await network.evaluate(
      () => (document.querySelector('quotegraph-network') as HTMLElement).dataset.rendered,
    );
    // Give the graphql-ws subscriptions a moment to be acknowledged before the event fires.
    await network.waitForTimeout(500);
    const result = await ingest(
      server,
      'Fares dominated the evening.\n\n"The fares plan is a fantasy and the numbers do not add up," Victor Halloran said on Friday.',
    );
    expect(result.data?.ingestArticles.statements).toHaveLength(1);
    await card
      .locator('quotegraph-entity')
      .getByText(`${made + 1} statements made`)
      .waitFor({ timeout: 10_000 });
    await network.waitForFunction(
      (prev) =>
        (document.querySelector('quotegraph-network') as HTMLElement).dataset.rendered !== prev,
      rendered,
      { timeout: 10_000 },
    );
    expect(await network.locator('quotegraph-network .status').textContent()).toMatch(/entities/);
    await card.screenshot({ path: `${ARTIFACTS}entity-card-live.png`, fullPage: true });
    await network.close();
    await card.close();
  });
});

import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { startTestServer, type TestServer } from './harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const it_ = available ? it : it.skip;
if (!available) console.warn(`playground browser test skipped: no chromium at ${CHROMIUM}`);

let t: TestServer;
let browser: Browser | undefined;
beforeAll(async () => {
  t = await startTestServer();
  if (available) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t.close();
});

describe('offline playground in a real browser', () => {
  it_(
    'renders GraphiQL with the saved tabs, loads nothing from outside, and runs a query',
    async () => {
      const page = await browser!.newPage();
      const outside: string[] = [];
      const origin = new URL(t.url).origin;
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          outside.push(url);
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${t.url}/playground`);
      await page.waitForSelector('.graphiql-container .graphiql-tab', { timeout: 30_000 });
      const tabs = await page.locator('.graphiql-tab').allInnerTexts();
      expect(tabs.join(' ')).toMatch(/WhoAccusedWhom/);
      expect(tabs.join(' ')).toMatch(/Network/);
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(
        () => document.querySelector('.result-window')?.textContent?.includes('totalCount'),
        null,
        {
          timeout: 30_000,
        },
      );
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    90_000,
  );
});

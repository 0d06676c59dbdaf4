/** Debian's Chromium through playwright-core; suites skip with a reason when it is missing. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;

if (!chromiumAvailable) {
  console.warn(
    `views browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`,
  );
}

export async function launchBrowser(): Promise<Browser> {
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Records every request that leaves the test server's origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  return foreign;
}

/**
 * Counts screenshot pixels near each colour, decoding the PNG in a blank page (no PNG library
 * needed and no CSP in the way).
 */
export async function countColours(
  browser: Browser,
  target: Locator,
  colours: string[],
  path: string,
): Promise<Record<string, number>> {
  const png = await target.screenshot({ path });
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(
      async ({ data, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
        const counts: Record<string, number> = Object.fromEntries(colours.map((c) => [c, 0]));
        for (let i = 0; i < px.length; i += 4) {
          rgb.forEach(([r, g, b], k) => {
            if (
              Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) <
              24
            ) {
              counts[colours[k]!]! += 1;
            }
          });
        }
        return counts;
      },
      { data: png.toString('base64'), colours },
    );
  } finally {
    await blank.close();
  }
}

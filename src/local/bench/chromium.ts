/**
 * Headless Chromium for the page-open figures (page-open.ts): Debian's /usr/bin/chromium, or the
 * one CHROMIUM_PATH names, as the browser tests use.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIRST_VIEW_TIMEOUT_MS = 60_000;

/**
 * Opens `url` in a fresh browser (nothing cached) and returns the milliseconds from asking for the
 * page until the element with data-testid `testId` is visible.
 */
export async function openInChromium(url: string, testId: string): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium was not found at ${CHROMIUM_PATH}; install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const started = performance.now();
    await page.goto(url);
    await page.getByTestId(testId).waitFor({ state: 'visible', timeout: FIRST_VIEW_TIMEOUT_MS });
    return Math.round(performance.now() - started);
  } finally {
    await browser.close();
  }
}

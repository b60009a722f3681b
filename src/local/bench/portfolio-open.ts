/**
 * `npx tsx src/local/bench/portfolio-open.ts [--projects 1000] [--latency 100] [--storage-latency 0] [--json]`
 *
 * Opening the portfolio with many projects, over the app's real resolvers (createLocalApp) and the
 * Jira emulator with `latency` ms added to every answer. The store holds what each project's
 * refresh stored (portfolio-site.ts), in memory, each read waiting `storage-latency` ms (Forge's
 * storage is a network call too). Measured, with the storage reads (every `get` of the store)
 * and the Jira requests of each:
 *
 * 1. the first opening, which fills the portfolio index from the projects' own records (as every
 *    opening read them before the index existed);
 * 2. an opening as the page makes it: page 0, then the other pages, three at a time; the time to
 *    the first page and to the last;
 * 3. with Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium), the page itself through the preview:
 *    the time until its first row is drawn, and until every page has been read.
 *
 * See docs/performance.md.
 */
import { existsSync } from 'node:fs';
import type { LocalApp } from '../preview/local-app';
import { createEngineBackend, startPreview } from '../preview';
import type { ResolverDefs } from '../../shared/api';
import { isApiError } from '../../shared/api';
import { COACH, startPortfolioSite } from './portfolio-site';
import { jsonByteLength } from '../../storage/chunking';

const NOW = new Date('2026-12-06T08:00:00.000Z');
/** As the page asks for them (static/portfolio/src/usePortfolio.ts). */
const PAGES_AT_ONCE = 3;

export interface OpeningFigures {
  storageReads: number;
  jiraRequests: number;
  /** Milliseconds until the first page's rows were there, and until every page's. */
  firstPageMs: number;
  allPagesMs: number;
  rows: number;
  pages: number;
}

export interface PortfolioOpenResult {
  projects: number;
  latencyMs: number;
  storageLatencyMs: number;
  /** The first opening: the index filled from the projects' own records. */
  firstOpening: OpeningFigures;
  /** Every later opening. */
  opening: OpeningFigures;
  /** In Chromium through the preview, when it is installed. */
  browser: { firstRowMs: number; allPagesMs: number } | null;
  /** The largest page of the index as stored, in bytes of JSON (Forge keeps at most 240 KiB a value). */
  largestPageBytes: number;
}

type Page = ResolverDefs['getPortfolio']['result'];

export async function measurePortfolioOpening(options: { projects: number; latencyMs: number; storageLatencyMs: number; browser: boolean }): Promise<PortfolioOpenResult> {
  const { workspace, jira, store, local, stop } = await startPortfolioSite(options.projects, options.latencyMs, NOW);
  try {
    store.latencyMs = options.storageLatencyMs;
    const ask = async (page: number): Promise<Page> => {
      const answer = await local.app.resolvers.getPortfolio({ page }, { accountId: COACH.accountId, projectKey: null });
      if (isApiError(answer)) throw new Error(answer.error.message);
      return answer;
    };
    /** One opening as the page makes it, with what it cost. */
    const open = async (): Promise<OpeningFigures> => {
      store.reads = 0;
      jira.resetStats();
      const started = performance.now();
      const first = await ask(0);
      const firstPageMs = performance.now() - started;
      const rest = Array.from({ length: (first.pageCount ?? 1) - 1 }, (_, i) => i + 1);
      let rows = first.rows.length;
      for (let at = 0; at < rest.length; at += PAGES_AT_ONCE) {
        for (const answer of await Promise.all(rest.slice(at, at + PAGES_AT_ONCE).map(ask))) rows += answer.rows.length;
      }
      return { storageReads: store.reads, jiraRequests: jira.stats().total, firstPageMs, allPagesMs: performance.now() - started, rows, pages: rest.length + 1 };
    };
    const firstOpening = await open();
    const opening = await open();
    const browser = options.browser ? await inChromium(local, workspace.projects) : null;
    store.latencyMs = 0;
    const pageKeys = (await store.listKeys('bh:')).filter((key) => key.includes(':-portfolio:page:'));
    const largestPageBytes = Math.max(0, ...(await Promise.all(pageKeys.map(async (key) => jsonByteLength(await store.get(key))))));
    return { projects: options.projects, latencyMs: options.latencyMs, storageLatencyMs: options.storageLatencyMs, firstOpening, opening, browser, largestPageBytes };
  } finally {
    await stop();
  }
}

/** The portfolio page in Chromium through the preview: until the first row, and until every page is read. */
async function inChromium(local: LocalApp, projects: { key: string; name: string }[]): Promise<PortfolioOpenResult['browser']> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const { chromium } = await import('playwright-core');
  const preview = await startPreview({ backend: createEngineBackend(local.app), projects, users: [{ alias: 'coach', accountId: COACH.accountId, label: COACH.displayName }], siteUrl: null });
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
    const started = performance.now();
    await page.goto(`${preview.url}/app/portfolio/index.html?user=coach`);
    await page.locator('tbody tr[data-project]').first().waitFor({ timeout: 60_000 });
    const firstRowMs = performance.now() - started;
    await page.getByTestId('still-reading').waitFor({ state: 'detached', timeout: 120_000 });
    return { firstRowMs, allPagesMs: performance.now() - started };
  } finally {
    await browser.close();
    await preview.stop();
  }
}

function option(argv: string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag);
  if (at === -1) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number, 0 or more.`);
  return value;
}

function describe(name: string, f: OpeningFigures): string {
  return `${name}: ${f.pages} pages, ${f.rows} rows; ${f.storageReads} storage reads, ${f.jiraRequests} Jira requests; first page ${Math.round(f.firstPageMs)} ms, all pages ${Math.round(f.allPagesMs)} ms`;
}

async function main(argv: string[]): Promise<void> {
  const result = await measurePortfolioOpening({
    projects: option(argv, '--projects', 1000),
    latencyMs: option(argv, '--latency', 100),
    storageLatencyMs: option(argv, '--storage-latency', 0),
    browser: true,
  });
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines = [
    `${result.projects} projects, ${result.latencyMs} ms added to each Jira answer, ${result.storageLatencyMs} ms to each storage read`,
    describe('first opening (fills the index from the records)', result.firstOpening),
    describe('every later opening', result.opening),
    result.browser
      ? `in Chromium: first row after ${Math.round(result.browser.firstRowMs)} ms, every page read after ${Math.round(result.browser.allPagesMs)} ms`
      : 'in Chromium: not measured (no Chromium found)',
    `the largest page of the index: ${result.largestPageBytes} bytes`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}

/** The portfolio measurement (src/local/bench/portfolio-open.ts), on a small site: what an opening reads. */
import { measurePortfolioOpening } from '../../src/local/bench/portfolio-open';
import { KVS_VALUE_LIMIT_BYTES } from '../../src/storage/portfolio-bounds';

it('opens a portfolio of 120 projects with one storage read and one Jira search a page, once the index is filled', async () => {
  const result = await measurePortfolioOpening({ projects: 120, latencyMs: 0, storageLatencyMs: 0, browser: false });
  // The first opening reads each project's records (settings, summary, progress: 360 reads and a
  // few more to fill the index), and lists the projects: 120 at 50 a page is 3 Jira requests.
  expect(result.firstOpening).toMatchObject({ pages: 1, rows: 120, jiraRequests: 3 });
  expect(result.firstOpening.storageReads).toBeGreaterThanOrEqual(360);
  // Later: pages of 50, 50 and 20; one read each; one search each, and the count on page 0.
  expect(result.opening).toMatchObject({ pages: 3, rows: 120, storageReads: 3, jiraRequests: 4 });
  expect(result.browser).toBeNull();
  // A full page of 50 plausible entries: some hundreds of bytes each, far under Forge's limit.
  expect(result.largestPageBytes).toBeGreaterThan(50 * 300);
  expect(result.largestPageBytes).toBeLessThan(KVS_VALUE_LIMIT_BYTES);
});

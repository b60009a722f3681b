/**
 * startLocal (what `npm start` runs after the UI build) and its environment: PREVIEW_PORT, and
 * BACKLOG_HEALTH_DEMO_FAULTS, which the demo site's emulator serves.
 */
import { previewPort, startLocal, type Started } from '../../src/local/start';
import type { Report } from '../../src/domain/report';
import { postAsOwnPage } from '../preview/own-page';

const FAULTS = 'BACKLOG_HEALTH_DEMO_FAULTS';

describe('PREVIEW_PORT', () => {
  test('unset gives 8787, 0 any free port, a number that port', () => {
    expect(previewPort({})).toBe(8787);
    expect(previewPort({ PREVIEW_PORT: ' ' })).toBe(8787);
    expect(previewPort({ PREVIEW_PORT: '0' })).toBe(0);
    expect(previewPort({ PREVIEW_PORT: '9090' })).toBe(9090);
  });

  test('anything else is refused, saying what it must be', () => {
    for (const bad of ['http', '80.5', '-1', '70000']) {
      expect(() => previewPort({ PREVIEW_PORT: bad })).toThrow(`PREVIEW_PORT must be a port number from 0 to 65535, 0 for any free port (got "${bad}").`);
    }
  });
});

describe('BACKLOG_HEALTH_DEMO_FAULTS with npm start', () => {
  test('the demo emulator serves the faults, and the report is still built', async () => {
    // Retry-After 0: the app's client really waits what a 429 asks.
    const started: Started = await startLocal({ env: { [FAULTS]: '{"rateLimitEveryN":4,"retryAfterSeconds":0}' }, port: 0 });
    try {
      expect(started.demoFaults).toEqual({ faults: { rateLimitEveryN: 4, retryAfterSeconds: 0 } });
      const admin = started.users.find((u) => u.alias === 'admin')!.accountId;
      await started.local.app.resolvers.refresh({}, { accountId: admin, projectKey: 'FLOW' });
      await started.local.queue.idle();
      const answer = (await started.local.app.resolvers.getReport({}, { accountId: admin, projectKey: 'FLOW' })) as { report: { project: { key: string }; partial: unknown } | null };
      expect(answer.report?.project.key).toBe('FLOW');
      expect(answer.report?.partial).toBeNull();
      const stats = started.emulator!.stats();
      expect(stats.faults.rateLimited).toBe(Math.floor(stats.total / 4));
      expect(stats.faults.rateLimited).toBeGreaterThan(0);
    } finally {
      await started.stop();
    }
  });

  test('a value that does not validate, or faults with a real site, stop the start with a clear error', async () => {
    await expect(startLocal({ env: { [FAULTS]: '{"everyN":3}' }, port: 0 })).rejects.toThrow(
      'BACKLOG_HEALTH_DEMO_FAULTS was not used: everyN is not a fault setting (use latencyMs, rateLimitEveryN, retryAfterSeconds, serverErrorRate, malformedEveryN, seed) (got 3).',
    );
    const realSite = { JIRA_BASE_URL: 'http://127.0.0.1:9', JIRA_EMAIL: 'coach@example.com', JIRA_API_TOKEN: 'tok-1234', [FAULTS]: '{"rateLimitEveryN":5}' };
    await expect(startLocal({ env: realSite, port: 0 })).rejects.toThrow('BACKLOG_HEALTH_DEMO_FAULTS is for the demo site only, and JIRA_BASE_URL names a real site: unset one of them.');
  });
});

describe('the demo’s sprint control', () => {
  // A fixed clock for the demo, its emulator and the app: the sprint closes and starts at NOW.
  const NOW = new Date('2026-11-25T10:00:00.000Z');

  test('closes the running sprint and starts the next in the emulator, and the app records both from the sprint events', async () => {
    const started: Started = await startLocal({ port: 0, now: NOW, clock: () => NOW });
    try {
      const admin = started.users.find((u) => u.alias === 'admin')!.accountId;
      const act = async (action: string) => (await (await postAsOwnPage(started.preview.url, { project: 'CALM', action }, '/api/demo-sprint')).json()) as { message?: string };
      const report = async () => ((await started.local.app.resolvers.getReport({}, { accountId: admin, projectKey: 'CALM' })) as { report: Report }).report;

      const closed = await act('close');
      expect(closed.message).toMatch(/^Closed CALM Sprint \d+; its unfinished work went on to CALM Sprint \d+\. The app recorded the close and refreshed the report\.$/);
      const last = (await report()).sprints!.closed.at(-1)!;
      expect(last.completeDate).toBe('2026-11-25T10:00:00.000+0000');
      expect(last.record).toMatchObject({ commitment: 'replayed', close: 'recorded', closeRecordedAt: NOW.toISOString() });
      expect(last.record.note).toBe('The commitment is replayed from Jira’s history, as the app did not see this sprint start; the outcome was recorded by the app at the close.');

      expect((await act('close')).message).toBe('No sprint of CALM is running: start one first.');
      expect((await act('start')).message).toMatch(/^Started CALM Sprint \d+ with \d+ items\. The app recorded what it holds and refreshed the report\.$/);
      const running = (await report()).sprints!.active!;
      expect(running.startDate).toBe(NOW.toISOString());
      expect(running.running.record.note).toBe('The commitment was recorded by the app at the start; the rest is read from Jira’s history as of now.');
      expect(running.running.committed.issues.length).toBeGreaterThan(0);
    } finally {
      await started.stop();
    }
  }, 60_000);
});

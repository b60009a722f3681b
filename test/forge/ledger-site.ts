/**
 * A small site for the sprint ledger's end-to-end tests: project LED (Scrum board 5, points) with
 * three future sprints (51, 52, 53) and six issues, LED-1 (3 points), LED-2 (5), LED-3 (2) and
 * LED-4 (8) planned into sprint 51 on 30 Oct, LED-5 (1) and LED-6 (3) in the backlog. Ada
 * administers LED and changes the sprints as a Scrum Master would in Jira; the app reads as itself.
 * The emulator serves it with a clock the test moves; its sprint events go to the app's trigger
 * handler, as Forge delivers them (or to the test, which delivers them itself).
 */
import { createHttpTransport } from '../../src/local/http-transport';
import { basicAuthHeader, startEmulator, type Emulator, type ProductEvent } from '../../src/local/emulator';
import { createLocalApp, type LocalApp } from '../../src/local/preview/local-app';
import type { Report } from '../../src/domain/report';
import { at, SiteScript } from '../browser/fixtures/site-script';

export const DONE_STATUS_ID = '10002';

export function ledgerSite() {
  const site = new SiteScript('ledger.atlassian.net');
  const ada = site.user('acc-ada', 'Ada Admin');
  const app = site.user('acc-app', 'Backlog health');
  const pat = site.user('acc-pat', 'Pat Planner');
  const led = site.project('LED', 'Ledger team').board(5, 'scrum', 'points');
  for (const [id, n] of [[51, 1], [52, 2], [53, 3]]) led.sprint({ id, originBoardId: 5, name: `LED Sprint ${n}`, state: 'future', createdDate: '2026-10-26T09:00:00.000Z' });
  const points = [3, 5, 2, 8, 1, 3];
  points.forEach((p, index) => {
    const issue = led.issue({ number: index + 1, summary: `Ledger item ${index + 1}`, points: p, created: '2026-10-26T10:00:00Z', reporter: pat, acceptanceCriteria: true });
    if (index < 4) led.write.sprints(issue, [51], at('2026-10-30T10:00:00Z'), pat);
  });
  const workspace = site.workspace();
  workspace.permissions['acc-ada'] = { browse: ['LED'], administer: ['LED'] };
  return { workspace, ada, app };
}

export interface LedgerHarness {
  emulator: Emulator;
  local: LocalApp;
  clock: { ms: number };
  /** Events the emulator sent, in order (delivered to the app too, unless `deliver` is off). */
  events: ProductEvent[];
  /** Whether the emulator's events reach the app's trigger handler as they are sent. */
  deliver: { on: boolean };
  /** A write to Jira as Ada (the Scrum Master), at the clock's time. */
  asAda(path: string, body: unknown): Promise<number>;
  /** Waits until every event sent was handled and both of the app's queues are idle. */
  settled(): Promise<void>;
  report(): Promise<Report>;
  stop(): Promise<void>;
}

export async function startLedgerHarness(startMs: number): Promise<LedgerHarness> {
  const { workspace, ada, app } = ledgerSite();
  const clock = { ms: startMs };
  const emulator = await startEmulator({ workspace, clock: () => clock.ms });
  const local = createLocalApp({
    site: workspace.site,
    transportFor: () => createHttpTransport({ baseUrl: emulator.url, email: app.emailAddress, apiToken: app.apiToken }),
    now: () => new Date(clock.ms),
    clientOptions: { sleep: async () => undefined },
  });
  await local.seedSettings('LED', {});
  const events: ProductEvent[] = [];
  const deliver = { on: true };
  emulator.onEvent(async (event) => {
    events.push(event);
    if (deliver.on) await local.app.sprintEvent(event);
  });
  return {
    emulator,
    local,
    clock,
    events,
    deliver,
    async asAda(path, body) {
      const response = await fetch(`${emulator.url}${path}`, {
        method: 'POST',
        headers: { Authorization: basicAuthHeader(ada.emailAddress, ada.apiToken), 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      await response.text();
      return response.status;
    },
    async settled() {
      await emulator.delivered();
      await local.settled();
    },
    async report() {
      const stored = await local.stores.readReport('LED', null);
      if (!stored) throw new Error('LED has no report yet');
      return stored.report;
    },
    async stop() {
      local.ledgerQueue.release();
      local.queue.release();
      await local.settled();
      await emulator.stop();
    },
  };
}

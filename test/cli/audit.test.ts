/**
 * auditProjects with the engine replaced at its edge: order of results, per-project failures,
 * and a sign-in failure that stops the run.
 */
import { JiraError } from '../../src/jira/errors';
import { auditProjects } from '../../src/local/cli/audit';
import type { Connection } from '../../src/local/cli/connect';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { makeReport } from '../report/format/fixture';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the mocked module, typed as the mock jest.mock made of it
const { computeProjectReport } = require('../../src/engine/compute') as { computeProjectReport: jest.Mock };

// The client answers only the lookup of the people named in the roles (nobody found: names stay as they are).
const connection = { client: { getUsers: async () => [] }, siteLabel: 'https://team.atlassian.net', demo: false, snapshots: () => [], defaultSettings: () => DEFAULT_SETTINGS, close: async () => undefined } as unknown as Connection;

function reportFor(key: string) {
  const report = makeReport();
  report.project = { key, name: `Project ${key}` };
  return report;
}

describe('auditProjects', () => {
  beforeEach(() => computeProjectReport.mockReset());

  it('keeps the asked-for order and reports failed projects apart', async () => {
    computeProjectReport.mockImplementation(async (_client: unknown, opts: { projectKey: string }) => {
      if (opts.projectKey === 'BBB') throw new JiraError({ kind: 'forbidden', status: 403, endpoint: 'GET /rest/agile/1.0/board', message: 'Could not list the boards: not allowed.' });
      // The first project finishes last: order must still follow the request.
      if (opts.projectKey === 'AAA') await new Promise((r) => setImmediate(r));
      return { report: reportFor(opts.projectKey), data: null, snapshot: null };
    });
    const lines: string[] = [];
    const outcome = await auditProjects(connection, {
      projects: [{ key: 'AAA' }, { key: 'BBB' }, { key: 'CCC' }],
      settingsFor: () => DEFAULT_SETTINGS,
      now: new Date('2026-11-20T08:00:00Z'),
      parallel: 3,
      progress: (l) => lines.push(l),
    });
    expect(outcome.reports.map((r) => r.project.key)).toEqual(['AAA', 'CCC']);
    expect(outcome.failures).toEqual([{ projectKey: 'BBB', message: 'Could not list the boards: not allowed.' }]);
    expect(outcome.unreachable).toBeNull();
    expect(lines).toEqual(['Reading AAA (1 of 3)…', 'Reading BBB (2 of 3)…', 'Reading CCC (3 of 3)…']);
  });

  it('stops starting projects once Jira refuses the sign-in, and says so with the site', async () => {
    computeProjectReport.mockRejectedValue(new JiraError({ kind: 'auth', status: 401, endpoint: 'GET /rest/agile/1.0/board', message: 'Could not list the boards: Jira did not accept our sign-in (HTTP 401).' }));
    const outcome = await auditProjects(connection, {
      projects: [{ key: 'AAA' }, { key: 'BBB' }, { key: 'CCC' }],
      settingsFor: () => DEFAULT_SETTINGS,
      now: new Date('2026-11-20T08:00:00Z'),
      parallel: 1,
      progress: () => undefined,
    });
    expect(computeProjectReport).toHaveBeenCalledTimes(1);
    expect(outcome.unreachable).toBe(
      'Cannot audit https://team.atlassian.net: Could not list the boards: Jira did not accept our sign-in (HTTP 401). Check that JIRA_EMAIL and JIRA_API_TOKEN belong to a user of this site and that the token is still valid.',
    );
  });

  it('passes the engine a progress listener per project, made after the project\'s line', async () => {
    computeProjectReport.mockImplementation(async (_c: unknown, opts: { projectKey: string; onProgress?: (p: { progress: number; message: string }) => void }) => {
      opts.onProgress?.({ progress: 0.4, message: 'Reading issues and their history' });
      return { report: reportFor(opts.projectKey), data: null, snapshot: null };
    });
    const lines: string[] = [];
    await auditProjects(connection, {
      projects: [{ key: 'AAA' }, { key: 'BBB' }],
      settingsFor: () => DEFAULT_SETTINGS,
      now: new Date('2026-11-20T08:00:00Z'),
      parallel: 1,
      progress: (l) => lines.push(l),
      loadProgress: (key) => (p) => lines.push(`${key} at ${p.progress}: ${p.message}`),
    });
    expect(lines).toEqual(['Reading AAA (1 of 2)…', 'AAA at 0.4: Reading issues and their history', 'Reading BBB (2 of 2)…', 'BBB at 0.4: Reading issues and their history']);
  });

  it('passes each project its settings, snapshots and the fixed now', async () => {
    computeProjectReport.mockImplementation(async (_c: unknown, opts: { projectKey: string }) => ({ report: reportFor(opts.projectKey), data: null, snapshot: null }));
    const settings = { ...DEFAULT_SETTINGS, staleDays: 30 };
    const now = new Date('2026-11-20T08:00:00Z');
    await auditProjects(connection, { projects: [{ key: 'AAA', name: 'Alpha' }], settingsFor: () => settings, now, parallel: 2, progress: () => undefined });
    expect(computeProjectReport).toHaveBeenCalledWith(connection.client, { projectKey: 'AAA', projectName: 'Alpha', settings, snapshots: [], now });
  });
});

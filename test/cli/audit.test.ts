/**
 * auditProjects with the engine replaced at its edge: order of results, per-project failures,
 * and a sign-in failure that stops the run.
 */
import { JiraError } from '../../src/jira/errors';
import { auditProjects } from '../../src/local/cli/audit';
import type { Connection } from '../../src/local/cli/connect';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { givenHistory, type AuditHistory } from '../../src/local/cli/history';
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
    const snapshots = [{ boardId: 7, takenAt: '2026-11-13T08:00:00.000Z', keys: ['AAA-1'] }];
    await auditProjects(connection, { projects: [{ key: 'AAA', name: 'Alpha' }], settingsFor: () => settings, now, parallel: 2, progress: () => undefined, history: givenHistory(() => snapshots) });
    expect(computeProjectReport).toHaveBeenCalledWith(
      connection.client,
      expect.objectContaining({ projectKey: 'AAA', projectName: 'Alpha', settings, snapshots, previous: null, takeSnapshot: false, reportHistory: [], now, ledger: expect.objectContaining({ received: false }) }),
    );
  });

  it('does not audit a project whose stored history cannot be read, and says what to do', async () => {
    computeProjectReport.mockImplementation(async (_c: unknown, opts: { projectKey: string }) => ({ report: reportFor(opts.projectKey), data: null, snapshot: null }));
    const saved: string[] = [];
    const history: AuditHistory = {
      read: async (key) => {
        if (key === 'BBB') throw new Error('The stored file for "bh:x:BBB:default:snapshot-days" in /s is not valid JSON.');
        return { previous: null, snapshots: [], takeSnapshot: true, reportHistory: [] };
      },
      save: async (key) => void saved.push(key),
    };
    const outcome = await auditProjects(connection, { projects: [{ key: 'AAA' }, { key: 'BBB' }], settingsFor: () => DEFAULT_SETTINGS, now: new Date('2026-11-20T08:00:00Z'), parallel: 1, progress: () => undefined, history });
    expect(outcome.reports.map((r) => r.project.key)).toEqual(['AAA']);
    expect(outcome.failures).toEqual([
      {
        projectKey: 'BBB',
        message: 'Its history in the state folder could not be read (The stored file for "bh:x:BBB:default:snapshot-days" in /s is not valid JSON.). Audit it with --no-state, or give another --state folder to start a new history.',
      },
    ]);
    expect(computeProjectReport).toHaveBeenCalledTimes(1);
    expect(saved).toEqual(['AAA']);
  });

  it('keeps the report of a project whose history could not be saved, and lists it apart', async () => {
    computeProjectReport.mockImplementation(async (_c: unknown, opts: { projectKey: string }) => ({ report: reportFor(opts.projectKey), data: null, snapshot: null }));
    const history: AuditHistory = {
      read: async () => ({ previous: null, snapshots: [], takeSnapshot: true, reportHistory: [] }),
      save: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    };
    const outcome = await auditProjects(connection, { projects: [{ key: 'AAA' }], settingsFor: () => DEFAULT_SETTINGS, now: new Date('2026-11-20T08:00:00Z'), parallel: 1, progress: () => undefined, history });
    expect(outcome.reports.map((r) => r.project.key)).toEqual(['AAA']);
    expect(outcome.failures).toEqual([]);
    expect(outcome.unsaved).toEqual([
      { projectKey: 'AAA', message: "its history could not be kept (ENOSPC: no space left on device): the next audit may read all of it again, and may have no snapshot of today's backlog order." },
    ]);
  });
});

/**
 * The resolver table (src/forge/resolver-table.ts): each row's access level, and the gate the table
 * applies for it before the row's function runs. createApp with fake Jira clients, a memory store
 * and a recording queue.
 */
import { createApp } from '../../src/forge/app';
import { RESOLVER_TABLE } from '../../src/forge/resolver-table';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { isApiError } from '../../src/shared/api';
import { ctx, makeDeps } from './fakes';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');

describe('the resolver table', () => {
  it('gives each resolver the access level docs/security.md describes', () => {
    expect(Object.fromEntries(Object.entries(RESOLVER_TABLE).map(([name, row]) => [name, row.access]))).toEqual({
      getProjectSummary: 'browse', getReport: 'browse', getMoreIssueKeys: 'browse', refresh: 'browse', getRefreshStatus: 'browse', getSettings: 'browse',
      saveSettings: 'administer', searchPeople: 'administer',
      getPortfolio: 'none', refreshPortfolio: 'none',
      getIssueContext: 'browse', getGadget: 'none',
      coachHealthSummary: 'browse', coachSignalEvidence: 'browse', coachItemsNotReady: 'browse', coachSprintReport: 'browse',
    });
  });

  const payloads: Record<string, unknown> = { saveSettings: { settings: DEFAULT_SETTINGS, version: null }, searchPeople: { query: 'pa' } };

  it.each(['getReport', 'refresh', 'getRefreshStatus', 'getSettings', 'getProjectSummary', 'saveSettings', 'searchPeople', 'getIssueContext'] as const)(
    '%s needs a project in the call context, and asks Jira nothing without one',
    async (name) => {
      const { deps, log, pushes } = makeDeps(NOW);
      const result = await createApp(deps).resolvers[name](payloads[name] ?? {}, ctx('acc-admin', null));
      expect(result).toEqual({ error: { code: 'no-project', message: 'Open this page from inside a Jira project to see its health.' } });
      expect(log.permissionChecks).toEqual([]);
      expect(pushes).toEqual([]);
    },
  );

  it.each(['saveSettings', 'searchPeople'] as const)('%s tells a caller who may not browse the project only that, and a browsing non-administrator that it is for administrators', async (name) => {
    const { deps, store, pushes } = makeDeps(NOW);
    const app = createApp(deps);
    expect(await app.resolvers[name](payloads[name], ctx('acc-stranger'))).toEqual({
      error: { code: 'forbidden', message: 'You do not have permission to browse this project, so its health cannot be shown to you.' },
    });
    expect(await app.resolvers[name](payloads[name], ctx('acc-viewer'))).toEqual({
      error: { code: 'forbidden', message: 'Only administrators of this project can change its settings.' },
    });
    expect(store.size).toBe(0);
    expect(pushes).toEqual([]);
  });

  it.each(['getPortfolio', 'refreshPortfolio', 'getGadget'] as const)('%s needs no project and checks no project permission (Jira lists only what the caller may browse)', async (name) => {
    const { deps, log } = makeDeps(NOW);
    const result = await createApp(deps).resolvers[name]({}, ctx('acc-viewer', null));
    expect(isApiError(result)).toBe(false);
    expect(log.permissionChecks).toEqual([]);
  });
});

/**
 * getIssueContext (src/forge/issue-context.ts), with createApp over the fakes: project ABC's report
 * (test/forge/fixtures.ts, computed at 01:00 on 22 Nov) and facts written with it (Jira read at 00:55),
 * the clock at 03:00. The viewer sees ABC-1 but not ABC-2; the administrator sees both. ABC-1 last
 * changed on 21 Nov, ABC-2 at 02:00 on 22 Nov (after Jira was read).
 */
import { createApp } from '../../src/forge/app';
import type { IssueFacts } from '../../src/domain/issue-facts';
import { ProjectStores } from '../../src/storage/project-stores';
import { UNKNOWN_PERSON } from '../../src/vocabulary';
import { ctx, makeDeps } from './fakes';
import { seedReport } from './fixtures';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');
const COMPUTED = '2026-11-22T01:00:00.000Z';
const READ = '2026-11-22T00:55:00.000Z';

function facts(computedAt = COMPUTED): IssueFacts {
  return {
    version: 1, computedAt, readAt: READ, boardId: 7,
    backlog: { size: 3, nearTermCount: 2, items: [{ key: 'ABC-1', failedChecks: [] }, { key: 'ABC-2', failedChecks: ['estimated'] }, { key: 'ABC-3', failedChecks: ['description'] }] },
    activeSprintKeys: ['ABC-5'],
    reranks: { windowDays: 90, changes: [{ issueKey: 'ABC-1', at: '2026-11-20T10:00:00.000Z', by: 'acc-po' }, { issueKey: 'ABC-3', at: '2026-11-20T11:00:00.000Z', by: 'acc-sm' }, { issueKey: 'ABC-1', at: '2026-11-21T10:00:00.000Z', by: null }] },
    flagged: { windowDays: 90, spells: [{ issueKey: 'ABC-1', from: '2026-11-10T09:00:00.000Z', to: '2026-11-12T09:00:00.000Z' }, { issueKey: 'ABC-3', from: '2026-11-11T09:00:00.000Z', to: null }] },
  };
}

async function seeded(options: { computedAt?: string; withFacts?: boolean } = {}) {
  const made = makeDeps(NOW);
  const stores = new ProjectStores(made.store, 'cloud-1');
  const computedAt = options.computedAt ?? COMPUTED;
  await seedReport(stores, computedAt, computedAt.slice(0, 10) === '2026-11-22' ? '2026-11-22' : null);
  if (options.withFacts !== false) await stores.writeIssueFacts('ABC', null, facts(computedAt));
  return { ...made, stores, app: createApp(made.deps) };
}

const IDLE = { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null };
const QUEUED = { state: 'queued', progress: null, message: 'Waiting for its turn to refresh.', startedAt: NOW.toISOString(), finishedAt: null };

describe('getIssueContext', () => {
  it('answers, for the issue in context, its place, readiness, re-ranks, sprints, carry-over, flags and the signals naming it, as the viewer may see them', async () => {
    const { app, log, pushes } = await seeded();
    const answer = await app.resolvers.getIssueContext({}, ctx('acc-viewer', 'ABC', { issueKey: 'ABC-1' }));
    expect(answer).toEqual({
      issueKey: 'ABC-1',
      projectKey: 'ABC',
      unavailable: null,
      refresh: IDLE,
      computedAt: COMPUTED,
      readAt: READ,
      issueUpdatedAt: '2026-11-21T10:00:00.000+0000',
      changedSince: false,
      factsMissing: false,
      board: { id: 7, name: 'ABC board' },
      place: { kind: 'backlog', position: 1, size: 3, nearTermCount: 2, failedChecks: [] },
      // The board counts issues, so no size limit in points; no acceptance-criteria field is named.
      readiness: { sizeLimitPoints: null, acceptanceCriteriaIn: 'description' },
      reranks: { windowDays: 90, changes: [{ at: '2026-11-20T10:00:00.000Z', by: 'Pat Owner' }, { at: '2026-11-21T10:00:00.000Z', by: UNKNOWN_PERSON }] },
      sprints: [{ sprintId: 1, name: 'Sprint 1', joined: 'committed', outcome: 'completed' }],
      carryOver: { sprintNames: ['Sprint 1'], done: true },
      flagged: { windowDays: 90, spells: [{ from: '2026-11-10T09:00:00.000Z', to: '2026-11-12T09:00:00.000Z' }] },
      signals: [
        {
          id: 'chronic-carry-over', severity: 'warning', title: 'Work that keeps rolling over',
          observation: 'a hidden issue and ABC-1 went through 3 sprints unfinished; ABC-20 is fine.',
          question: 'What keeps a hidden issue from finishing?',
        },
      ],
    });
    // The gate, then one read of the issue and one of the keys named beside it, all as the viewer.
    expect(log.permissionChecks).toEqual([{ accountId: 'acc-viewer', projectKey: 'ABC' }]);
    expect(log.issueReads).toEqual([{ accountId: 'acc-viewer', key: 'ABC-1' }]);
    expect(log.visibilityChecks).toEqual([{ accountId: 'acc-viewer', keys: ['ABC-1', 'ABC-2'] }]);
    expect(pushes).toEqual([]);
  });

  it('says when the issue changed after Jira was read for the figures', async () => {
    const { app } = await seeded();
    const answer = await app.resolvers.getIssueContext({}, ctx('acc-admin', 'ABC', { issueKey: 'ABC-2' }));
    expect(answer).toMatchObject({ issueUpdatedAt: '2026-11-22T02:00:00.000+0000', readAt: READ, changedSince: true, place: { kind: 'backlog', position: 2, failedChecks: ['estimated'] } });
    expect(answer).toMatchObject({ sprints: [{ sprintId: 1, joined: 'committed', outcome: 'not-completed' }], carryOver: { sprintNames: ['Sprint 1'], done: false } });
  });

  it('places an item of the running sprint, and one it keeps no facts about', async () => {
    const { app } = await seeded();
    const admin = (issueKey: string) => app.resolvers.getIssueContext({}, ctx('acc-admin', 'ABC', { issueKey }));
    // The sample report's running sprint is Sprint 2.
    expect(await admin('ABC-5')).toMatchObject({ place: { kind: 'sprint', sprintName: 'Sprint 2' }, sprints: [], signals: [], carryOver: null });
    expect(await admin('ABC-9')).toMatchObject({ place: { kind: 'elsewhere', backlogSize: 3, kept: 3 }, reranks: { changes: [] }, flagged: { spells: [] } });
  });

  it('refuses a viewer who may not browse the project, before reading anything', async () => {
    const { app, log, pushes } = await seeded();
    expect(await app.resolvers.getIssueContext({}, ctx('acc-stranger', 'ABC', { issueKey: 'ABC-1' }))).toEqual({
      error: { code: 'forbidden', message: 'You do not have permission to browse this project, so its health cannot be shown to you.' },
    });
    expect(log.issueReads).toEqual([]);
    expect(log.visibilityChecks).toEqual([]);
    expect(pushes).toEqual([]);
  });

  it('refuses an issue the viewer may not see, saying nothing about it', async () => {
    const { app, log } = await seeded();
    expect(await app.resolvers.getIssueContext({}, ctx('acc-viewer', 'ABC', { issueKey: 'ABC-2' }))).toEqual({
      error: { code: 'forbidden', message: 'You may not see this issue in Jira, so nothing about it is shown.' },
    });
    expect(log.visibilityChecks).toEqual([]);
  });

  it('refuses a payload (the issue comes from the context only), and a call with no issue in context', async () => {
    const { app, log } = await seeded();
    expect(await app.resolvers.getIssueContext({ issueKey: 'ABC-2' }, ctx('acc-admin', 'ABC', { issueKey: 'ABC-1' }))).toMatchObject({
      error: { code: 'invalid-input', fieldErrors: [{ path: '/', message: '"issueKey" is not expected here' }] },
    });
    expect(log.permissionChecks).toEqual([]);
    expect(await app.resolvers.getIssueContext({}, ctx('acc-admin', 'ABC'))).toEqual({
      error: { code: 'no-issue', message: 'Open this panel from an issue to see what Backlog health knows about it.' },
    });
  });

  it('shows nothing of a project not analysed yet, and starts its first refresh as the project page would', async () => {
    const { app, log, pushes } = await seeded();
    const answer = await app.resolvers.getIssueContext({}, ctx('acc-admin', 'DEF', { issueKey: 'DEF-1' }));
    expect(answer).toMatchObject({ issueKey: 'DEF-1', unavailable: 'not-analysed', refresh: QUEUED, computedAt: null, place: null, signals: [] });
    expect(pushes.flat().map((e) => [e.projectKey, e.reason])).toEqual([['DEF', 'page-open']]);
    expect(log.issueReads).toEqual([]);
  });

  it('shows nothing of a project its administrators switched off, and starts nothing', async () => {
    const { app, stores, log, pushes } = await seeded();
    await stores.writeSettings('ABC', { ...(await import('../../src/domain/settings')).DEFAULT_SETTINGS, enabled: false }, 'acc-admin', NOW);
    expect(await app.resolvers.getIssueContext({}, ctx('acc-admin', 'ABC', { issueKey: 'ABC-1' }))).toMatchObject({ unavailable: 'switched-off', refresh: IDLE, place: null });
    expect(pushes).toEqual([]);
    expect(log.issueReads).toEqual([]);
  });

  it('shows a report a day old as it is, and starts a refresh', async () => {
    const { app, pushes } = await seeded({ computedAt: '2026-11-20T01:00:00.000Z' });
    const answer = await app.resolvers.getIssueContext({}, ctx('acc-viewer', 'ABC', { issueKey: 'ABC-1' }));
    expect(answer).toMatchObject({ computedAt: '2026-11-20T01:00:00.000Z', refresh: QUEUED, place: { kind: 'backlog', position: 1 } });
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['ABC']);
  });

  it('shows what the report holds when the facts of single issues are missing, and starts a refresh to write them', async () => {
    const { app, pushes } = await seeded({ withFacts: false });
    const answer = await app.resolvers.getIssueContext({}, ctx('acc-viewer', 'ABC', { issueKey: 'ABC-1' }));
    expect(answer).toMatchObject({ factsMissing: true, readAt: null, changedSince: false, place: null, reranks: null, flagged: null, carryOver: { done: true }, refresh: QUEUED });
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['ABC']);
  });
});

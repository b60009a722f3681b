import { filterReportForViewer, issueKeysIn } from '../../src/forge/visibility';
import { summariseReport } from '../../src/forge/summary';
import { delayForEvent, isInFlight, isReportStale, isSnapshotDue, pushInBatches, requestRefreshes } from '../../src/forge/refresh';
import { mapLimit } from '../../src/forge/concurrency';
import { callContextFrom, siteFromContext } from '../../src/forge/resolvers';
import { checkPayload } from '../../src/forge/payloads';
import { boardSummariesOf, portfolioRowOf, refreshStatusOf } from '../../src/forge/wire';
import { emptyReport } from '../../src/engine/empty-report';
import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores } from '../../src/storage/project-stores';
import type { RefreshEvent } from '../../src/forge/types';
import { validateReport } from '../../src/report/schema';
import { sampleReport } from './fixtures';

jest.mock('@forge/events', () => ({ Queue: jest.fn() }));
jest.mock('@forge/kvs', () => ({ kvs: {}, WhereConditions: { beginsWith: jest.fn() } }));
jest.mock('@forge/api', () => ({ __esModule: true, default: {}, route: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');

describe('the hand-made report of the Forge tests', () => {
  it.each([
    ['sampleReport', sampleReport()],
    ['sampleReport filtered for a viewer who sees nothing', filterReportForViewer(sampleReport(), new Set())],
  ])('%s fits the report schema', (_name, report) => {
    expect(validateReport(report)).toEqual([]);
  });
});

describe('issue visibility', () => {
  it('finds every issue key a report names, once each', () => {
    expect(issueKeysIn(sampleReport())).toEqual(['ABC-1', 'ABC-2']);
  });

  it('returns the very same report when everything is visible', () => {
    const report = sampleReport();
    expect(filterReportForViewer(report, new Set(['ABC-1', 'ABC-2']))).toBe(report);
  });

  it('hides keys in text only as whole keys, and keeps totals', () => {
    const report = sampleReport();
    report.signals[0].observation = 'ABC-2, ABC-21 and (ABC-2).';
    const filtered = filterReportForViewer(report, new Set(['ABC-1']));
    expect(filtered.signals[0].observation).toBe('a hidden issue, ABC-21 and (a hidden issue).');
    expect(filtered.backlog?.size).toBe(2);
    expect(filtered.backlog?.stale.count).toBe(1);
    expect(filtered.sprints?.closed[0].commitmentReliability).toBe(0.5);
  });

  it('keeps only the visible items of the flow figures, and hides the other keys a note names', () => {
    const filtered = filterReportForViewer(sampleReport(), new Set(['ABC-1']));
    const flow = filtered.flow!;
    expect([flow.cycleTime.finished.map((i) => i.issueKey), flow.ageing, flow.finishedWithoutStart, flow.movedBackward, flow.movedAfterDone]).toEqual([['ABC-1'], [], [], ['ABC-1'], []]);
    expect(flow.cycleTime.percentiles).toEqual({ p50: 3, p85: 3, p95: 3 });
    expect(filtered.dataQuality.map((note) => note.message)).toEqual(['2 items moved back: ABC-1 and a hidden issue.', 'No estimate field']);
  });

  it('shows nothing issue-level when no key is visible', () => {
    const filtered = filterReportForViewer(sampleReport(), new Set());
    expect(issueKeysIn(filtered)).toEqual([]);
  });
});

describe('portfolio summary', () => {
  it('takes score, light, trends and the three most severe signals from the report', () => {
    const report = sampleReport();
    report.signals.push({ ...report.signals[0], id: 'a', severity: 'info' }, { ...report.signals[0], id: 'b', severity: 'critical' });
    expect(summariseReport(report)).toEqual({
      projectKey: 'ABC', projectName: 'Alphabet', computedAt: '2026-11-22T01:00:00.000Z', score: 65, trafficLight: 'amber', notAssessed: [],
      // The sample's history is that of the empty report it is made from: one point, without a score.
      provisional: false, pointsLost: 35, scoreTerms: [], scoreTrend: [null], changes: null, ownThresholds: [], switchedOff: [],
      reliabilityTrend: [0.5], readyRunwaySprints: 0.5, top10Overlap: 0.4, technicalInterleaving: 0.1, throughputPerWeek: 44 / 12, nearTermDoneBy85: '2026-12-22T17:00:00.000Z',
      topSignals: [
        { id: 'missing-sprint-goal', severity: 'critical', title: 'Sprints without a goal' },
        { id: 'b', severity: 'critical', title: 'Work that keeps rolling over' },
        { id: 'chronic-carry-over', severity: 'warning', title: 'Work that keeps rolling over' },
      ],
      signalCount: 4,
    });
  });

  it('gives a project without a board no score', () => {
    const summary = summariseReport(emptyReport({ site: 's', project: { key: 'K', name: 'K' }, now: NOW, reason: 'none' }));
    expect([summary.score, summary.trafficLight, summary.reliabilityTrend, summary.topSignals]).toEqual([null, null, [], []]);
  });
});

describe('stored records as the pages receive them', () => {
  it('copy a refresh record field by field, and read no record as idle', () => {
    const stored = { state: 'done' as const, progress: 1, message: 'Up to date.', startedAt: '2026-11-22T02:00:00.000Z', finishedAt: '2026-11-22T02:01:00.000Z', note: 'kept in storage only' };
    expect(refreshStatusOf(stored, NOW)).toEqual({ state: 'done', progress: 1, message: 'Up to date.', startedAt: '2026-11-22T02:00:00.000Z', finishedAt: '2026-11-22T02:01:00.000Z' });
    expect(refreshStatusOf(undefined, NOW)).toEqual({ state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null });
  });

  it('give a project with no summary yet an empty row, and a summary stored before notAssessed existed an empty list of areas', () => {
    const project = { key: 'ABC', name: 'Alphabet now' };
    expect(portfolioRowOf(project, undefined, true, undefined, NOW)).toEqual({
      projectKey: 'ABC', projectName: 'Alphabet now', computedAt: null, score: null, trafficLight: null, notAssessed: [], reliabilityTrend: [],
      provisional: false, pointsLost: 0, scoreTerms: [], scoreTrend: [], changes: null, ownThresholds: [], switchedOff: [],
      readyRunwaySprints: null, top10Overlap: null, technicalInterleaving: null, throughputPerWeek: null, nearTermDoneBy85: null, topSignals: [], signalCount: 0, refreshedNightly: true,
      refresh: { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null },
    });
    const older = { ...summariseReport(sampleReport()), projectName: 'Alphabet then' };
    for (const field of ['notAssessed', 'provisional', 'pointsLost', 'scoreTerms', 'scoreTrend', 'changes', 'ownThresholds', 'switchedOff', 'signalCount']) delete (older as Record<string, unknown>)[field];
    const row = portfolioRowOf(project, older, false, undefined, NOW);
    // Stored before signalCount existed: the signals it names are all it is known to have.
    expect([row.projectName, row.score, row.notAssessed, row.refreshedNightly, row.signalCount]).toEqual(['Alphabet now', 65, [], false, 2]);
    // A summary stored before the score's honesty and history: the score alone, as its one point of the trend.
    expect([row.provisional, row.pointsLost, row.scoreTerms, row.scoreTrend, row.changes, row.ownThresholds, row.switchedOff]).toEqual([false, 0, [], [65], null, [], []]);
  });

  it('list the boards with their id, name and type only', () => {
    const boards = [{ id: 7, name: 'ABC board', type: 'scrum' as const, projectKey: 'ABC' }];
    expect(boardSummariesOf(boards)).toEqual([{ id: 7, name: 'ABC board', type: 'scrum' }]);
    expect(boardSummariesOf([])).toEqual([]);
  });
});

describe('refresh rules', () => {
  const status = (state: 'queued' | 'running' | 'done', startedAt: string) => ({ state, progress: 0, message: null, startedAt, finishedAt: null });

  it('counts a refresh in flight for 20 minutes after it started', () => {
    expect(isInFlight(status('running', '2026-11-22T02:41:00.000Z'), NOW)).toBe(true);
    expect(isInFlight(status('queued', '2026-11-22T02:40:00.000Z'), NOW)).toBe(false);
    expect(isInFlight(status('done', '2026-11-22T02:59:00.000Z'), NOW)).toBe(false);
    expect(isInFlight(undefined, NOW)).toBe(false);
  });

  it('calls a report stale from 24 hours on', () => {
    const cached = (computedAt: string) => ({ computedAt, report: sampleReport(computedAt) });
    expect(isReportStale(undefined, NOW)).toBe(true);
    expect(isReportStale(cached('2026-11-21T03:00:00.001Z'), NOW)).toBe(false);
    expect(isReportStale(cached('2026-11-21T03:00:00.000Z'), NOW)).toBe(true);
    const olderVersion = cached('2026-11-22T02:00:00.000Z');
    (olderVersion.report as { schemaVersion: number }).schemaVersion = 1;
    expect(isReportStale(olderVersion, NOW)).toBe(true);
  });

  it('wants one snapshot per UTC day', () => {
    expect(isSnapshotDue([], NOW)).toBe(true);
    expect(isSnapshotDue(['2026-11-20', '2026-11-21'], NOW)).toBe(true);
    expect(isSnapshotDue(['2026-11-21', '2026-11-22'], NOW)).toBe(false);
  });

  it('pushes 101 events as 50, 50 and 1', async () => {
    const pushed: number[] = [];
    const events = Array.from({ length: 101 }, (_, i) => ({ projectKey: `P${i}`, boardId: null, reason: 'nightly', snapshot: true, requestedAt: '' }) as RefreshEvent);
    await pushInBatches({ push: async (batch) => void pushed.push(batch.length) }, events);
    expect(pushed).toEqual([50, 50, 1]);
  });

  it('delays events beyond the first 400 of a run by a minute per further 400, at most 15 minutes', async () => {
    const pushed: [number, number | undefined][] = [];
    const events = Array.from({ length: 1000 }, (_, i) => ({ projectKey: `P${i}`, boardId: null, reason: 'nightly', snapshot: true, requestedAt: '' }) as RefreshEvent);
    await pushInBatches({ push: async (batch, options) => void pushed.push([batch.length, options?.delayInSeconds]) }, events);
    expect(pushed).toEqual([
      ...Array(8).fill([50, undefined]),
      ...Array(8).fill([50, 60]),
      ...Array(4).fill([50, 120]),
    ]);
    expect([delayForEvent(0), delayForEvent(399), delayForEvent(400), delayForEvent(6399), delayForEvent(100000)]).toEqual([0, 0, 60, 900, 900]);
  });

  it("spreads a wave's events evenly over the time asked, each with its own delay, so that no two start together", async () => {
    const pushed: [number, number[] | undefined][] = [];
    const events = Array.from({ length: 60 }, (_, i) => ({ projectKey: `P${i}`, boardId: null, reason: 'nightly', snapshot: true, requestedAt: '' }) as RefreshEvent);
    await pushInBatches({ push: async (batch, options) => void pushed.push([batch.length, options?.delaysInSeconds]) }, events, 900);
    // Event i of 60 waits floor(i / 60 x 900) = 15 i seconds.
    expect(pushed).toEqual([
      [50, Array.from({ length: 50 }, (_, i) => 15 * i)],
      [10, Array.from({ length: 10 }, (_, i) => 15 * (50 + i))],
    ]);
  });

  it('marks refreshes failed when the queue refuses them, and says so', async () => {
    const stores = new ProjectStores(new MemoryStore(), 's');
    const event: RefreshEvent = { projectKey: 'ABC', boardId: null, reason: 'manual', snapshot: true, requestedAt: NOW.toISOString() };
    await expect(requestRefreshes(stores, { push: async () => { throw new Error('queue full'); } }, [event], NOW)).rejects.toThrow('queue full');
    expect(await stores.readProgress('ABC', null)).toMatchObject({ state: 'failed', message: 'The refresh could not be started. Please try again later.' });
  });
});

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const result = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
    expect(await mapLimit([], 3, async (n: number) => n)).toEqual([]);
  });
});

describe('Forge context', () => {
  it('reads the site from the installation context, else the cloud id', () => {
    expect(siteFromContext({ installContext: 'ari:cloud:jira::site/0f1e-22' })).toBe('0f1e-22');
    expect(siteFromContext({ cloudId: 'abc' })).toBe('abc');
    expect(siteFromContext(undefined)).toBe('unknown-site');
  });

  it('reads the project, the issue and a gadget configuration only from the extension context', () => {
    const none = { issueKey: null, gadgetConfiguration: undefined };
    expect(callContextFrom({ accountId: 'a', extension: { project: { key: 'ABC' } } })).toEqual({ accountId: 'a', projectKey: 'ABC', ...none });
    expect(callContextFrom({ accountId: 'a', extension: { type: 'jira:globalPage' } })).toEqual({ accountId: 'a', projectKey: null, ...none });
    expect(callContextFrom(null)).toEqual({ accountId: '', projectKey: null, ...none });
    // The issue view, as Forge describes its extension context (type, issue, project).
    const issueView = { type: 'jira:issueContext', issue: { id: '10042', key: 'ABC-7', type: 'Story', typeId: '10001' }, project: { id: '100', key: 'ABC', type: 'software' } };
    expect(callContextFrom({ accountId: 'a', extension: issueView })).toEqual({ accountId: 'a', projectKey: 'ABC', issueKey: 'ABC-7', gadgetConfiguration: undefined });
    // A dashboard gadget: the configuration its edit view submitted, and no project.
    const gadget = { type: 'jira:dashboardGadget', gadgetConfiguration: { projectKeys: ['ABC'] }, dashboard: { id: '1' }, gadget: { id: '2' } };
    expect(callContextFrom({ accountId: 'a', extension: gadget })).toEqual({ accountId: 'a', projectKey: null, issueKey: null, gadgetConfiguration: { projectKeys: ['ABC'] } });
  });
});

describe('payload schemas', () => {
  it('accept what the UI sends and name what is wrong', () => {
    expect(checkPayload('getReport', { boardId: 12 })).toBeNull();
    expect(checkPayload('saveSettings', { settings: null, version: null })).toBeNull();
    expect(checkPayload('getReport', { boardId: 0 })).toMatchObject({ code: 'invalid-input', fieldErrors: [{ path: '/boardId' }] });
    expect(checkPayload('refresh', { projectKey: 'XYZ' })).toMatchObject({ fieldErrors: [{ path: '/', message: '"projectKey" is not expected here' }] });
  });
});

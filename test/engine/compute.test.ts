/**
 * computeProjectReport: the glue between loading and building. The loader and the report builder
 * are replaced by mocks that record what they were given; the snapshot is taken for real.
 */
import { computeProjectReport } from '../../src/engine/compute';
import { REPORT_SCHEMA_VERSION } from '../../src/domain/report';
import { loadBoardData, NoBoardError } from '../../src/jira/load';
import { buildReport } from '../../src/report/build';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { BacklogSnapshot } from '../../src/domain/types';
import type { JiraClient } from '../../src/jira/client';
import { validateReport } from '../../src/report/schema';
import { scenarioData } from '../analysis/sprints/history';
import { emptyBoardData } from '../jira/empty-board-data';

jest.mock('../../src/jira/load', () => {
  const actual = jest.requireActual('../../src/jira/load');
  return { ...actual, loadBoardData: jest.fn() };
});
jest.mock('../../src/report/build', () => ({ buildReport: jest.fn(() => ({ fake: 'report' })) }), { virtual: true });

const load = loadBoardData as jest.MockedFunction<typeof loadBoardData>;
const build = buildReport as jest.MockedFunction<typeof buildReport>;
const client = {} as JiraClient;
const NOW = new Date('2026-11-22T03:00:00.000Z');

const boardData = (boardId: number, projectKey = 'ABC') => emptyBoardData(boardId, projectKey, { fetchedAt: NOW.toISOString() });

const snap = (boardId: number, takenAt: string): BacklogSnapshot => ({ boardId, takenAt, keys: [] });

beforeEach(() => {
  load.mockReset();
  build.mockClear();
});

describe('computeProjectReport', () => {
  it('loads with the settings board and acceptance-criteria field, then builds with that board’s snapshots', async () => {
    const data = boardData(7);
    load.mockResolvedValue(data);
    const settings = { ...DEFAULT_SETTINGS, boardId: 7, definitionOfReady: { ...DEFAULT_SETTINGS.definitionOfReady, acceptanceCriteria: { ...DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria, fieldId: 'customfield_10100' } } };
    const snapshots = [snap(7, '2026-11-20T01:00:00.000Z'), snap(9, '2026-11-21T01:00:00.000Z')];
    const result = await computeProjectReport(client, { projectKey: 'ABC', settings, snapshots, now: NOW });
    expect(load.mock.calls[0][1]).toMatchObject({ projectKey: 'ABC', boardId: 7, acceptanceCriteriaFieldId: 'customfield_10100', previous: null, now: NOW });
    // The board's history is read once, and handed to the builder with the data it was read from.
    expect(build).toHaveBeenCalledWith({ data, settings, snapshots: [snapshots[0]], now: NOW, earlierReports: [], history: expect.objectContaining({ issues: [] }) });
    expect(result).toMatchObject({ report: { fake: 'report' }, data, snapshot: null, issueFacts: { boardId: 7, readAt: NOW.toISOString(), backlog: { size: 0, items: [] } } });
  });

  it('hands the previous load to the load as it is, with the board asked for: the load alone decides whether to build on it (test/jira/reuse.test.ts)', async () => {
    load.mockResolvedValue(boardData(7));
    const sameBoard = boardData(7);
    const otherProject = boardData(7, 'XYZ');
    await computeProjectReport(client, { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], previous: sameBoard, now: NOW });
    await computeProjectReport(client, { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], previous: otherProject, now: NOW });
    await computeProjectReport(client, { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], previous: sameBoard, boardId: 8, now: NOW });
    await computeProjectReport(client, { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], now: NOW });
    expect(load.mock.calls.map((call) => [call[1].previous, call[1].boardId])).toEqual([[sameBoard, null], [otherProject, null], [sameBoard, 8], [null, null]]);
  });

  it('takes today’s snapshot, replacing one already taken today, and builds with it', async () => {
    const data = { ...boardData(7), issues: [] };
    load.mockResolvedValue(data);
    const earlierToday = snap(7, '2026-11-22T00:10:00.000Z');
    const yesterday = snap(7, '2026-11-21T00:10:00.000Z');
    const result = await computeProjectReport(client, { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [yesterday, earlierToday], now: NOW, takeSnapshot: true });
    expect(result.snapshot).toEqual({ boardId: 7, takenAt: NOW.toISOString(), keys: [] });
    expect(build.mock.calls[0][0].snapshots).toEqual([yesterday, result.snapshot]);
  });

  it('gives the empty report, with no data, for a project without a board', async () => {
    load.mockRejectedValue(new NoBoardError('ABC', 'no board'));
    const result = await computeProjectReport(client, { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], now: NOW, site: 'cloud-1', projectName: 'Alphabet' });
    expect(build).not.toHaveBeenCalled();
    expect(result.data).toBeNull();
    expect(result.snapshot).toBeNull();
    expect(result.report).toMatchObject({
      schemaVersion: REPORT_SCHEMA_VERSION, computedAt: NOW.toISOString(), site: 'cloud-1', project: { key: 'ABC', name: 'Alphabet' },
      board: null, sprints: null, backlog: null, signals: [], capabilities: { sprints: false, backlog: false, estimates: false },
    });
    expect(result.report.capabilities.limitations[0]).toMatch(/no board/);
    expect(validateReport(result.report)).toEqual([]);
  });

  it('gives a report that validates against the schema when the real builder runs', async () => {
    const realBuild = jest.requireActual('../../src/report/build').buildReport as typeof buildReport;
    build.mockImplementationOnce(realBuild);
    load.mockResolvedValue(scenarioData);
    const result = await computeProjectReport(client, { projectKey: 'APP', settings: DEFAULT_SETTINGS, snapshots: [], now: NOW, takeSnapshot: true });
    expect(result.report.sprints?.closed.map((s) => s.id)).toEqual([1, 2, 3]);
    expect(result.snapshot?.keys.length).toBeGreaterThan(0);
    expect(validateReport(result.report)).toEqual([]);
    // The facts of single issues belong to this report, and their near-term items fail the checks the report's do.
    const facts = result.issueFacts!;
    expect(facts.computedAt).toBe(result.report.computedAt);
    expect(facts.backlog.items.map((i) => i.key)).toEqual(result.snapshot!.keys);
    const nearTerm = result.report.backlog!.nearTerm;
    expect(facts.backlog.nearTermCount).toBe(nearTerm.length);
    expect(facts.backlog.items.slice(0, nearTerm.length)).toEqual(nearTerm.map(({ key, failedChecks }) => ({ key, failedChecks })));
  });

  it('lets other failures through to the caller', async () => {
    load.mockRejectedValue(new Error('Jira is down'));
    await expect(computeProjectReport(client, { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], now: NOW })).rejects.toThrow('Jira is down');
  });
});

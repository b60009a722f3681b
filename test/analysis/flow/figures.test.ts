/** The flow figures on the hand-written board of fixtures.ts; every value is worked out there by hand. */
import { analyseFlow } from '../../../src/analysis/flow/section';
import { readBoardHistory } from '../../../src/analysis/history/board-history';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../src/domain/settings';
import type { BoardData } from '../../../src/domain/types';
import { NOW, flowBoard } from './fixtures';

function flowOf(data: BoardData = flowBoard(), inProgressColumns: string[] = [], now = NOW) {
  const settings: ProjectSettings = { ...DEFAULT_SETTINGS, flow: { inProgressColumns } };
  return analyseFlow({ data, history: readBoardHistory(data), settings, sprints: null, backlog: null, now });
}

describe('the board workflow', () => {
  it('lists the columns in order, in progress where a status is in the In Progress category', () => {
    expect(flowOf().section.columns).toEqual([
      { name: 'To Do', inProgress: false },
      { name: 'Doing', inProgress: true },
      { name: 'Review', inProgress: true },
      { name: 'Testing', inProgress: false },
      { name: 'Done', inProgress: false },
    ]);
  });

  it('also counts a column the settings name as in progress, ignoring case', () => {
    expect(flowOf(flowBoard(), [' testing ']).section.columns[3]).toEqual({ name: 'Testing', inProgress: true });
  });
});

describe('cycle time', () => {
  it('runs from the first move into progress to the last move into done, both days counted, over the last 90 days', () => {
    // A-8 finished in October 2025, before the window; A-4 never started; A-10 is a sub-task.
    expect(flowOf().section.cycleTime).toEqual({
      windowDays: 90,
      finished: [
        { issueKey: 'A-12', startedAt: '2025-12-08T09:00:00.000Z', finishedAt: '2025-12-10T12:00:00.000Z', cycleDays: 3 },
        // Created straight into In Progress: started at its creation.
        { issueKey: 'A-9', startedAt: '2026-01-05T09:00:00.000Z', finishedAt: '2026-01-07T10:00:00.000Z', cycleDays: 3 },
        { issueKey: 'A-1', startedAt: '2026-02-03T10:00:00.000Z', finishedAt: '2026-02-06T15:00:00.000Z', cycleDays: 4 },
        // Moved back from Review to In Progress on 12 February: the start stays on the 10th.
        { issueKey: 'A-2', startedAt: '2026-02-10T09:00:00.000Z', finishedAt: '2026-02-17T10:00:00.000Z', cycleDays: 8 },
        // Done on 29 January, reopened on 18 February, done again on the 20th: 27 January to 20 February.
        { issueKey: 'A-3', startedAt: '2026-01-27T09:00:00.000Z', finishedAt: '2026-02-20T16:00:00.000Z', cycleDays: 25 },
      ],
      // Sorted 3, 3, 4, 8, 25: ranks ceil(2.5) = 3, ceil(4.25) = 5, ceil(4.75) = 5.
      percentiles: { p50: 4, p85: 25, p95: 25 },
    });
  });

  it('has no percentiles when nothing was finished in the window', () => {
    const later = new Date('2026-09-01T00:00:00.000Z');
    expect(flowOf(flowBoard(), [], later).section.cycleTime.percentiles).toEqual({ p50: null, p85: null, p95: null });
  });
});

describe('throughput', () => {
  it('counts the items finished in each of the last 12 full ISO weeks, at their last move into done', () => {
    const { weeks, weeksOfHistory, perWeek } = flowOf().section.throughput;
    expect(weeks.map((w) => [w.weekStart.slice(0, 10), w.finished])).toEqual([
      ['2025-12-08', 1], ['2025-12-15', 0], ['2025-12-22', 0], ['2025-12-29', 0],
      ['2026-01-05', 1], ['2026-01-12', 0], ['2026-01-19', 0],
      // A-3 was done on 29 January but is counted where it was last done, on 20 February.
      ['2026-01-26', 0], ['2026-02-02', 1], ['2026-02-09', 0], ['2026-02-16', 2], ['2026-02-23', 1],
    ]);
    expect([weeksOfHistory, perWeek]).toEqual([12, 6 / 12]);
  });

  it('counts only the weeks that end after the first item was created as history', () => {
    // Without, the first item was created on Monday 26 January: 5 weeks of history.
    const data = flowBoard(flowBoard().issues.filter((i) => !['A-8', 'A-9', 'A-12'].includes(i.key)));
    const { weeksOfHistory, perWeek } = flowOf(data).section.throughput;
    expect([weeksOfHistory, perWeek]).toEqual([5, 4 / 5]);
  });
});

describe('work in progress now', () => {
  it('lists the items in progress, oldest first, with their age in days and their column', () => {
    expect(flowOf().section.ageing).toEqual([
      { issueKey: 'A-5', summary: 'Summary of A-5', column: 'Doing', startedAt: '2026-02-25T09:00:00.000Z', ageDays: 8 },
    ]);
    expect(flowOf(flowBoard(), ['Testing']).section.ageing.map((i) => [i.issueKey, i.column, i.ageDays])).toEqual([
      ['A-5', 'Doing', 8],
      ['A-6', 'Testing', 3],
    ]);
  });
});

describe('work in progress and cumulative flow over the last 30 days', () => {
  const days = flowOf().section.days;
  const on = (date: string) => days.find((d) => d.at.startsWith(date))!;

  it('measures the end of each of the last 30 full days, then now', () => {
    expect(days).toHaveLength(31);
    expect([days[0].at, days[29].at, days[30].at]).toEqual(['2026-02-02T23:59:59.999Z', '2026-03-03T23:59:59.999Z', '2026-03-04T12:00:00.000Z']);
  });

  it('counts the items in each column, several statuses to a column, and those in progress', () => {
    // 12 Feb: A-5 selected; A-2 back in progress; done (Done and Closed).
    expect(on('2026-02-12')).toMatchObject({ inProgress: 1, byColumn: [1, 1, 0, 0, 5] });
    // 19 Feb: to do; A-3 reopened into progress; A-2 now done.
    expect(on('2026-02-19')).toMatchObject({ inProgress: 1, byColumn: [3, 1, 0, 0, 5] });
    // Now: A-7 is parked, on no column; A-5 blocked (Doing), A-6 in QA (Testing), seven done.
    expect(days[30]).toMatchObject({ inProgress: 1, byColumn: [0, 1, 0, 1, 7] });
    expect(flowOf(flowBoard(), ['Testing']).section.days[30]).toMatchObject({ inProgress: 2, byColumn: [0, 1, 0, 1, 7] });
  });
});

describe('what the figures cannot measure as they should', () => {
  it('lists the items finished without start, moved backward, or moved after done', () => {
    const { finishedWithoutStart, movedBackward, movedAfterDone } = flowOf().section;
    expect({ finishedWithoutStart, movedBackward, movedAfterDone }).toEqual({ finishedWithoutStart: ['A-4'], movedBackward: ['A-2'], movedAfterDone: ['A-3'] });
  });

  it('says so in data-quality notes, one per kind', () => {
    expect(flowOf().notes).toEqual([
      { code: 'flow-finished-without-start', message: '1 item was finished in the last 90 days without ever being in an in-progress column, so it has no cycle time: A-4.', issueKey: 'A-4' },
      { code: 'flow-moved-backward', message: '1 item moved back to an earlier column before being done; cycle time still runs from the first move into progress: A-2.', issueKey: 'A-2' },
      { code: 'flow-moved-after-done', message: '1 item changed status after being done (reopened or moved on); cycle time runs to the last move into done: A-3.', issueKey: 'A-3' },
    ]);
  });
});

/**
 * The forecasts of a board (src/analysis/flow/forecast.ts, sprint-chance.ts) on hand-made sprint
 * figures and histories, where every trial must agree, so the results are worked out by hand.
 */
import { forecast } from '../../../src/analysis/flow/forecast';
import { runningSprintChance } from '../../../src/analysis/flow/sprint-chance';
import { readBoardHistory } from '../../../src/analysis/history/board-history';
import type { BacklogSection, SprintFigures } from '../../../src/domain/report';
import { figures, section } from '../../signals/context';
import { quietSection } from '../../signals/backlog/context';
import { quietRunning } from '../../support/sprint-parts';
import { DONE_STATUS, boardData, issue, sprint, statusChange, STATUS } from '../sprints/fixtures';

const NOW_MS = Date.parse('2026-03-04T12:00:00.000Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Sprint k of four, each two days long: from Monday 5 January + k weeks, 09:00, to the Wednesday. */
function closedSprint(k: number, completed: string[], added: string[] = []): SprintFigures {
  const start = Date.parse('2026-01-05T09:00:00.000Z') + k * 7 * DAY;
  const set = (issues: string[]) => ({ issues, points: null });
  return figures(k, { startDate: iso(start), endDate: iso(start + 2 * DAY), completeDate: iso(start + 2 * DAY), completed: set(completed), added: set(added) });
}

/** Two items finished in each of the four sprints, one on each of its two days. */
const FOUR_SPRINTS = [1, 2, 3, 4].map((k) => closedSprint(k, [`C-${k}1`, `C-${k}2`]));

const ACTIVE = { id: 10, name: 'Sprint 10', startDate: '2026-03-02T09:00:00.000Z', endDate: '2026-03-06T09:00:00.000Z', goal: null, issueCount: 2,
  goalAtStart: { goal: null, source: 'current' as const, observedAt: null }, goalChangedAfterStart: null, impediments: [], running: quietRunning() };

function backlogWith(readyItems: number, nearTermItems: number): BacklogSection {
  const backlog = quietSection();
  backlog.readyRunwayItems = readyItems;
  backlog.nearTerm = Array.from({ length: nearTermItems }, (_, i) => ({ key: `N-${i}`, summary: 'n', estimate: 1, technical: false, failedChecks: [] }));
  return backlog;
}

const weeks = (counts: number[]) => counts.map((finished, i) => ({ weekStart: iso(Date.parse('2025-12-08T00:00:00.000Z') + i * 7 * DAY), finished }));

describe('a board without sprints: weeks of throughput', () => {
  it('forecasts from now, a week at a time, from the weeks of history', () => {
    const result = forecast({ seed: 1, sprints: null, backlog: backlogWith(6, 9), weeks: weeks([0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3]), weeksOfHistory: 6, nowMs: NOW_MS }, null);
    expect(result.history.map((h) => [h.from.slice(0, 10), h.counted])).toEqual([
      ['2026-01-19', 3], ['2026-01-26', 3], ['2026-02-02', 3], ['2026-02-09', 3], ['2026-02-16', 3], ['2026-02-23', 3],
    ]);
    expect([result.basis, result.periodDays, result.startsAt, result.unavailable]).toEqual(['weeks', 7, '2026-03-04T12:00:00.000Z', null]);
    // 6 ready items at 3 a week: 2 weeks; 9 near-term items: 3 weeks.
    expect(result.when).toEqual([
      { target: 'readyRunway', items: 6, periods: { p50: 2, p85: 2, p95: 2 }, dates: { p50: '2026-03-18T12:00:00.000Z', p85: '2026-03-18T12:00:00.000Z', p95: '2026-03-18T12:00:00.000Z' } },
      { target: 'nearTerm', items: 9, periods: { p50: 3, p85: 3, p95: 3 }, dates: { p50: '2026-03-25T12:00:00.000Z', p85: '2026-03-25T12:00:00.000Z', p95: '2026-03-25T12:00:00.000Z' } },
    ]);
    expect(result.howMany.map((h) => [h.periods, h.date.slice(0, 10), h.p50, h.p85, h.p95])).toEqual([
      [2, '2026-03-18', 6, 6, 6], [4, '2026-04-01', 12, 12, 12], [8, '2026-04-29', 24, 24, 24], [12, '2026-05-27', 36, 36, 36],
    ]);
  });

  it('gives no forecast with fewer than 6 weeks of history, or nothing finished in them', () => {
    const short = forecast({ seed: 1, sprints: null, backlog: backlogWith(6, 9), weeks: weeks([0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3]), weeksOfHistory: 5, nowMs: NOW_MS }, null);
    expect([short.unavailable, short.when, short.howMany]).toEqual(['The board has 5 full weeks of history; a forecast needs at least 6.', [], []]);
    const idle = forecast({ seed: 1, sprints: null, backlog: backlogWith(6, 9), weeks: weeks(new Array(12).fill(0)), weeksOfHistory: 12, nowMs: NOW_MS }, null);
    expect(idle.unavailable).toBe('Nothing was finished in the last 12 full weeks, so there is no pace to forecast from.');
  });
});

describe('a board with sprints: the last closed sprints', () => {
  it('counts what each sprint finished less what was added after its start, and starts after the running sprint', () => {
    const sprints = section([closedSprint(1, ['a', 'b', 'c', 'd', 'e'], ['a', 'x']), closedSprint(2, ['f'], ['f', 'y', 'z']), ...FOUR_SPRINTS.slice(2)], { active: ACTIVE });
    const result = forecast({ seed: 1, sprints, backlog: backlogWith(2, 5), weeks: [], weeksOfHistory: 0, nowMs: NOW_MS }, null);
    expect(result.history.map((h) => [h.sprintId, h.finished, h.addedAfterStart, h.counted])).toEqual([[1, 5, 2, 3], [2, 1, 3, 0], [3, 2, 0, 2], [4, 2, 0, 2]]);
    // Planned two days each; the running sprint ends on Friday 6 March, 09:00.
    expect([result.basis, result.periodDays, result.startsAt]).toEqual(['sprints', 2, '2026-03-06T09:00:00.000Z']);
  });

  it('forecasts sprint by sprint', () => {
    const result = forecast({ seed: 1, sprints: section(FOUR_SPRINTS, { active: ACTIVE }), backlog: backlogWith(2, 5), weeks: [], weeksOfHistory: 0, nowMs: NOW_MS }, null);
    // Two items a sprint: the 2 ready items take 1 sprint, the 5 near-term items 3.
    expect(result.when.map((w) => [w.target, w.periods.p50, w.periods.p95, w.dates.p85])).toEqual([
      ['readyRunway', 1, 1, '2026-03-08T09:00:00.000Z'],
      ['nearTerm', 3, 3, '2026-03-12T09:00:00.000Z'],
    ]);
    expect(result.howMany.map((h) => [h.periods, h.p85])).toEqual([[1, 2], [2, 4], [3, 6], [4, 8]]);
  });

  it('gives no forecast with fewer than 4 closed sprints', () => {
    const result = forecast({ seed: 1, sprints: section(FOUR_SPRINTS.slice(1)), backlog: backlogWith(2, 5), weeks: [], weeksOfHistory: 0, nowMs: NOW_MS }, null);
    expect(result.unavailable).toBe('The board has 3 closed sprints with dates; a forecast needs at least 4.');
  });
});

describe('the running sprint', () => {
  const at = (ms: number) => iso(ms).replace('Z', '+0000');
  function history() {
    const items = FOUR_SPRINTS.flatMap((s) => {
      const start = Date.parse(s.startDate!);
      // The first item done 3 hours into the sprint (its first day), the second 27 hours in (its second).
      return [3, 27].map((hours, i) => issue(`C-${s.id}${i + 1}`, { sprintIds: [s.id], status: DONE_STATUS, changelog: [statusChange(at(start + hours * 3600_000), STATUS.todo, STATUS.done)] }));
    });
    const inSprint = { sprintIds: [ACTIVE.id] };
    items.push(
      issue('B-1', { ...inSprint, created: '2026-02-27T09:00:00.000+0000' }),
      issue('B-2', { ...inSprint, created: '2026-03-03T09:00:00.000+0000' }),
      issue('B-3', { ...inSprint, created: '2026-02-27T09:00:00.000+0000', status: DONE_STATUS, changelog: [statusChange('2026-03-03T10:00:00.000+0000', STATUS.todo, STATUS.done)] }),
      issue('B-4', { ...inSprint, created: '2026-02-27T09:00:00.000+0000', issueType: { id: '5', name: 'Sub-task', subtask: true, hierarchyLevel: -1 } }),
    );
    return readBoardHistory(boardData(items, [...FOUR_SPRINTS.map((s) => sprint(s.id, s.startDate, s.endDate, s.completeDate)), sprint(10, ACTIVE.startDate, ACTIVE.endDate, null)]));
  }

  it('weighs the open items against the days left, drawing from each day of the last closed sprints', () => {
    // B-1 (committed) and B-2 (added) are open; B-3 is done; B-4 is a sub-task. One item was done on
    // each of the 8 sprint days, and 1 day and 21 hours are left: 2 days, 2 items, certain.
    expect(runningSprintChance(section(FOUR_SPRINTS, { active: ACTIVE }), history(), NOW_MS, 1)).toEqual({
      sprintId: 10, name: 'Sprint 10', endDate: '2026-03-06T09:00:00.000Z', daysLeft: 2, openItems: 2, committedOpen: 1, sampledDays: 8, chance: 1, unavailable: null,
    });
    // Half a day later only 1 day is left: 1 item at most, so no chance for 2.
    expect(runningSprintChance(section(FOUR_SPRINTS, { active: ACTIVE }), history(), NOW_MS + DAY, 1)?.chance).toBe(0);
  });

  it('says why there is no chance with fewer than 4 closed sprints, and is absent without a running sprint', () => {
    expect(runningSprintChance(section(FOUR_SPRINTS.slice(1), { active: ACTIVE }), history(), NOW_MS, 1)).toMatchObject({
      chance: null, unavailable: 'The board has 3 closed sprints with dates; the chance needs at least 4.',
    });
    expect(runningSprintChance(section(FOUR_SPRINTS), history(), NOW_MS, 1)).toBeNull();
  });
});

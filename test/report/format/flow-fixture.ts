/**
 * The flow section of the hand-made HARB report (fixture.ts), worked out by hand. Now is
 * Friday 20 November 2026, 08:00 UTC: the current ISO week starts Monday 16 November, the 12 full
 * weeks before it from Monday 24 August.
 */
import type { FlowSection } from '../../../src/domain/report';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const FIRST_WEEK = Date.parse('2026-08-24T00:00:00.000Z');

// 44 items over 12 weeks: 44 / 12 = 3.666.. a week, shown "3.7 items a week".
const FINISHED_PER_WEEK = [3, 4, 2, 5, 3, 4, 6, 3, 2, 4, 5, 3];

// Cycle times sorted 2, 3, 3, 4, 5, 6, 8, 12: the 50th percentile is rank ceil(4) = 4, so 4 days;
// the 85th rank ceil(6.8) = 7, so 8 days; the 95th rank ceil(7.6) = 8, so 12 days.
const CYCLE_DAYS: [string, number][] = [['HARB-101', 3], ['HARB-102', 5], ['HARB-104', 2], ['HARB-103', 12], ['HARB-120', 8], ['HARB-125', 3], ['HARB-126', 4], ['HARB-127', 6]];

export function harbourFlow(): FlowSection {
  return {
    columns: [{ name: 'To Do', inProgress: false }, { name: 'In Progress', inProgress: true }, { name: 'In Review', inProgress: true }, { name: 'Done', inProgress: false }],
    throughput: {
      weeks: FINISHED_PER_WEEK.map((finished, i) => ({ weekStart: iso(FIRST_WEEK + i * 7 * DAY), finished })),
      weeksOfHistory: 12,
      perWeek: 44 / 12,
    },
    cycleTime: {
      windowDays: 90,
      finished: CYCLE_DAYS.map(([issueKey, cycleDays], i) => {
        const finishedMs = Date.parse('2026-10-01T15:00:00.000Z') + i * 5 * DAY;
        return { issueKey, startedAt: iso(finishedMs - (cycleDays - 1) * DAY - 6 * 3600_000), finishedAt: iso(finishedMs), cycleDays };
      }),
      percentiles: { p50: 4, p85: 8, p95: 12 },
    },
    ageing: [
      { issueKey: 'HARB-110', summary: 'Retry failed payouts | nightly', column: 'In Review', startedAt: '2026-11-07T10:00:00.000Z', ageDays: 14 },
      { issueKey: 'HARB-140', summary: 'Payout report by currency', column: 'In Progress', startedAt: '2026-11-12T09:00:00.000Z', ageDays: 9 },
      { issueKey: 'HARB-141', summary: 'Card payout limits', column: 'In Progress', startedAt: '2026-11-18T09:00:00.000Z', ageDays: 3 },
    ],
    // The end of 21 October to 19 November, then now; work in progress 2 and then 3 from 5 November.
    days: Array.from({ length: 31 }, (_, i) => {
      const at = i === 30 ? '2026-11-20T08:00:00.000Z' : iso(Date.parse('2026-10-21T23:59:59.999Z') + i * DAY);
      const inProgress = i < 15 ? 2 : 3;
      return { at, inProgress, byColumn: [24, inProgress - 1, 1, 40 + Math.floor(i / 2)] };
    }),
    finishedWithoutStart: ['HARB-105'],
    movedBackward: [],
    movedAfterDone: ['HARB-120'],
    forecast: {
      basis: 'sprints',
      trials: 10000,
      seed: 123,
      periodDays: 14,
      // The running sprint ends on Tuesday 24 November at 17:00.
      startsAt: '2026-11-24T17:00:00.000Z',
      history: [
        { from: '2026-09-14T09:00:00.000+0000', to: '2026-09-25T16:00:00.000+0000', sprintId: 39, name: 'Harbour Sprint 39', finished: 5, addedAfterStart: 1, counted: 4 },
        { from: '2026-09-28T09:00:00.000+0000', to: '2026-10-09T16:00:00.000+0000', sprintId: 40, name: 'Harbour Sprint 40', finished: 4, addedAfterStart: 0, counted: 4 },
        // Sprints 41 and 42 (fixture.ts) each completed 3 items, one of them added after the start.
        { from: '2026-10-12T09:00:00.000+0000', to: '2026-10-23T16:30:00.000+0000', sprintId: 41, name: 'Harbour Sprint 41', finished: 3, addedAfterStart: 1, counted: 2 },
        { from: '2026-10-26T09:00:00.000+0000', to: '2026-11-10T11:00:00.000+0000', sprintId: 42, name: 'Harbour Sprint 42', finished: 3, addedAfterStart: 1, counted: 2 },
      ],
      unavailable: null,
      when: [
        // The 1 ready item (HARB-130) in one sprint: 14 days after the start.
        { target: 'readyRunway', items: 1, periods: { p50: 1, p85: 1, p95: 1 }, dates: { p50: '2026-12-08T17:00:00.000Z', p85: '2026-12-08T17:00:00.000Z', p95: '2026-12-08T17:00:00.000Z' } },
        { target: 'nearTerm', items: 4, periods: { p50: 2, p85: 2, p95: 3 }, dates: { p50: '2026-12-22T17:00:00.000Z', p85: '2026-12-22T17:00:00.000Z', p95: '2027-01-05T17:00:00.000Z' } },
      ],
      howMany: [
        { date: '2026-12-08T17:00:00.000Z', periods: 1, p50: 3, p85: 2, p95: 2 },
        { date: '2026-12-22T17:00:00.000Z', periods: 2, p50: 6, p85: 5, p95: 4 },
        { date: '2027-01-05T17:00:00.000Z', periods: 3, p50: 9, p85: 7, p95: 6 },
        { date: '2027-01-19T17:00:00.000Z', periods: 4, p50: 12, p85: 10, p95: 8 },
      ],
      // From Friday 08:00 to Tuesday 17:00: 4 days and 9 hours, so 5 days left.
      runningSprint: {
        sprintId: 43, name: 'Harbour Sprint 43', endDate: '2026-11-24T17:00:00.000+0000', daysLeft: 5, openItems: 4, committedOpen: 3, sampledDays: 48, chance: 0.62, unavailable: null,
      },
    },
  };
}

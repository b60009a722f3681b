/** A quiet flow section and a signal context around it; each test changes what it needs. */
import type { FlowSection } from '../../../src/domain/report';
import type { SignalContext } from '../../../src/signals/rule';
import { context as signalContext } from '../context';

const WEEK_MS = 7 * 86_400_000;

/**
 * Twelve weeks of 4 items a week, 12 items finished in the window with cycle times 1 to 12 days
 * (85th percentile: rank ceil(10.2) = 11, so 11 days), 3 items in progress aged 2, 5 and 9 days, and
 * 31 days of 3 items in progress.
 */
export function quietFlow(): FlowSection {
  const weekStart = (i: number) => new Date(Date.parse('2025-12-08T00:00:00.000Z') + i * WEEK_MS).toISOString();
  return {
    columns: [{ name: 'To Do', inProgress: false }, { name: 'Doing', inProgress: true }, { name: 'Done', inProgress: false }],
    throughput: { weeks: Array.from({ length: 12 }, (_, i) => ({ weekStart: weekStart(i), finished: 4 })), weeksOfHistory: 12, perWeek: 4 },
    cycleTime: {
      windowDays: 90,
      finished: Array.from({ length: 12 }, (_, i) => ({ issueKey: `F-${i + 1}`, startedAt: '2026-02-01T09:00:00.000Z', finishedAt: '2026-02-20T09:00:00.000Z', cycleDays: i + 1 })),
      percentiles: { p50: 6, p85: 11, p95: 12 },
    },
    ageing: [9, 5, 2].map((ageDays, i) => ({ issueKey: `W-${i + 1}`, summary: `Work ${i + 1}`, column: 'Doing', startedAt: `2026-02-2${i}T09:00:00.000Z`, ageDays })),
    days: Array.from({ length: 31 }, (_, i) => ({ at: new Date(Date.parse('2026-02-01T23:59:59.999Z') + i * 86_400_000).toISOString(), inProgress: 3, byColumn: [10, 3, 40] })),
    finishedWithoutStart: [],
    movedBackward: [],
    movedAfterDone: [],
    forecast: {
      basis: 'weeks', trials: 10000, seed: 1, periodDays: 7, startsAt: '2026-03-02T12:00:00.000Z', history: [], unavailable: 'None needed here.',
      when: [], howMany: [], runningSprint: null,
    },
  };
}

export function flowContext(change: (flow: FlowSection) => void = () => {}): SignalContext {
  const flow = quietFlow();
  change(flow);
  return signalContext({ sprints: null, flow });
}

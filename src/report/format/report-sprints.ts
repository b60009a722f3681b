/**
 * The sprints part of one project's report: trend, recent sprints (each saying whether its figures
 * are recorded or replayed), velocity, the running sprint and the last closed sprint in detail
 * (report-sprint-detail.ts), carry-over and scope changes.
 */
import type { GoalAtStart, IssueSet, Report } from '../../domain/report';
import { RECORD_WORD, day, recordSourceOf, items, lastClosedSprints, lateness, percent, personName, points, sprintNamer, trendName } from '../../vocabulary';
import type { Block, Section } from './document';
import { left, right } from './document';
import { TREND_COLUMNS } from './figures';
import { issueRun } from './links';
import { sprintDetailBlocks } from './report-sprint-detail';

export function sprintsSection(report: Report): Section | null {
  const section = report.sprints;
  if (!section) return null;
  const sprintName = sprintNamer(report);
  const trendIds = new Set(section.trend.map((point) => point.sprintId));
  const recent = section.closed.filter((sprint) => trendIds.has(sprint.id));
  const window = lastClosedSprints(section.trend.length);

  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        {
          label: 'Active sprint',
          value: section.active
            ? `${section.active.name} (${day(section.active.startDate)} to ${day(section.active.endDate)}, ${items(section.active.issueCount)}), goal at the start: ${goalText(section.active)}`
            : 'none',
        },
        { label: 'Closed sprints', value: String(section.closed.length) },
        { label: 'Future sprints', value: String(section.futureCount) },
      ],
    },
    { kind: 'heading', text: trendName(section.trend.length) },
    {
      kind: 'table',
      columns: [left('Sprint'), ...TREND_COLUMNS.map((column) => right(column.name))],
      rows: section.trend.map((point) => [point.name, ...TREND_COLUMNS.map((column) => percent(point[column.id]))]),
      empty: 'No closed sprints yet, so there is no trend to show.',
    },
  ];
  if (recent.length) {
    blocks.push({
      kind: 'table',
      columns: [left('Sprint'), left('Closed'), left('Against the planned end'), right('Committed'), right('Added'), right('Removed'), right('Completed'), right('Not completed'), left('Goal at the start'), left('Figures')],
      rows: recent.map((s) => [
        s.name,
        day(s.completeDate),
        lateness(s.lateWorkingDays),
        issueSet(s.committed),
        issueSet(s.added),
        issueSet(s.removed),
        issueSet(s.completed),
        issueSet(s.notCompleted),
        goalText(s),
        RECORD_WORD[recordSourceOf(s.record)],
      ]),
      empty: '',
    });
  }
  blocks.push(...sprintDetailBlocks(report, section));
  blocks.push({
    kind: 'table',
    columns: [left('Carried over'), left('Summary'), right('Sprints'), left('Unfinished in'), left('Done now')],
    rows: section.carryOverChains.map((chain) => [
      issueRun(report.site, chain.issueKey),
      chain.summary,
      String(chain.sprintIds.length),
      chain.sprintIds.map(sprintName).join(', '),
      chain.done ? 'yes' : 'no',
    ]),
    empty: 'No item was carried over from one sprint to the next.',
  });
  blocks.push({
    kind: 'table',
    columns: [left(`Changed sprint scope after the start, over the ${window}`), right('Added'), right('Removed')],
    rows: section.scopeChangers.map((c) => [personName(report.people, c.accountId), String(c.added), String(c.removed)]),
    empty: `Nobody changed the scope of a sprint after it started, over the ${window}.`,
  });
  return { title: 'Sprints', id: 'sprints', blocks };
}

/** "8 items (21 points)", or on a board that counts issues, "8 items". */
function issueSet(set: IssueSet): string {
  const count = items(set.issues.length);
  return set.points === null ? count : `${count} (${points(set.points)})`;
}

/**
 * The goal a sprint started with, and what the app knows about it: "Refunds", "none set (first seen
 * after the start, 27 Oct 2026)", "Refunds; changed after the start (now: Refunds and receipts)".
 */
function goalText(sprint: { goal: string | null; goalAtStart: GoalAtStart; goalChangedAfterStart: boolean | null }): string {
  const { goalAtStart } = sprint;
  let text = goalAtStart.goal ?? 'none set';
  if (goalAtStart.source === 'later') text += ` (first seen after the start, ${day(goalAtStart.observedAt)})`;
  if (sprint.goalChangedAfterStart === true) text += `; changed after the start (now: ${sprint.goal ?? 'none set'})`;
  return text;
}

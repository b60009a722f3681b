/** The sprints part of one project's report: trend, recent sprints, carry-over and scope changes. */
import type { GoalAtStart, IssueSet, Report } from '../../domain/report';
import type { Block, Section } from './document';
import { left, right } from './document';
import { count, day, decimal, percent, personName, points } from './numbers';
import { sprintNameLookup } from './lookups';

export function sprintsSection(report: Report): Section | null {
  const section = report.sprints;
  if (!section) return null;
  const sprintName = sprintNameLookup(report);
  const trendIds = new Set(section.trend.map((point) => point.sprintId));
  const recent = section.closed.filter((sprint) => trendIds.has(sprint.id));

  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        {
          label: 'Active sprint',
          value: section.active
            ? `${section.active.name} (${day(section.active.startDate)} to ${day(section.active.endDate)}, ${count(section.active.issueCount, 'issue')}), goal at the start: ${goalText(section.active)}`
            : 'none',
        },
        { label: 'Closed sprints', value: String(section.closed.length) },
        { label: 'Future sprints', value: String(section.futureCount) },
      ],
    },
    {
      kind: 'table',
      columns: [left('Sprint'), right('Reliability'), right('Completion'), right('Scope churn'), right('Carry-over')],
      rows: section.trend.map((p) => [p.name, percent(p.commitmentReliability), percent(p.completionRate), percent(p.scopeChurn), percent(p.carryOver)]),
      empty: 'No closed sprints yet, so there is no trend to show.',
    },
  ];
  if (recent.length) {
    blocks.push({
      kind: 'table',
      columns: [left('Sprint'), left('Closed'), right('Late (working days)'), right('Committed'), right('Added'), right('Removed'), right('Completed'), right('Not completed'), left('Goal at the start')],
      rows: recent.map((s) => [
        s.name,
        day(s.completeDate),
        decimal(s.lateWorkingDays, 0),
        issueSet(s.committed),
        issueSet(s.added),
        issueSet(s.removed),
        issueSet(s.completed),
        issueSet(s.notCompleted),
        goalText(s),
      ]),
      empty: '',
    });
  }
  blocks.push({
    kind: 'table',
    columns: [left('Carried over'), left('Summary'), right('Sprints'), left('Through'), left('Done now')],
    rows: section.carryOverChains.map((chain) => [
      chain.issueKey,
      chain.summary,
      String(chain.sprintIds.length),
      chain.sprintIds.map(sprintName).join(', '),
      chain.done ? 'yes' : 'no',
    ]),
    empty: 'No issue was carried over from one sprint to the next.',
  });
  blocks.push({
    kind: 'table',
    columns: [left('Changed sprint scope after the start'), right('Added'), right('Removed')],
    rows: section.scopeChangers.map((c) => [personName(report.people, c.accountId), String(c.added), String(c.removed)]),
    empty: 'Nobody changed the scope of a recent sprint after it started.',
  });
  return { title: 'Sprints', id: 'sprints', blocks };
}

/** "8 (21 pts)", "1 (1 pt)" or, on a board that counts issues, "8". */
function issueSet(set: IssueSet): string {
  const n = set.issues.length;
  return set.points === null ? String(n) : `${n} (${points(set.points)} ${set.points === 1 ? 'pt' : 'pts'})`;
}

/**
 * The goal a sprint started with, and what the app knows about it: "Refunds", "none set (first seen
 * after the start, 2026-10-27)", "Refunds; changed after the start (now: Refunds and receipts)".
 */
function goalText(sprint: { goal: string | null; goalAtStart: GoalAtStart; goalChangedAfterStart: boolean | null }): string {
  const { goalAtStart } = sprint;
  let text = goalAtStart.goal ?? 'none set';
  if (goalAtStart.source === 'later') text += ` (first seen after the start, ${day(goalAtStart.observedAt)})`;
  if (sprint.goalChangedAfterStart === true) text += `; changed after the start (now: ${sprint.goal ?? 'none set'})`;
  return text;
}

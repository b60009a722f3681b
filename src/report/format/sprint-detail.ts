/**
 * The columns of a sprint in detail, named and formatted once for every surface: the per-issue
 * sprint report (the Sprints tab, its CSV export, the CLI's formats and CSV) and velocity. Values are
 * read from the report and only formatted (docs/metrics.md, "Per-issue sprint report", "Velocity").
 */
import type { AtRiskItem, Report, RunningSprint, SprintFieldChange, SprintIssueRow, VelocityPoint } from '../../domain/report';
import type { Figure } from './figures';
import { ENTRY_WORD, MISSING, OUTCOME_WORD, RECORD_WORD, RISK_WORD, dateTime, day, decimal, items, listInWords, percent, personName, points, sized, toCsv, workingDays } from '../../vocabulary';

export interface IssueColumn {
  id: 'key' | 'summary' | 'type' | 'entry' | 'outcome' | 'status' | 'estimateAtStart' | 'estimateAtEnd' | 'moves' | 'outside';
  header: string;
  numeric: boolean;
  value(row: SprintIssueRow, people: Report['people']): string;
  /** What the column sorts by (null sorts last). */
  sortValue(row: SprintIssueRow): string | number | null;
}

/** "added 6 Dec 2026, 18:04 UTC by Ada Admin; removed ...", or "" for an issue that neither joined nor left. */
function moves(row: SprintIssueRow, people: Report['people']): string {
  const move = (word: string, at: string | null, by: string | null) => (at === null ? [] : [`${word} ${dateTime(at)} by ${personName(people, by)}`]);
  return [...move('added', row.addedAt, row.addedBy), ...move('removed', row.removedAt, row.removedBy)].join('; ');
}

const estimate = (value: number | null) => (value === null ? MISSING : decimal(value));

/**
 * The per-issue report's columns. `running`: the sprint still runs, so its "close" is now and its
 * outcomes are so far ("Completed" reads "Done so far").
 */
export function sprintIssueColumns(running: boolean): IssueColumn[] {
  const end = running ? 'now' : 'at the close';
  return [
    { id: 'key', header: 'Issue', numeric: false, value: (row) => row.key, sortValue: (row) => row.key },
    { id: 'summary', header: 'Summary', numeric: false, value: (row) => row.summary, sortValue: (row) => row.summary.toLowerCase() },
    { id: 'type', header: 'Type', numeric: false, value: (row) => row.issueType, sortValue: (row) => row.issueType },
    { id: 'entry', header: 'Came in', numeric: false, value: (row) => ENTRY_WORD[row.entry], sortValue: (row) => ENTRY_WORD[row.entry] },
    {
      id: 'outcome',
      header: running ? 'So far' : 'Left as',
      numeric: false,
      value: (row) => (running && row.outcome === 'completed' ? 'Done so far' : running && row.outcome === 'notCompleted' ? 'Not done yet' : OUTCOME_WORD[row.outcome]),
      sortValue: (row) => OUTCOME_WORD[row.outcome],
    },
    { id: 'status', header: `Status ${end}`, numeric: false, value: (row) => row.status ?? MISSING, sortValue: (row) => row.status },
    { id: 'estimateAtStart', header: 'Estimate when it came in', numeric: true, value: (row) => estimate(row.estimateAtStart), sortValue: (row) => row.estimateAtStart },
    { id: 'estimateAtEnd', header: `Estimate ${end}`, numeric: true, value: (row) => estimate(row.estimateAtEnd), sortValue: (row) => row.estimateAtEnd },
    { id: 'moves', header: 'Added or removed', numeric: false, value: moves, sortValue: (row) => row.addedAt ?? row.removedAt },
    { id: 'outside', header: 'Finished outside the sprint', numeric: false, value: (row) => (row.finishedOutside ? 'yes' : ''), sortValue: (row) => (row.finishedOutside ? 0 : 1) },
  ];
}

/** The per-issue report of one sprint as CSV (the Sprints tab's export), by the one CSV writer. */
export function sprintIssuesCsv(rows: readonly SprintIssueRow[], people: Report['people'], running: boolean): string {
  const columns = sprintIssueColumns(running);
  return toCsv(columns.map((column) => column.header), rows.map((row) => columns.map((column) => column.value(row, people))));
}

export interface VelocityColumn {
  header: string;
  numeric: boolean;
  value(point: VelocityPoint, unit: 'points' | 'issues'): string;
}

/** Velocity's columns, as Jira's velocity chart names them, with our reliability and churn beside. */
export const VELOCITY_COLUMNS: readonly VelocityColumn[] = [
  { header: 'Sprint', numeric: false, value: (point) => point.name },
  { header: 'Committed', numeric: true, value: (point, unit) => sized(point.committed, unit) },
  { header: 'Completed', numeric: true, value: (point, unit) => sized(point.completed, unit) },
  { header: 'Commitment reliability', numeric: true, value: (point) => percent(point.commitmentReliability) },
  { header: 'Scope churn', numeric: true, value: (point) => percent(point.scopeChurn) },
  { header: 'Figures', numeric: false, value: (point) => RECORD_WORD[point.record] },
];

/** A value of a sprint's field before or after an update: a date as a day, no goal as "none". */
export function sprintFieldValue(change: SprintFieldChange, value: string | null): string {
  if (value === null) return change.field === 'goal' ? 'none' : MISSING;
  return change.field === 'startDate' || change.field === 'endDate' ? day(value) : value;
}

/** "8 items (21 points)", or "8 items" where the board counts issues. */
function setSize(set: RunningSprint['committed']): string {
  return set.points === null ? items(set.issues.length) : `${items(set.issues.length)} (${points(set.points)})`;
}

/** The running sprint's figures, as the page's cards and the CLI's facts show them. */
export function runningFigures(running: RunningSprint): Figure[] {
  const left = running.workingDaysLeft;
  return [
    { id: 'running-committed', name: 'Committed', value: setSize(running.committed) },
    { id: 'running-added', name: 'Added since the start', value: setSize(running.added) },
    { id: 'running-removed', name: 'Removed since the start', value: setSize(running.removed) },
    { id: 'running-done', name: 'Done so far', value: setSize(running.done) },
    { id: 'running-not-done', name: 'Not done yet', value: setSize(running.notDone) },
    { id: 'running-elapsed', name: 'Time gone', value: percent(running.elapsed) },
    { id: 'running-left', name: 'Time left', value: left === null ? MISSING : left >= 0 ? `${workingDays(left)} left` : `planned end passed ${workingDays(-left)} ago` },
  ];
}

/** Why an item of the running sprint is at risk: "flagged as impeded, carried over before (Sprint 3)". */
export function riskReasons(item: AtRiskItem, sprintName: (id: number) => string): string {
  const reasons: string[] = [];
  if (item.flagged) reasons.push(RISK_WORD.flagged);
  if (item.notStarted) reasons.push(RISK_WORD.notStarted);
  if (item.carriedFrom.length > 0) reasons.push(`${RISK_WORD.carried} (${listInWords(item.carriedFrom.map(sprintName))})`);
  return reasons.join(', ');
}

/**
 * CSV exports (csv-stringify). Two shapes:
 * - one project: a tidy list of figures, one per line: project, section, subject, figure, value;
 * - a portfolio: one line per project with the portfolio columns.
 * Values are formatted like the other exports (percentages, sprints); a missing figure is an
 * empty cell. Text from Jira that a
 * spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with an apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import type { Report } from '../../domain/report';
import { FAILED_CHECK_WORD, SEVERITY_WORD } from './labels';
import { MISSING, decimal, percent, probability } from './numbers';
import type { AuditFailure } from './portfolio';
import { lightText, portfolioLine, scoreOutOf100, topSignalsText, trendText } from './portfolio';

export const REPORT_CSV_COLUMNS = ['project', 'section', 'subject', 'figure', 'value'];

export function reportCsv(report: Report): string {
  const key = report.project.key;
  const rows: string[][] = [];
  const add = (section: string, subject: string, figure: string, value: string) => rows.push([key, section, subject, figure, value]);

  const { score } = report;
  add('score', '', 'Health score', scoreOutOf100(score.total, ''));
  add('score', '', 'Traffic light', lightText(score.trafficLight));
  add('score', '', 'Backlog score', scoreOutOf100(score.backlog, ''));
  add('score', '', 'Sprints score', scoreOutOf100(score.sprints, ''));
  add('score', '', 'Roles score', scoreOutOf100(score.roles, ''));
  if (report.partial) add('score', '', 'Partial because', report.partial.reason);

  for (const point of report.sprints?.trend ?? []) {
    add('sprints', point.name, 'Commitment reliability', percent(point.commitmentReliability));
    add('sprints', point.name, 'Completion rate', percent(point.completionRate));
    add('sprints', point.name, 'Scope churn', percent(point.scopeChurn));
    add('sprints', point.name, 'Carry-over', percent(point.carryOver));
  }

  const backlog = report.backlog;
  if (backlog) {
    add('backlog', '', 'Backlog size (items)', String(backlog.size));
    add('backlog', '', `Capacity (${backlog.capacity.unit} per sprint)`, decimal(backlog.capacity.value));
    add('backlog', '', 'Readiness of near-term items', percent(backlog.readiness));
    add('backlog', '', 'Ready runway (sprints)', decimal(backlog.readyRunwaySprints));
    add('backlog', '', 'Depth (sprints)', decimal(backlog.depthSprints));
    add('backlog', '', 'Stale items', String(backlog.stale.count));
    add('backlog', '', 'Detail on distant items', percent(backlog.overSpecification.share));
    add('backlog', '', 'Top-10 overlap with a week ago', percent(backlog.ordering.top10Overlap));
    add('backlog', '', 'Top-20 RBO vs 7 days ago', probability(backlog.ordering.rbo7));
    add('backlog', '', 'Top-20 RBO vs 28 days ago', probability(backlog.ordering.rbo28));
    add('backlog', '', 'Rank changes per week (near-term)', decimal(backlog.ordering.rankChangesPerWeekNearTerm));
    add('backlog', '', 'People re-ranking', String(backlog.ordering.distinctRankers));
    add('backlog', '', 'Share of the most frequent ranker', percent(backlog.ordering.topRankerShare));
    add('backlog', '', 'Technical items', String(backlog.technical.technicalCount));
    add('backlog', '', 'Functional items', String(backlog.technical.functionalCount));
    add('backlog', '', 'Technical interleaving', probability(backlog.technical.interleaving));
    add('backlog', '', 'Fixed technical quota', backlog.technical.quota.detected ? 'yes' : 'no');
    for (const item of backlog.nearTerm) {
      add('near-term', item.key, 'Not ready because', item.failedChecks.map((c) => FAILED_CHECK_WORD[c]).join('; ') || 'ready');
    }
  }

  for (const signal of report.signals) {
    add('signal', signal.id, 'Severity', SEVERITY_WORD[signal.severity]);
    add('signal', signal.id, 'Title', signal.title);
    add('signal', signal.id, 'Observation', signal.observation);
    add('signal', signal.id, 'Question', signal.question);
  }
  for (const silent of report.silentSignals) add('signal', silent.id, 'Not checked because', silent.reason);
  for (const note of report.dataQuality) add('data-quality', note.issueKey ?? '', note.code, note.message);

  return toCsv(REPORT_CSV_COLUMNS, rows);
}

export const PORTFOLIO_CSV_COLUMNS = [
  'project',
  'name',
  'score',
  'traffic light',
  'reliability trend',
  'ready runway (sprints)',
  'top-10 overlap',
  'interleaving',
  'top signals',
  'status',
  'computed at',
];

export function portfolioCsv(reports: Report[], failures: AuditFailure[] = []): string {
  const rows = reports.map(portfolioLine).map((line) => [
    line.projectKey,
    line.projectName,
    line.score === null ? '' : String(line.score),
    lightText(line.trafficLight),
    trendText(line.reliabilityTrend),
    decimal(line.readyRunwaySprints),
    percent(line.top10Overlap),
    probability(line.technicalInterleaving),
    topSignalsText(line.topSignals),
    line.partial ? `partial: ${line.partial}` : 'ok',
    line.computedAt,
  ]);
  for (const failure of failures) rows.push([failure.projectKey, '', '', '', '', '', '', '', '', `not audited: ${failure.message}`, '']);
  return toCsv(PORTFOLIO_CSV_COLUMNS, rows);
}

function toCsv(columns: string[], rows: string[][]): string {
  return stringify([columns, ...rows.map((row) => row.map((value) => (value === MISSING ? '' : neutraliseFormula(value))))]);
}

/** "=HYPERLINK(...)" -> "'=HYPERLINK(...)"; numbers such as "-10" or "-2.5" stay as they are. */
export function neutraliseFormula(value: string): string {
  if (/^[=+@\t\r]/.test(value)) return `'${value}`;
  if (value.startsWith('-') && !/^-\d+(\.\d+)?%?$/.test(value)) return `'${value}`;
  return value;
}

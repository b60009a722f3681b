/**
 * CSV exports, written by the vocabulary's one CSV writer (src/vocabulary/csv.ts). Two shapes:
 * - one project: a tidy list of figures, one per line: project, section, subject, figure, value,
 *   with the names and values every other surface shows (figures.ts);
 * - a portfolio: one line per project with the portfolio's columns (portfolio.ts), then when it was
 *   computed and whether it could be audited in full.
 */
import type { Report } from '../../domain/report';
import {
  FIGURE,
  NOT_APPLICABLE_HEADING,
  NOT_CHECKED_HEADING,
  SCORE_OVER_TIME,
  SEVERITY_NAME,
  SWITCHED_OFF_HEADING,
  dateTime,
  failedChecksInWords,
  percent,
  readyChecksInWords,
  rolesInWords,
  settingsWindows,
  toCsv,
  trendName,
  type SettingsWindows,
} from '../../vocabulary';
import { TREND_COLUMNS, backlogFigures, orderingFigures, scoreFigures, technicalFigures, type Figure } from './figures';
import { addFlowRows } from './flow-csv';
import type { AuditFailure } from './portfolio';
import { sprintDetailCsv } from './report-sprint-detail';
import { COMPUTED_COLUMN, PORTFOLIO_COLUMNS, portfolioLine } from './portfolio';
import { changedSignals, historyRow, movedFigures, ownSettingsFigures } from './changes';
import { signalNameOf } from '../../signals/declarations';

export const REPORT_CSV_COLUMNS = ['Project', 'Section', 'Subject', 'Figure', 'Value'];

export function reportCsv(report: Report, windows: SettingsWindows = settingsWindows(null)): string {
  const key = report.project.key;
  const rows: string[][] = [];
  const add = (section: string, subject: string, figure: string, value: string) => rows.push([key, section, subject, figure, value]);
  const addFigures = (section: string, figures: Figure[]) => figures.forEach((f) => add(section, '', f.name, f.value));

  addFigures('Score', [...scoreFigures(report.score), ...ownSettingsFigures(report)]);
  if (report.partial) add('Score', '', 'Partial because', report.partial.reason);
  const { changes, points } = report.history;
  if (changes) {
    addFigures(FIGURE.sinceLastRefresh, changedSignals(changes));
    for (const figure of movedFigures(changes)) {
      add(FIGURE.sinceLastRefresh, figure.name, 'Before', figure.before);
      add(FIGURE.sinceLastRefresh, figure.name, 'Now', figure.now);
    }
  }
  for (const row of points.map(historyRow)) {
    add(SCORE_OVER_TIME, row.when, FIGURE.healthScore, row.score);
    add(SCORE_OVER_TIME, row.when, FIGURE.health, row.health);
    add(SCORE_OVER_TIME, row.when, 'Points lost', row.lost);
  }

  const trend = report.sprints?.trend ?? [];
  for (const point of trend) {
    for (const column of TREND_COLUMNS) add(trendName(trend.length), point.name, column.name, percent(point[column.id]));
  }

  if (report.sprints) for (const [section, subject, figure, value] of sprintDetailCsv(report, report.sprints)) add(section, subject, figure, value);

  const backlog = report.backlog;
  if (backlog) {
    addFigures('Backlog', [
      ...backlogFigures(backlog, windows, report.capabilities.runsSprints),
      { id: 'definition-of-ready', name: FIGURE.definitionOfReady, value: readyChecksInWords(backlog.checksInForce) },
    ]);
    addFigures('Ordering stability', orderingFigures(backlog.ordering, windows));
    addFigures('Technical work', technicalFigures(backlog.technical));
    for (const item of backlog.nearTerm) add('Near-term items', item.key, 'Not ready because', failedChecksInWords(item.failedChecks));
  }

  if (report.flow) addFlowRows(report.flow, add);

  for (const signal of report.signals) {
    add('Signals', signal.title, 'Severity', SEVERITY_NAME[signal.severity]);
    add('Signals', signal.title, 'For', rolesInWords(signal.role, signal.alsoFor));
    add('Signals', signal.title, 'What we see', signal.observation);
    add('Signals', signal.title, 'A question for the team', signal.question);
  }
  for (const silent of report.silentSignals) add(NOT_CHECKED_HEADING, signalNameOf(silent.id), 'Why not', silent.reason);
  for (const signal of report.notApplicableSignals) add(NOT_APPLICABLE_HEADING, signalNameOf(signal.id), 'Why not', signal.reason);
  for (const signal of report.score.switchedOff) add(SWITCHED_OFF_HEADING, signalNameOf(signal.signalId), 'Why not', 'switched off in the project\'s settings');
  for (const note of report.dataQuality) add('Data quality', note.issueKey ?? '', note.code, note.message);

  return toCsv(REPORT_CSV_COLUMNS, rows);
}

export const PORTFOLIO_CSV_COLUMNS = [...PORTFOLIO_COLUMNS.map((column) => column.header), COMPUTED_COLUMN, 'Status'];

export function portfolioCsv(reports: Report[], failures: AuditFailure[] = []): string {
  const rows = reports.map(portfolioLine).map((line) => [
    ...PORTFOLIO_COLUMNS.map((column) => column.value(line)),
    dateTime(line.computedAt),
    line.partial ? `partial: ${line.partial}` : 'audited in full',
  ]);
  const blanks = PORTFOLIO_COLUMNS.slice(1).map(() => '');
  for (const failure of failures) rows.push([failure.projectKey, ...blanks, '', `not audited: ${failure.message}`]);
  return toCsv(PORTFOLIO_CSV_COLUMNS, rows);
}

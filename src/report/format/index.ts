/**
 * The exports of a report: table (terminal text), json, csv, markdown and html.
 * formatReport renders one project's full report; formatPortfolio renders many projects
 * (the portfolio table, followed in Markdown and HTML by each project's full report).
 * Formatters only render: every figure comes from the Report as the engine computed it, named and
 * formatted by the vocabulary (src/vocabulary). The windows the settings set (how far back the role
 * tables look, when an item is stale) are named when the caller passes them.
 */
import type { Report } from '../../domain/report';
import { settingsWindows, type SettingsWindows } from '../../vocabulary';
import { portfolioCsv, reportCsv } from './csv';
import { renderHtml } from './html';
import { reportJson } from './json';
import { renderMarkdown } from './markdown';
import type { AuditFailure } from './portfolio';
import { portfolioDocument } from './portfolio';
import { reportDocument } from './report-document';
import { renderText } from './text';

export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

const UNKNOWN_WINDOWS = settingsWindows(null);

export function formatReport(report: Report, format: OutputFormat, windows: SettingsWindows = UNKNOWN_WINDOWS): string {
  switch (format) {
    case 'table':
      return renderText([reportDocument(report, windows)]);
    case 'json':
      return reportJson(report);
    case 'csv':
      return reportCsv(report, windows);
    case 'markdown':
      return renderMarkdown([reportDocument(report, windows)]);
    case 'html':
      return renderHtml([reportDocument(report, windows)]);
  }
}

/** The formats of several projects here; their JSON is the CLI's audit document (docs/audit.schema.json). */
export type PortfolioFormat = Exclude<OutputFormat, 'json'>;

/** Many projects, with the ones that could not be audited; `windowsOf` names each project's windows. */
export function formatPortfolio(
  reports: Report[],
  format: PortfolioFormat,
  failures: AuditFailure[] = [],
  windowsOf: (projectKey: string) => SettingsWindows = () => UNKNOWN_WINDOWS,
): string {
  const documents = () => reports.map((report) => reportDocument(report, windowsOf(report.project.key)));
  switch (format) {
    case 'table':
      return renderText([portfolioDocument(reports, failures)]);
    case 'csv':
      return portfolioCsv(reports, failures);
    case 'markdown':
      return renderMarkdown([portfolioDocument(reports, failures), ...documents()]);
    case 'html':
      return renderHtml([portfolioDocument(reports, failures, true), ...documents()], 'Backlog health portfolio');
  }
}

export type { AuditFailure, PortfolioLine } from './portfolio';
export { portfolioLine } from './portfolio';

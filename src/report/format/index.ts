/**
 * The exports of a report: table (terminal text), json, csv, markdown and html.
 * formatReport renders one project's full report; formatPortfolio renders many projects
 * (the portfolio table, followed in Markdown and HTML by each project's full report).
 * Formatters only render: every figure comes from the Report as the engine computed it.
 */
import type { Report } from '../../domain/report';
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

export function formatReport(report: Report, format: OutputFormat): string {
  switch (format) {
    case 'table':
      return renderText([reportDocument(report)]);
    case 'json':
      return reportJson(report);
    case 'csv':
      return reportCsv(report);
    case 'markdown':
      return renderMarkdown([reportDocument(report)]);
    case 'html':
      return renderHtml([reportDocument(report)]);
  }
}

/** The formats of several projects here; their JSON is the CLI's audit document (docs/audit.schema.json). */
export type PortfolioFormat = Exclude<OutputFormat, 'json'>;

/** Many projects, with the ones that could not be audited. */
export function formatPortfolio(reports: Report[], format: PortfolioFormat, failures: AuditFailure[] = []): string {
  switch (format) {
    case 'table':
      return renderText([portfolioDocument(reports, failures)]);
    case 'csv':
      return portfolioCsv(reports, failures);
    case 'markdown':
      return renderMarkdown([portfolioDocument(reports, failures), ...reports.map(reportDocument)]);
    case 'html':
      return renderHtml([portfolioDocument(reports, failures, true), ...reports.map(reportDocument)], 'Backlog health portfolio');
  }
}

export type { AuditFailure, PortfolioLine } from './portfolio';
export { portfolioLine } from './portfolio';

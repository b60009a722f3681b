/**
 * JSON exports: the Report exactly as the engine built it (docs/report.schema.json describes it),
 * pretty-printed with two spaces. Several projects are a JSON array of Reports.
 */
import type { Report } from '../../domain/report';

export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function reportsJson(reports: Report[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}

/**
 * JSON exports: the Report exactly as the engine built it (docs/report.schema.json describes it),
 * pretty-printed with two spaces. Several projects in JSON are the CLI's audit document
 * (src/local/cli/audit-document.ts, docs/audit.schema.json), which holds these Reports.
 */
import type { Report } from '../../domain/report';

export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

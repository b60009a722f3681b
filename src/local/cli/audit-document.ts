/**
 * The JSON the CLI prints for several projects (--all, or more than one --project): one audit
 * document holding each report exactly as docs/report.schema.json describes it, and the projects
 * that could not be audited, with why. docs/audit.schema.json is `auditSchema` written out (a test
 * keeps the two equal). One --project prints its report alone, not this document.
 */
import type { Report } from '../../domain/report';
import type { AuditFailure } from '../../report/format';

export interface AuditDocument {
  schemaVersion: 1;
  /** The moment the audit ran at (--now when given). */
  auditedAt: string;
  /** The site, as each report names it. */
  site: string;
  /** In the order the projects were asked for (or listed, for --all). */
  reports: Report[];
  /** Projects that could not be audited; a partial report is a report, with its `partial` reason. */
  failures: AuditFailure[];
}

export const auditSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://backlog-health.example/audit.schema.json',
  title: 'Backlog health audit',
  description:
    'Several projects audited by the command line: the report of each (as report.schema.json describes it) and the projects that could not be audited, with why.',
  type: 'object',
  properties: {
    schemaVersion: { const: 1 },
    auditedAt: { type: 'string', minLength: 1 },
    site: { type: 'string' },
    reports: { type: 'array', items: { $ref: 'report.schema.json' } },
    failures: {
      type: 'array',
      items: {
        type: 'object',
        properties: { projectKey: { type: 'string', minLength: 1 }, message: { type: 'string', minLength: 1 } },
        required: ['projectKey', 'message'],
        additionalProperties: false,
      },
    },
  },
  required: ['schemaVersion', 'auditedAt', 'site', 'reports', 'failures'],
  additionalProperties: false,
} as const;

export function auditDocument(site: string, auditedAt: Date, reports: Report[], failures: AuditFailure[]): AuditDocument {
  return { schemaVersion: 1, auditedAt: auditedAt.toISOString(), site, reports, failures };
}

/** Pretty-printed with two spaces, as the single report is. */
export function auditJson(document: AuditDocument): string {
  return JSON.stringify(document, null, 2) + '\n';
}

/** The audit document of several projects, and its schema as published in docs/audit.schema.json. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditDocument, auditJson, auditSchema } from '../../src/local/cli/audit-document';
import { makeReport } from '../report/format/fixture';
import { publishedSchemas, REPO_ROOT, schemaErrors } from './helpers';

describe('the audit document', () => {
  const { audit } = publishedSchemas();
  const report = JSON.parse(JSON.stringify(makeReport()));

  test('docs/audit.schema.json is auditSchema written out', () => {
    const onDisk = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs/audit.schema.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(auditSchema)));
  });

  test('holds the reports and the failures, with when and where', () => {
    const document = auditDocument('team.atlassian.net', new Date('2026-11-20T08:00:00Z'), [report], [{ projectKey: 'GONE', message: 'You may not browse this project.' }]);
    expect(document).toEqual({ schemaVersion: 1, auditedAt: '2026-11-20T08:00:00.000Z', site: 'team.atlassian.net', reports: [report], failures: [{ projectKey: 'GONE', message: 'You may not browse this project.' }] });
    expect(schemaErrors(audit, JSON.parse(auditJson(document)))).toEqual([]);
    expect(auditJson(document)).toBe(JSON.stringify(document, null, 2) + '\n');
  });

  test('the schema refuses a document without failures, a failure without a message, and a report that breaks the report schema', () => {
    const good = auditDocument('team.atlassian.net', new Date('2026-11-20T08:00:00Z'), [report], []);
    const { failures: _dropped, ...withoutFailures } = good;
    expect(schemaErrors(audit, withoutFailures)).toEqual(["/ must have required property 'failures'"]);
    expect(schemaErrors(audit, { ...good, failures: [{ projectKey: 'GONE' }] })).toEqual(["/failures/0 must have required property 'message'"]);
    const broken = structuredClone(report);
    broken.score.total = 'high';
    expect(schemaErrors(audit, { ...good, reports: [broken] })).toContain('/reports/0/score/total must be integer,null');
  });
});

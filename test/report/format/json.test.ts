import { formatReport } from '../../../src/report/format';
import { REPORT_SCHEMA_VERSION } from '../../../src/domain/report';
import { makeReport } from './fixture';

describe('JSON format', () => {
  it('prints the report exactly, pretty with two spaces', () => {
    const report = makeReport();
    const text = formatReport(report, 'json');
    expect(JSON.parse(text)).toEqual(report);
    expect(text.startsWith(`{\n  "schemaVersion": ${REPORT_SCHEMA_VERSION},\n  "computedAt": "2026-11-20T08:00:00.000Z",`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

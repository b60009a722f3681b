import { readCsv } from './csv-reader';
import { formatPortfolio, formatReport } from '../../../src/report/format';
import { makeKanbanReport, makeReport } from './fixture';

const lines = (text: string) => text.split('\r\n');

describe('CSV format', () => {
  it('lists one project as tidy rows with readable headers, the figures named and formatted as on the page', () => {
    const rows = lines(formatReport(makeReport(), 'csv'));
    expect(rows[0]).toBe('Project,Section,Subject,Figure,Value');
    expect(rows).toContain('HARB,Score,,Health score,55');
    expect(rows).toContain('HARB,Score,,Health,At risk');
    // 11/13 and 8/12 as whole percentages, under the window they belong to.
    expect(rows).toContain('HARB,The last 2 closed sprints,Harbour Sprint 41,Commitment reliability,85%');
    expect(rows).toContain('HARB,The last 2 closed sprints,Harbour Sprint 42,Completion rate,67%');
    expect(rows).toContain('HARB,The last 2 closed sprints,Harbour Sprint 42,Scope churn,50%');
    expect(rows).toContain('HARB,Backlog,,Capacity per sprint (median of the last 2 closed sprints),9.5 points');
    expect(rows).toContain('HARB,Backlog,,Ready runway,0.5 sprints');
    expect(rows).toContain('HARB,Technical work,,Technical interleaving,43%');
    expect(rows).toContain('HARB,Near-term items,HARB-132,Not ready because,"no estimate, no description"');
    expect(rows).toContain('HARB,Signals,Work keeps arriving mid-sprint,Severity,Critical');
    expect(rows).toContain('HARB,Data quality,HARB-99,unknown-status,A status in the history no longer exists; resolution was used instead.');
    expect(rows.at(-1)).toBe('');
  });

  it('quotes commas and quotes so the file parses back to the same values', () => {
    const report = makeReport();
    report.signals[0].title = 'Work "keeps" arriving, mid-sprint';
    const text = formatReport(report, 'csv');
    expect(text).toContain('HARB,Signals,"Work ""keeps"" arriving, mid-sprint",Severity,Critical');
    const rows = readCsv(text);
    expect(rows.find((r) => r[2] === 'Work "keeps" arriving, mid-sprint' && r[3] === 'Severity')).toEqual(['HARB', 'Signals', 'Work "keeps" arriving, mid-sprint', 'Severity', 'Critical']);
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  it('writes the portfolio as one row per project, with the columns of every portfolio surface, missing figures as empty cells', () => {
    const text = formatPortfolio([makeReport(), makeKanbanReport()], 'csv', [{ projectKey: 'GONE', message: 'You may not browse this project.' }]);
    expect(lines(text)).toEqual([
      'Project,Name,Health score,Health,How the score is worked out,"Health score, last refreshes",Since the last refresh,Own settings,"Reliability, last closed sprints",Ready runway,Top 10 kept from a week ago,Technical interleaving,Throughput (last 12 full weeks),Near-term items done by (85% likely),Most severe signals,Computed,Status',
      'HARB,Harbour Payments,55,At risk,100 − 1 × 25 − 2 × 10 = 55,65 55,' +
        '"2 raised (Sprints without a goal, Little ready work ahead); 1 cleared (Backlog order not moving); 6 figures moved (Health score, Near-term items ready, Ready runway, Top 10 kept from a week ago, Backlog size, Commitment reliability, last closed sprint)",' +
        '"thresholds of Sprints ending with planned work unfinished, Top of the backlog changing often",85% 58%,0.5 sprints,60%,43%,3.7 items a week,22 Dec 2026,' +
        'Critical: Work keeps arriving mid-sprint; Warning: Sprints often end unfinished; Warning: Little ready work ahead,"20 Nov 2026, 08:00 UTC",audited in full',
      'FLOW,Flow Support,100,Healthy,100: no points lost,100,nothing to compare with yet (first refresh),defaults,no closed sprints,,,50%,2.5 items a week,,none,"20 Nov 2026, 08:00 UTC",audited in full',
      'GONE,,,,,,,,,,,,,,,,not audited: You may not browse this project.',
      '',
    ]);
  });

  it('names a partial report in the status column', () => {
    const report = makeReport();
    report.partial = { reason: 'sprints could not be read' };
    expect(formatPortfolio([report], 'csv')).toContain(',partial: sprints could not be read\r\n');
  });

  it('keeps a spreadsheet from running Jira text as a formula', () => {
    const report = makeReport();
    report.signals[0].observation = '=cmd|calc';
    expect(formatReport(report, 'csv')).toContain("HARB,Signals,Work keeps arriving mid-sprint,What we see,'=cmd|calc");
  });
});

import { readCsv } from './csv-reader';
import { formatPortfolio, formatReport } from '../../../src/report/format';
import { neutraliseFormula } from '../../../src/report/format/csv';
import { makeKanbanReport, makeReport } from './fixture';

describe('CSV format', () => {
  it('lists one project as tidy rows: project, section, subject, figure, value', () => {
    const lines = formatReport(makeReport(), 'csv').split('\n');
    expect(lines[0]).toBe('project,section,subject,figure,value');
    expect(lines).toContain('HARB,score,,Health score,55');
    expect(lines).toContain('HARB,score,,Traffic light,Red');
    expect(lines).toContain('HARB,sprints,Harbour Sprint 41,Commitment reliability,84.6%');
    expect(lines).toContain('HARB,sprints,Harbour Sprint 42,Completion rate,66.7%');
    expect(lines).toContain('HARB,sprints,Harbour Sprint 42,Scope churn,50%');
    expect(lines).toContain('HARB,backlog,,Capacity (points per sprint),9.5');
    expect(lines).toContain('HARB,backlog,,Ready runway (sprints),0.5');
    expect(lines).toContain('HARB,near-term,HARB-132,Not ready because,no estimate; no description');
    expect(lines).toContain('HARB,signal,unprotected-sprint,Severity,Critical');
    expect(lines).toContain('HARB,data-quality,HARB-99,unknown-status,A status in the history no longer exists; resolution was used instead.');
    expect(lines.at(-1)).toBe('');
  });

  it('quotes commas and quotes so the file parses back to the same values', () => {
    const report = makeReport();
    report.signals[0].title = 'Work "keeps" arriving, mid-sprint';
    const text = formatReport(report, 'csv');
    expect(text).toContain('HARB,signal,unprotected-sprint,Title,"Work ""keeps"" arriving, mid-sprint"');
    const rows = readCsv(text);
    expect(rows.find((r) => r[2] === 'unprotected-sprint' && r[3] === 'Title')).toEqual(['HARB', 'signal', 'unprotected-sprint', 'Title', 'Work "keeps" arriving, mid-sprint']);
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  it('writes the portfolio as one row per project, missing figures as empty cells', () => {
    const text = formatPortfolio([makeReport(), makeKanbanReport()], 'csv', [{ projectKey: 'GONE', message: 'You may not browse this project.' }]);
    expect(text.split('\n')).toEqual([
      'project,name,score,traffic light,reliability trend,ready runway (sprints),top-10 overlap,interleaving,top signals,status,computed at',
      'HARB,Harbour Payments,55,Red,84.6% 58.3%,0.5,60%,0.43,Critical: Work keeps arriving mid-sprint; Warning: Sprints often end unfinished; Warning: Little ready work ahead,ok,2026-11-20T08:00:00.000Z',
      'FLOW,Flow Support,100,Green,no sprints,,,0.50,none,ok,2026-11-20T08:00:00.000Z',
      'GONE,,,,,,,,,not audited: You may not browse this project.,',
      '',
    ]);
  });

  it('names a partial report in the status column', () => {
    const report = makeReport();
    report.partial = { reason: 'sprints could not be read' };
    expect(formatPortfolio([report], 'csv')).toContain(',partial: sprints could not be read,');
  });

  it('keeps a spreadsheet from running Jira text as a formula, but leaves negative numbers alone', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseFormula('+1+1')).toBe("'+1+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-cmd')).toBe("'-cmd");
    expect(neutraliseFormula('-10')).toBe('-10');
    expect(neutraliseFormula('-2.5%')).toBe('-2.5%');
    const report = makeReport();
    report.signals[0].title = '=cmd|calc';
    expect(formatReport(report, 'csv')).toContain("HARB,signal,unprotected-sprint,Title,'=cmd|calc");
  });
});

import { formatPortfolio, formatReport } from '../../../src/report/format';
import { renderTable } from '../../../src/report/format/text';
import { left, right } from '../../../src/report/format/document';
import { makeKanbanReport, makeReport } from './fixture';

describe('terminal table format', () => {
  it('pads columns to the widest cell, numbers to the right', () => {
    const lines = renderTable([left('Name'), right('Points')], [
      ['Ana', '5'],
      ['Bartholomew', '13'],
    ]);
    expect(lines).toEqual(['Name         Points', '-----------  ------', 'Ana               5', 'Bartholomew      13']);
  });

  it('renders the sprint trend with aligned percentages', () => {
    const text = formatReport(makeReport(), 'table');
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Sprint ') && l.includes('Reliability'));
    expect(lines.slice(header, header + 4)).toEqual([
      'Sprint             Reliability  Completion  Scope churn  Carry-over',
      '-----------------  -----------  ----------  -----------  ----------',
      'Harbour Sprint 41        84.6%       84.6%          25%         40%',
      'Harbour Sprint 42        58.3%       66.7%          50%         20%',
    ]);
  });

  it('shows the score, the points lost, and every signal with its question', () => {
    const text = formatReport(makeReport(), 'table');
    expect(text).toContain('Health score : 55 of 100 (Red)');
    expect(text).toContain('Work keeps arriving mid-sprint  Sprints  Critical     -25');
    expect(text).toContain('Critical: Work keeps arriving mid-sprint');
    expect(text).toContain('  A question for the team: How might new requests reach the Product Owner for a later sprint instead?');
    expect(text).toContain('  Evidence: issues HARB-110, HARB-125; sprints Harbour Sprint 41, Harbour Sprint 42; people Kit Moreau; dates 2026-10-15');
    expect(text).toContain('HARB-132        Upgrade the payment SDK                          –  technical   no estimate, no description');
    expect(text).toContain('Backlog in rank order (first 24): FfttFFTFFfFTFFfFFTFFFfTF');
    expect(text).toContain('someone unknown                         1');
  });

  it('replaces control characters from Jira data so they cannot drive the terminal', () => {
    const report = makeReport();
    report.backlog!.nearTerm[0].summary = 'Bad\u001b[31m red\nnext line';
    const text = formatReport(report, 'table');
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Bad [31m red next line');
  });

  it('says plainly when a section has nothing to show', () => {
    const report = makeKanbanReport();
    const text = formatReport(report, 'table');
    expect(text).toContain('No signals: nothing in the data calls for a conversation right now.');
    expect(text).toContain('No points lost');
    expect(text).toContain('This board has no sprints, so sprint figures cannot be shown.');
    expect(text).not.toContain('\nSprints\n-------');
  });

  it('names the acting backlog owner, and does not ask after a Product Owner nobody named', () => {
    const named = formatReport(makeReport(), 'table');
    expect(named).toContain('Last backlog activity by the Product Owner : 2026-11-19 15:42 UTC');
    const report = makeReport();
    report.roles = { ...report.roles!, productOwners: [], actingBacklogOwner: 'acc-ana', lastPoBacklogActivity: null };
    const text = formatReport(report, 'table');
    expect(text).toContain('Acting backlog owner                       : Ana Ortiz');
    expect(text).toContain('Last backlog activity by the Product Owner : no Product Owner is named yet');
  });

  it('marks a partial report at the top', () => {
    const report = makeReport();
    report.partial = { reason: 'the changelog of 3 issues could not be read' };
    expect(formatReport(report, 'table')).toContain('This report is partial: the changelog of 3 issues could not be read');
  });

  it('renders the portfolio as one aligned line per project, and the projects it could not audit', () => {
    const text = formatPortfolio([makeReport(), makeKanbanReport()], 'table', [{ projectKey: 'GONE', message: 'You may not browse this project.' }]);
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Project  Name'));
    expect(lines[header]).toBe('Project  Name              Score  Light  Reliability trend  Ready runway  Top-10 overlap  Interleaving  Top signals');
    expect(lines[header + 2]).toBe(
      'HARB     Harbour Payments     55  Red    84.6% 58.3%         0.5 sprints             60%          0.43  Critical: Work keeps arriving mid-sprint; Warning: Sprints often end unfinished; Warning: Little ready work ahead',
    );
    expect(lines[header + 3]).toBe('FLOW     Flow Support        100  Green  no sprints                    –               –          0.50  none');
    expect(text).toContain('GONE     You may not browse this project.');
    expect(lines[0]).toBe('Backlog health across 3 projects');
  });
});

describe('points lost without a matching signal', () => {
  it('falls back to the signal id', () => {
    const report = makeReport();
    report.score.deductions.push({ signalId: 'done-reopened', area: 'sprints', severity: 'warning', points: 10 });
    expect(formatReport(report, 'table')).toMatch(/^done-reopened +Sprints +Warning +-10$/m);
  });
});

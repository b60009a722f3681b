import { formatPortfolio, formatReport } from '../../../src/report/format';
import { renderTable } from '../../../src/report/format/text';
import { left, right } from '../../../src/report/format/document';
import { settingsWindows } from '../../../src/vocabulary';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { makeKanbanReport, makeReport } from './fixture';

describe('terminal table format', () => {
  it('pads columns to the widest cell, numbers to the right', () => {
    const lines = renderTable([left('Name'), right('Points')], [
      ['Ana', '5'],
      ['Bartholomew', '13'],
    ]);
    expect(lines).toEqual(['Name         Points', '-----------  ------', 'Ana               5', 'Bartholomew      13']);
  });

  it('renders the sprint trend under its window, with aligned whole percentages', () => {
    const text = formatReport(makeReport(), 'table');
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Sprint ') && l.includes('Commitment reliability'));
    // 11/13 = 84.6% and 7/12 = 58.3% read as whole percentages, as on the page.
    expect(lines.slice(header - 2, header + 4)).toEqual([
      'The last 2 closed sprints:',
      '',
      'Sprint             Commitment reliability  Completion rate  Scope churn  Carry-over',
      '-----------------  ----------------------  ---------------  -----------  ----------',
      'Harbour Sprint 41                     85%              85%          25%         40%',
      'Harbour Sprint 42                     58%              67%          50%         20%',
    ]);
  });

  it('shows the score, the points lost, and every signal with its question', () => {
    const text = formatReport(makeReport(), 'table');
    expect(text).toContain('Health score                   : 55\nHealth                         : At risk\nHow the score is worked out    : 100 − 1 × 25 − 2 × 10 = 55\n');
    expect(text).toContain('Signal                          Area     Severity  Points lost\n');
    expect(text).toContain('Work keeps arriving mid-sprint  Sprints  Critical           25');
    expect(text).toContain('Critical: Work keeps arriving mid-sprint');
    expect(text).toContain('  A question for the team: How might new requests reach the Product Owner for a later sprint instead?');
    expect(text).toContain(
      '  Items: HARB-110, HARB-125\n  Sprints: Harbour Sprint 41, Harbour Sprint 42\n  People: Kit Moreau\n  Dates: 15 Oct 2026\n',
    );
    expect(text).toContain('HARB-132        Upgrade the payment SDK                       none  technical   no estimate, no description');
    expect(text).toContain('Backlog in rank order (first 24): FfttFFTFFfFTFFfFFTFFFfTF');
    expect(text).toContain('Someone unknown (automation or a removed user)        1');
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
    expect(named).toContain('Last backlog activity by the Product Owner : 19 Nov 2026');
    const report = makeReport();
    report.roles = { ...report.roles!, productOwners: [], actingBacklogOwner: 'acc-ana', lastPoBacklogActivity: null };
    const text = formatReport(report, 'table');
    expect(text).toContain('Acting backlog owner                       : Ana Ortiz');
    expect(text).toContain('Last backlog activity by the Product Owner : no Product Owner is named yet');
  });

  it('names the windows the settings set, and leaves them unnamed without the settings', () => {
    // The defaults: rankers and role tables over 90 days, stale after 180 days.
    const named = formatReport(makeReport(), 'table', settingsWindows(DEFAULT_SETTINGS));
    expect(named).toContain('People re-ranking (last 90 days)               : 2');
    expect(named).toContain('Stale items (untouched 180 days or more)                  : 1 item');
    expect(named).toContain('Ranked the backlog in the last 90 days  Rank changes');
    expect(named).toContain('Changed assignees on sprint work in the last 90 days  Changes');
    expect(named).toContain('Changed sprint scope after the start, over the last 2 closed sprints  Added  Removed');
    const unnamed = formatReport(makeReport(), 'table');
    expect(unnamed).toContain('People re-ranking                             : 2');
    expect(unnamed).toContain('Ranked the backlog recently  Rank changes');
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
    expect(lines[header]).toBe(
      'Project  Name              Health score  Health   How the score is worked out  Health score, last refreshes  Reliability, last closed sprints  Ready runway  Top 10 kept from a week ago  Technical interleaving  Throughput (last 12 full weeks)  Near-term items done by (85% likely)  Most severe signals',
    );
    expect(lines[header + 2]).toBe(
      'HARB     Harbour Payments            55  At risk  100 − 1 × 25 − 2 × 10 = 55   65 55                         85% 58%                            0.5 sprints                          60%                     43%                 3.7 items a week                           22 Dec 2026  Critical: Work keeps arriving mid-sprint; Warning: Sprints often end unfinished; Warning: Little ready work ahead',
    );
    expect(lines[header + 3]).toBe(
      'FLOW     Flow Support               100  Healthy  100: no points lost          100                           no closed sprints                            –                            –                     50%                 2.5 items a week                                     –  none',
    );
    // The long texts each in a table of their own, where they are the last column and never cut.
    expect(text).toContain(
      'HARB     2 raised (Sprints without a goal, Little ready work ahead); 1 cleared (Backlog order not moving); 6 figures moved (Health score, Near-term items ready, Ready runway, Top 10 kept from a week ago, Backlog size, Commitment reliability, last closed sprint)\nFLOW     nothing to compare with yet (first refresh)\n',
    );
    expect(text).toContain('Projects with their own settings:\n\nProject  Own settings\n');
    expect(text).toContain('HARB     thresholds of Sprints ending with planned work unfinished, Top of the backlog changing often\n\n');
    expect(text).toContain('GONE     You may not browse this project.');
    expect(lines[0]).toBe('Backlog health across 3 projects');
  });
});

describe('points lost without a matching signal', () => {
  it('falls back to the signal id', () => {
    const report = makeReport();
    report.score.deductions.push({ signalId: 'done-reopened', area: 'sprints', severity: 'warning', points: 10 });
    expect(formatReport(report, 'table')).toMatch(/^done-reopened +Sprints +Warning +10$/m);
  });
});

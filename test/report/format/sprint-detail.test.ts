/** The sprint in detail in the CLI's formats and the one-project CSV, on HARB (fixture.ts, sprint-detail-fixture.ts). */
import { formatReport } from '../../../src/report/format';
import { sprintIssuesCsv } from '../../../src/report/format/sprint-detail';
import { readCsv } from './csv-reader';
import { makeReport } from './fixture';

describe('the sprint in detail, in Markdown', () => {
  const md = formatReport(makeReport(), 'markdown');

  it('shows velocity with reliability, churn and where each sprint’s figures come from', () => {
    expect(md).toContain(
      '| Sprint | Committed | Completed | Commitment reliability | Scope churn | Figures |\n| --- | ---: | ---: | ---: | ---: | --- |\n' +
        '| Harbour Sprint 41 | 13 points | 11 points | 85% | 25% | Replayed from Jira’s history |\n| Harbour Sprint 42 | 12 points | 8 points | 58% | 50% | Recorded by the app |',
    );
    expect(md).toContain('Completed on average: 9.5 points a sprint.');
  });

  it('shows the running sprint: its figures, how they were made, the items at risk and each issue', () => {
    expect(md).toContain('### Running now: Harbour Sprint 43\n\n- **Committed:** 3 items (10 points)\n');
    expect(md).toContain('- **Done so far:** 1 item (5 points)\n- **Not done yet:** 2 items (5 points)\n- **Time gone:** 50%\n- **Time left:** 4 working days left');
    expect(md).toContain('| [HARB-110](https://harbour.atlassian.net/browse/HARB-110) | Retry failed payouts \\| nightly | carried over before (Harbour Sprint 41 and Harbour Sprint 42) |');
    expect(md).toContain('| [HARB-130](https://harbour.atlassian.net/browse/HARB-130) | Show refund status on the receipt page | Story | Committed | Done so far | Done | 5 | 5 |  |  |');
  });

  it('shows the last sprint’s record, its differences from the replay, its issues and what bends its figures', () => {
    expect(md).toContain('### Sprint report: Harbour Sprint 42\n\n- **How these figures were made:** Recorded by the app as it happened: read 1 minute after the start and at the close.');
    expect(md).toContain('| [HARB-121](https://harbour.atlassian.net/browse/HARB-121) | Added 30 seconds after the start, before the app recorded the sprint: the app’s record counts it as committed and removed, the replay of Jira’s history as added and removed. |');
    expect(md).toContain('| 28 Oct 2026, 10:00 UTC | Planned end | 6 Nov 2026 | 9 Nov 2026 | Sam Lee |');
    expect(md).toContain('| [HARB-121](https://harbour.atlassian.net/browse/HARB-121) | Refund to a wallet | Story | Committed | Removed | To Do | 3 | 3 | removed 2 Nov 2026, 15:00 UTC by Ana Ortiz |  |');
    expect(md).toContain('### What bends the figures: Estimates changed after the start\n\n- **Items:** [HARB-120](https://harbour.atlassian.net/browse/HARB-120)\n- **What it does:** Completed items weigh their estimate at the close.');
    // The recent sprints' table says where each one's figures come from.
    expect(md).toMatch(/\| Harbour Sprint 42 \| 10 Nov 2026 \|.*\| Recorded by the app \|/);
  });
});

describe('the sprint in detail, in the one-project CSV', () => {
  const rows = readCsv(formatReport(makeReport(), 'csv'));
  const line = (...cells: string[]) => ['HARB', ...cells];

  it('has a line per figure of velocity, of the running sprint and of each issue', () => {
    expect(rows).toContainEqual(line('Velocity', 'Harbour Sprint 42', 'Committed', '12 points'));
    expect(rows).toContainEqual(line('Velocity', 'Harbour Sprint 42', 'Figures', 'Recorded by the app'));
    expect(rows).toContainEqual(line('Running sprint', 'Harbour Sprint 43', 'Time left', '4 working days left'));
    expect(rows).toContainEqual(line('At risk', 'HARB-110', 'Harbour Sprint 43', 'carried over before (Harbour Sprint 41 and Harbour Sprint 42)'));
    expect(rows).toContainEqual(line('Each issue of Harbour Sprint 42', 'HARB-125', 'Added or removed', 'added 29 Oct 2026, 09:30 UTC by Kit Moreau'));
    expect(rows).toContainEqual(line('Sprint figures from', 'Harbour Sprint 42', 'Recorded by the app', 'Recorded by the app as it happened: read 1 minute after the start and at the close.'));
    expect(rows).toContainEqual(line('Record and replay differ', 'HARB-121', 'Harbour Sprint 42', expect.stringContaining('Added 30 seconds after the start') as unknown as string));
    expect(rows).toContainEqual(line('What bends the figures', 'Harbour Sprint 42', 'Estimates changed after the start: items', 'HARB-120'));
  });
});

describe('the per-issue report’s CSV export', () => {
  it('writes a row per issue with the page’s columns, by the one CSV writer', () => {
    const report = makeReport();
    const sprint = report.sprints!.closed[1];
    const rows = readCsv(sprintIssuesCsv(sprint.issues!, report.people, false));
    expect(rows[0]).toEqual(['Issue', 'Summary', 'Type', 'Came in', 'Left as', 'Status at the close', 'Estimate when it came in', 'Estimate at the close', 'Added or removed', 'Finished outside the sprint']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['HARB-103', 'HARB-110', 'HARB-120', 'HARB-121', 'HARB-125']);
    expect(rows[4]).toEqual(['HARB-121', 'Refund to a wallet', 'Story', 'Committed', 'Removed', 'To Do', '3', '3', 'removed 2 Nov 2026, 15:00 UTC by Ana Ortiz', '']);
  });
});

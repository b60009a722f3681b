import { formatPortfolio, formatReport } from '../../../src/report/format';
import { escapeMarkdown } from '../../../src/report/format/markdown';
import { makeKanbanReport, makeReport } from './fixture';

describe('Markdown format', () => {
  it('renders headings, facts and right-aligned table rows', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md.startsWith('# Backlog health: Harbour Payments (HARB)\n')).toBe(true);
    expect(md).toContain('- **Health score:** 55 of 100 (Red)');
    expect(md).toContain('| Sprint | Reliability | Completion | Scope churn | Carry-over |\n| --- | ---: | ---: | ---: | ---: |\n| Harbour Sprint 41 | 84.6% | 84.6% | 25% | 40% |\n| Harbour Sprint 42 | 58.3% | 66.7% | 50% | 20% |');
    expect(md).toContain('| Work keeps arriving mid-sprint | Sprints | Critical | -25 |');
    expect(md).toContain('### Critical: Work keeps arriving mid-sprint');
    expect(md).toContain('- **A question for the team:** What got in the way of finishing what we planned?');
  });

  it('escapes pipes, HTML and line breaks from Jira text so a table row stays one row', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md).toContain('| HARB-110 | Retry failed payouts \\| nightly | 2 | Harbour Sprint 41, Harbour Sprint 42 | no |');
    expect(md).toContain('| HARB-131 | Escape &lt;script&gt; tags in comment previews | 3 | functional | no acceptance criteria |');
    expect(md).not.toContain('<script>');
    expect(escapeMarkdown('a\nb | *c* [d](e) `f`')).toBe('a b \\| \\*c\\* \\[d\\](e) \\`f\\`');
  });

  it('shows the goal each sprint started with, a goal changed after the start, and one first seen after the start', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md).toContain('| Refunds within a day; changed after the start (now: Refunds reach the customer within a day) |');
    expect(md).toContain('| none set (first seen after the start, 2026-10-27) |');
    expect(md).toContain('goal at the start: Card payouts in two currencies');
  });

  it('names every role a signal concerns', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md).toContain('- **For:** Scrum Master and Product Owner (sprints, signal missing-sprint-goal)');
    expect(md).toContain('- **For:** Product Owner (backlog, signal thin-ready-runway)');
  });

  it('puts the portfolio table first, then each project in full', () => {
    const md = formatPortfolio([makeReport(), makeKanbanReport()], 'markdown');
    expect(md.startsWith('# Backlog health across 2 projects')).toBe(true);
    expect(md).toContain('| HARB | Harbour Payments | 55 | Red | 84.6% 58.3% | 0.5 sprints | 60% | 0.43 | Critical: Work keeps arriving mid-sprint; Warning: Sprints often end unfinished; Warning: Little ready work ahead |');
    expect(md).toContain('| FLOW | Flow Support | 100 | Green | no sprints | – | – | 0.50 | none |');
    expect(md.indexOf('# Backlog health: Harbour Payments (HARB)')).toBeGreaterThan(md.indexOf('| FLOW |'));
    expect(md).toContain('# Backlog health: Flow Support (FLOW)');
  });
});

import { formatPortfolio, formatReport } from '../../../src/report/format';
import { escapeMarkdown } from '../../../src/report/format/markdown';
import { makeKanbanReport, makeReport } from './fixture';

describe('Markdown format', () => {
  it('renders headings, facts and right-aligned table rows', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md.startsWith('# Backlog health: Harbour Payments (HARB)\n')).toBe(true);
    expect(md).toContain('- **Health score:** 55\n- **Health:** At risk\n');
    expect(md).toContain(
      '### The last 2 closed sprints\n\n| Sprint | Commitment reliability | Completion rate | Scope churn | Carry-over |\n| --- | ---: | ---: | ---: | ---: |\n| Harbour Sprint 41 | 85% | 85% | 25% | 40% |\n| Harbour Sprint 42 | 58% | 67% | 50% | 20% |',
    );
    expect(md).toContain('| Work keeps arriving mid-sprint | Sprints | Critical | 25 |');
    expect(md).toContain('### Critical: Work keeps arriving mid-sprint');
    expect(md).toContain('- **A question for the team:** What got in the way of finishing what we planned?');
  });

  it('escapes pipes, HTML and line breaks from Jira text so a table row stays one row', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md).toContain('| [HARB-110](https://harbour.atlassian.net/browse/HARB-110) | Retry failed payouts \\| nightly | 2 | Harbour Sprint 41, Harbour Sprint 42 | no |');
    expect(md).toContain('| [HARB-131](https://harbour.atlassian.net/browse/HARB-131) | Escape &lt;script&gt; tags in comment previews | 3 points | functional | no acceptance criteria |');
    expect(md).not.toContain('<script>');
    expect(escapeMarkdown('a\nb | *c* [d](e) `f`')).toBe('a b \\| \\*c\\* \\[d\\](e) \\`f\\`');
  });

  it('shows the goal each sprint started with, a goal changed after the start, and one first seen after the start', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md).toContain('| Refunds within a day; changed after the start (now: Refunds reach the customer within a day) |');
    expect(md).toContain('| none set (first seen after the start, 27 Oct 2026) |');
    expect(md).toContain('goal at the start: Card payouts in two currencies');
  });

  it('names every role a signal concerns', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md).toContain('- **For:** Scrum Master and Product Owner (sprints)');
    expect(md).toContain('- **For:** Product Owner (backlog)');
  });

  it('links each issue key to the issue on the site, and nothing else', () => {
    const md = formatReport(makeReport(), 'markdown');
    expect(md).toContain('- **Items:** [HARB-110](https://harbour.atlassian.net/browse/HARB-110), [HARB-125](https://harbour.atlassian.net/browse/HARB-125)\n');
    expect(md).toContain('- **The stale items:** [HARB-12](https://harbour.atlassian.net/browse/HARB-12)\n');
    const addresses = [...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(addresses.length).toBeGreaterThan(5);
    for (const address of addresses) expect(address).toMatch(/^https:\/\/harbour\.atlassian\.net\/browse\/HARB-\d+$/);
    // A key of an unexpected shape, or a site that is no host name, is shown without a link.
    const odd = makeReport();
    odd.site = 'evil.example/x?';
    expect(formatReport(odd, 'markdown')).not.toContain('](');
  });

  it('puts the portfolio table first, then each project in full', () => {
    const md = formatPortfolio([makeReport(), makeKanbanReport()], 'markdown');
    expect(md.startsWith('# Backlog health across 2 projects')).toBe(true);
    expect(md).toContain(
      '| HARB | Harbour Payments | 55 | At risk | 100 − 1 × 25 − 2 × 10 = 55 | 65 55 | 85% 58% | 0.5 sprints | 60% | 43% | 3.7 items a week | 22 Dec 2026 | Critical: Work keeps arriving mid-sprint; Warning: Sprints often end unfinished; Warning: Little ready work ahead |',
    );
    expect(md).toContain('| FLOW | Flow Support | 100 | Healthy | 100: no points lost | 100 | no closed sprints | – | – | 50% | 2.5 items a week | – | none |');
    expect(md).toContain('### Projects with their own settings\n\n| Project | Own settings |\n| --- | --- |\n| HARB | thresholds of Sprints ending with planned work unfinished, Top of the backlog changing often |\n\n');
    expect(md.indexOf('# Backlog health: Harbour Payments (HARB)')).toBeGreaterThan(md.indexOf('| FLOW |'));
    expect(md).toContain('# Backlog health: Flow Support (FLOW)');
  });
});

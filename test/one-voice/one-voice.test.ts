/**
 * One voice (docs/metrics.md, "How figures are shown"): the same report read through the project
 * page, the portfolio page, the CLI's table, CSV, Markdown and HTML, and the portfolio page's CSV
 * export. Each figure must read the same on every surface: the same name, the same value. The
 * expected values are worked out by hand from the fixture (test/report/format/fixture.ts).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { formatPortfolio, formatReport, portfolioLine } from '../../src/report/format';
import type { PortfolioRow } from '../../src/shared/api';
import { settingsWindows } from '../../src/vocabulary';
import { makeReport } from '../report/format/fixture';
import { readHtml, readMarkdown, readPortfolioCsv, readReportCsv, readTable, type Reading } from './read-surfaces';

// The pages talk to Jira through the bridge, which exists only inside Jira; rendering needs none of it.
jest.mock('@forge/bridge', () => ({ router: {}, view: {}, invoke: jest.fn() }));
import { BacklogTab } from '../../static/project-page/src/tabs/BacklogTab';
import { OverviewTab } from '../../static/project-page/src/tabs/OverviewTab';
import { SprintsTab } from '../../static/project-page/src/tabs/SprintsTab';
import { FlowTab } from '../../static/project-page/src/tabs/FlowTab';
import { PortfolioTable } from '../../static/portfolio/src/PortfolioTable';
import { rowsToCsv } from '../../static/shared/exportRows';

/** One project's figures, by the name every surface gives them. */
const PROJECT_FIGURES: Record<string, string> = {
  'Health score': '55',
  // 1 critical and 2 warnings (the info signal costs nothing).
  'How the score is worked out': '100 − 1 × 25 − 2 × 10 = 55',
  // All 17 signals apply; absent-po could not be checked.
  'Signals checked': '16 of the 17 signals that apply',
  'Thresholds set by this project':
    'Sprints ending with planned work unfinished: Commitment reliability counts as low below is 60%, not 70% as by default; ' +
    'Top of the backlog changing often: Share of the top 10 kept from a week ago, below which the signal shows is 40%, not 50% as by default',
  // Since the report of 13 Nov: two signals new, one gone, six figures moved (interleaving reads 43% both times).
  'Signals raised': 'Sprints without a goal: Info (new); Little ready work ahead: Warning (new)',
  'Signals cleared': 'Backlog order not moving: no longer raised (was Info)',
  'Health score · Before': '65',
  'Near-term items ready · Before': '50%',
  'Near-term items ready · Now': '25%',
  'Ready runway · Before': '1.2 sprints',
  'Backlog size · Now': '24 items',
  'Commitment reliability, last closed sprint · Now': '58%',
  '13 Nov 2026, 08:00 UTC · Health': 'Needs attention',
  '20 Nov 2026, 08:00 UTC · Points lost': '45',
  // 2 newcomers in today's top 10; 3 of last week's top 10 left the backlog.
  'New in the top 10 since a week ago': '2 items',
  "Left the backlog from last week's top 10": '3 items',
  'Ready means': 'an estimate, a description, acceptance criteria, not blocked by another item, not flagged and within the size limit',
  'Backlog score': '90',
  'Sprints score': '65',
  'Roles score': '100',
  'Backlog size': '24 items',
  // Median of 11 and 8 completed points.
  'Capacity per sprint (median of the last 2 closed sprints)': '9.5 points',
  // 1 ready of 4 near-term items.
  'Near-term items ready': '25%',
  // 5 ready points / 9.5 = 0.53 sprints; 70 points / 9.5 = 7.37 sprints.
  'Ready runway': '0.5 sprints',
  'Backlog depth': '7.4 sprints',
  // The default settings: stale after 180 days; rankers counted over 90 days.
  'Stale items (untouched 180 days or more)': '1 item',
  // 1 of 8 distant items: 12.5%, rounded half up.
  'Distant items already detailed': '13% of 8 items',
  'Top 10 kept from a week ago': '60%',
  'Top 20 similarity to 7 days ago': '81%',
  'Top 20 similarity to 28 days ago': '56%',
  // 13 rank changes over 4 weeks.
  'Re-ranks per week near the top (last 28 days)': '3.3',
  'People re-ranking (last 90 days)': '2',
  // 14 of 16 rank changes.
  'Share of the most active ranker (last 90 days)': '88%',
  'Last re-rank': '19 Nov 2026',
  'Technical interleaving': '43%',
  // Sprint 41: 11 of 13 committed points, 11/13 completed, 1 added of 4, 2 of 5 left; sprint 42: 7/12, 8/12, 2 of 4, 1 of 5.
  'Harbour Sprint 41 · Commitment reliability': '85%',
  'Harbour Sprint 41 · Completion rate': '85%',
  'Harbour Sprint 41 · Scope churn': '25%',
  'Harbour Sprint 41 · Carry-over': '40%',
  'Harbour Sprint 42 · Commitment reliability': '58%',
  'Harbour Sprint 42 · Completion rate': '67%',
  'Harbour Sprint 42 · Scope churn': '50%',
  'Harbour Sprint 42 · Carry-over': '20%',
  // Flow (test/report/format/flow-fixture.ts): 44 items over 12 weeks; cycle times 2, 3, 3, 4, 5, 6, 8, 12 days.
  'Flow score': '100',
  'Throughput (last 12 full weeks)': '3.7 items a week',
  'Cycle times measured (last 90 days)': '8 items',
  'Cycle time, 50% of items within (last 90 days)': '4 days',
  'Cycle time, 85% of items within (last 90 days)': '8 days',
  'Cycle time, 95% of items within (last 90 days)': '12 days',
  'Work in progress now': '3 items',
  // The forecasts: one sprint of 14 days after the running sprint ends on 24 Nov at 17:00 UTC is 8 Dec.
  'Forecast drawn from': 'the last 4 closed sprints, in 10,000 trials',
  'Ready runway (1 item) · 50% likely': '8 Dec 2026',
  'Near-term items (4 items) · 85% likely': '22 Dec 2026',
  'Near-term items (4 items) · 95% likely': '5 Jan 2027',
  '22 Dec 2026 (after 2 sprints) · 50% likely': 'at least 6 items',
  '22 Dec 2026 (after 2 sprints) · 85% likely': 'at least 5 items',
  '19 Jan 2027 (after 4 sprints) · 95% likely': 'at least 8 items',
  'Chance to finish the open items of Harbour Sprint 43 by its planned end': '62%',
  'Open in Harbour Sprint 43': '4 items (3 committed at the start), 5 days left until 24 Nov 2026',
};

/** The project on every portfolio surface, by column. */
const PORTFOLIO_FIGURES: Record<string, string> = {
  'Health score': '55',
  Health: 'At risk',
  'How the score is worked out': '100 − 1 × 25 − 2 × 10 = 55',
  'Health score, last refreshes': '65 55',
  'Since the last refresh':
    '2 raised (Sprints without a goal, Little ready work ahead); 1 cleared (Backlog order not moving); 6 figures moved (Health score, Near-term items ready, ' +
    'Ready runway, Top 10 kept from a week ago, Backlog size, Commitment reliability, last closed sprint)',
  'Own settings': 'thresholds of Sprints ending with planned work unfinished, Top of the backlog changing often',
  'Reliability, last closed sprints': '85% 58%',
  'Ready runway': '0.5 sprints',
  'Top 10 kept from a week ago': '60%',
  'Technical interleaving': '43%',
  'Throughput (last 12 full weeks)': '3.7 items a week',
  'Near-term items done by (85% likely)': '22 Dec 2026',
  'Most severe signals': 'Critical: Work keeps arriving mid-sprint; Warning: Sprints often end unfinished; Warning: Little ready work ahead',
};

const windows = settingsWindows(DEFAULT_SETTINGS);

/** The Backlog tab's long key lists as served whole (no further page to ask for). */
function wholeKeyLists(report: ReturnType<typeof makeReport>) {
  const whole = (keys: string[] | undefined) => ({ total: keys?.length ?? 0, next: null });
  const lists = { stale: whole(report.backlog?.stale.keys), overSpecified: whole(report.backlog?.overSpecification.detailedKeys) };
  return { boardId: undefined, computedAt: report.computedAt, lists };
}
const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

function projectSurfaces(): Record<string, Reading> {
  const report = makeReport();
  // The pages log Atlaskit's feature-gate notice when rendered outside Jira.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const page = [
      render(createElement(OverviewTab, { report })),
      render(createElement(BacklogTab, { report, settings: DEFAULT_SETTINGS, keyLists: wholeKeyLists(report) })),
      render(createElement(SprintsTab, { report })),
      render(createElement(FlowTab, { report })),
    ].join('\n');
    return {
      'project page': readHtml(page),
      'CLI table': readTable(formatReport(report, 'table', windows)),
      'CLI CSV': readReportCsv(formatReport(report, 'csv', windows)),
      'CLI Markdown': readMarkdown(formatReport(report, 'markdown', windows)),
      'CLI HTML': readHtml(formatReport(report, 'html', windows)),
    };
  } finally {
    warn.mockRestore();
  }
}

/** The row the portfolio resolver serves for the fixture: its summary, plus how it is refreshed. */
function portfolioRow(): PortfolioRow {
  const { partial: _partial, ...summary } = portfolioLine(makeReport());
  return { ...summary, signalCount: summary.topSignals.length, refreshedNightly: true, refresh: { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null } };
}

function portfolioSurfaces(): Record<string, Reading> {
  const report = makeReport();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const page = render(createElement(PortfolioTable, { rows: [portfolioRow()], sortKey: 'score', ascending: true, onSort: () => undefined }));
    return {
      'portfolio page': readPortfolioPage(page),
      'CLI table': readTable(formatPortfolio([report], 'table')),
      'CLI CSV': readPortfolioCsv(formatPortfolio([report], 'csv')),
      'CLI Markdown': readMarkdown(formatPortfolio([report], 'markdown')),
      'CLI HTML': readHtml(formatPortfolio([report], 'html')),
      "portfolio page's CSV export": readPortfolioCsv(rowsToCsv([portfolioRow()])),
    };
  } finally {
    warn.mockRestore();
  }
}

/**
 * The portfolio page shows some figures beside a drawing or as lozenges: read as a person does,
 * the trend under its sparkline, the health word on its lozenge, each signal as its severity and title.
 */
function readPortfolioPage(html: string): Reading {
  const table = readHtml(html);
  const reading: Reading = new Map([...table].map(([key, value]) => [key.replace(/^.* · /, ''), value]));
  const text = (pattern: RegExp) => (pattern.exec(html)?.[1] ?? '').replace(/<!--.*?-->/g, '');
  reading.set('Health score', text(/data-testid="portfolio-score"><div>(.*?)<\/div>/));
  reading.set('Health', text(/data-testid="portfolio-score">.*?<span[^>]*>(?:<span[^>]*>)*([^<]+)</));
  reading.set('Reliability, last closed sprints', text(/data-testid="reliability-trend">(.*?)<\/div>/));
  reading.set('How the score is worked out', text(/data-testid="score-arithmetic">(.*?)<\/div>/));
  reading.set('Health score, last refreshes', text(/data-testid="score-trend">(.*?)<\/span>/));
  reading.set('Since the last refresh', text(/data-testid="since-last-refresh">(.*?)<\/span>/));
  reading.set('Own settings', text(/data-testid="own-settings">(.*?)<\/span>/));
  const signals = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => {
    const [severity, title] = [/>([A-Z][a-z]+)</.exec(m[1])?.[1], m[1].replace(/<!--.*?-->/g, '').replace(/^.*<\/span> */, '')];
    return `${severity}: ${title}`;
  });
  reading.set('Most severe signals', signals.join('; '));
  return reading;
}

describe('one voice: each figure reads the same on every surface', () => {
  const project = projectSurfaces();
  const portfolio = portfolioSurfaces();

  it.each(Object.keys(project))('the %s shows every figure of the project by its one name, formatted the one way', (surface) => {
    const shown = Object.fromEntries(Object.keys(PROJECT_FIGURES).map((name) => [name, project[surface].get(name)]));
    expect(shown).toEqual(PROJECT_FIGURES);
  });

  it.each(Object.keys(portfolio))('the %s shows the project as every portfolio surface does', (surface) => {
    const shown = Object.fromEntries(Object.keys(PORTFOLIO_FIGURES).map((name) => [name, portfolio[surface].get(name) ?? portfolio[surface].get(`HARB · ${name}`)]));
    expect(shown).toEqual(PORTFOLIO_FIGURES);
  });

  it('says the health the page\'s way on every project surface', () => {
    const readings = Object.entries(project).map(([surface, reading]) => [surface, reading.get('Health') ?? null]);
    // The project page shows it on the lozenge of the score card, read below.
    expect(readings.filter(([surface]) => surface !== 'project page')).toEqual(Object.keys(project).filter((s) => s !== 'project page').map((s) => [s, 'At risk']));
    const page = render(createElement(OverviewTab, { report: makeReport() }));
    expect(/data-testid="score-total">(.*?)<\/div><\/div>/s.exec(page)?.[0]).toContain('>At risk<');
  });
});

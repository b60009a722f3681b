/** The backlog part of one project's report: readiness, ordering stability, technical work, depth. */
import type { Report } from '../../domain/report';
import { FIGURE, INTERLEAVING_MEANING, NO_SPRINT_FIGURES, WEEK_LIST, failedChecksInWords, inLastDays, personName, points, readyChecksInWords, type SettingsWindows } from '../../vocabulary';
import type { Block, Section } from './document';
import { left, right } from './document';
import { backlogFigures, orderingFigures, technicalFigures, type Figure } from './figures';
import { issueRun, issueRuns } from './links';

const facts = (figures: Figure[]) => ({ kind: 'facts' as const, facts: figures.map((f) => ({ label: f.name, value: f.value })) });

export function backlogSection(report: Report, windows: SettingsWindows): Section | null {
  const backlog = report.backlog;
  if (!backlog) return null;
  const { ordering, technical } = backlog;

  const runsSprints = report.capabilities.runsSprints;
  const week = ordering.weekAgo;
  const blocks: Block[] = [
    ...(runsSprints ? [] : [{ kind: 'text' as const, tone: 'muted' as const, text: NO_SPRINT_FIGURES }]),
    {
      kind: 'facts',
      facts: [
        ...facts(backlogFigures(backlog, windows, runsSprints)).facts,
        { label: FIGURE.definitionOfReady, value: readyChecksInWords(backlog.checksInForce) },
        { label: 'The stale items', value: issueRuns(report.site, backlog.stale.keys) },
      ],
    },
    {
      kind: 'table',
      columns: [left('Near-term item'), left('Summary'), right('Estimate'), left('Kind'), left('Not ready because')],
      rows: backlog.nearTerm.map((item) => [
        issueRun(report.site, item.key),
        item.summary,
        item.estimate === null ? 'none' : points(item.estimate),
        item.technical ? 'technical' : 'functional',
        failedChecksInWords(item.failedChecks),
      ]),
      empty: 'No items in the near-term horizon.',
    },
    { kind: 'heading', text: 'Ordering stability' },
    facts(orderingFigures(ordering, windows)),
    ...(week
      ? [
          {
            kind: 'facts' as const,
            facts: [
              { label: WEEK_LIST.kept, value: issueRuns(report.site, week.keptKeys) },
              { label: WEEK_LIST.fell, value: issueRuns(report.site, week.fellKeys) },
              { label: WEEK_LIST.newcomers, value: issueRuns(report.site, week.newcomerKeys) },
              { label: WEEK_LIST.left, value: issueRuns(report.site, week.leftKeys) },
            ],
          },
        ]
      : []),
    {
      kind: 'table',
      columns: [left(`Re-ranked the backlog ${inLastDays(windows.rankerDays)}`), right('Rank changes')],
      rows: ordering.rankers.map((r) => [personName(report.people, r.accountId), String(r.changes)]),
      empty: `Nobody re-ranked the backlog ${inLastDays(windows.rankerDays)}.`,
    },
    { kind: 'heading', text: 'Technical work' },
    facts(technicalFigures(technical)),
    { kind: 'text', tone: 'muted', text: INTERLEAVING_MEANING },
    { kind: 'text', text: `Backlog in rank order (first ${backlog.strip.length}): ${stripLine(backlog.strip)}` },
    { kind: 'text', tone: 'muted', text: 'Key: T technical, F functional; lower case = not ready.' },
  ];
  return { title: 'Backlog', id: 'backlog', blocks };
}

/** One letter per backlog item, top first: T/F for technical/functional, lower case when not ready. */
function stripLine(strip: { technical: boolean; ready: boolean }[]): string {
  if (strip.length === 0) return 'empty';
  return strip.map((item) => (item.technical ? 'T' : 'F')[item.ready ? 'toUpperCase' : 'toLowerCase']()).join('');
}

/** The backlog part of one project's report: readiness, ordering stability, technical work, depth. */
import type { Report } from '../../domain/report';
import type { Block, Section } from './document';
import { left, right } from './document';
import { FAILED_CHECK_WORD } from './labels';
import { count, dateTime, decimal, percent, personName, points, probability, sprints } from './numbers';

export function backlogSection(report: Report): Section | null {
  const backlog = report.backlog;
  if (!backlog) return null;
  const { ordering, technical } = backlog;
  const capacityUnit = backlog.capacity.unit === 'points' ? 'points' : 'issues';

  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        { label: 'Backlog size', value: count(backlog.size, 'item') },
        {
          label: 'Capacity',
          value: backlog.capacity.value === null ? 'unknown (no closed sprints to learn from)' : `${decimal(backlog.capacity.value)} ${capacityUnit} per sprint`,
        },
        { label: 'Readiness of near-term items', value: percent(backlog.readiness) },
        { label: 'Ready runway', value: sprints(backlog.readyRunwaySprints) },
        { label: 'Backlog depth', value: sprints(backlog.depthSprints) },
        { label: 'Stale items', value: backlog.stale.count ? `${backlog.stale.count}: ${backlog.stale.keys.join(', ')}` : '0' },
        {
          label: 'Detail on distant items',
          value: `${percent(backlog.overSpecification.share)} of ${count(backlog.overSpecification.distantCount, 'distant item')}`,
        },
      ],
    },
    {
      kind: 'table',
      columns: [left('Near-term item'), left('Summary'), right('Estimate'), left('Kind'), left('Not ready because')],
      rows: backlog.nearTerm.map((item) => [
        item.key,
        item.summary,
        points(item.estimate),
        item.technical ? 'technical' : 'functional',
        item.failedChecks.length ? item.failedChecks.map((c) => FAILED_CHECK_WORD[c]).join(', ') : 'ready',
      ]),
      empty: 'No items in the near-term horizon.',
    },
    { kind: 'heading', text: 'Ordering stability' },
    {
      kind: 'facts',
      facts: [
        { label: 'Top-10 overlap with a week ago', value: percent(ordering.top10Overlap) },
        { label: 'Top-20 similarity to 7 days ago (RBO)', value: probability(ordering.rbo7) },
        { label: 'Top-20 similarity to 28 days ago (RBO)', value: probability(ordering.rbo28) },
        { label: 'Rank changes per week on near-term items', value: decimal(ordering.rankChangesPerWeekNearTerm) },
        { label: 'People re-ranking', value: String(ordering.distinctRankers) },
        { label: 'Share of the most frequent ranker', value: percent(ordering.topRankerShare) },
        { label: 'Last re-rank', value: ordering.lastRerankAt ? dateTime(ordering.lastRerankAt) : 'never' },
        { label: 'Stored backlog snapshots', value: String(ordering.snapshotCount) },
      ],
    },
    {
      kind: 'table',
      columns: [left('Re-ranked by'), right('Rank changes')],
      rows: ordering.rankers.map((r) => [personName(report.people, r.accountId), String(r.changes)]),
      empty: 'Nobody re-ranked the backlog in the window.',
    },
    { kind: 'heading', text: 'Technical work' },
    {
      kind: 'facts',
      facts: [
        { label: 'Technical items', value: String(technical.technicalCount) },
        { label: 'Functional items', value: String(technical.functionalCount) },
        { label: 'Interleaving (0.50 = mixed evenly)', value: probability(technical.interleaving) },
        {
          label: 'Runs of the same kind',
          value: `${technical.runs.observed} observed, ${decimal(technical.runs.expected)} expected (z ${decimal(technical.runs.z, 2)})`,
        },
        {
          label: 'Fixed technical quota',
          value: technical.quota.detected ? `yes, around ${percent(technical.quota.mean)} of completed points` : 'not seen',
        },
        {
          label: 'Median age (technical / functional)',
          value: `${ageDays(technical.medianAgeDays.technical)} / ${ageDays(technical.medianAgeDays.functional)}`,
        },
      ],
    },
    { kind: 'text', text: `Backlog in rank order (first ${backlog.strip.length}): ${stripLine(backlog.strip)}` },
    { kind: 'text', tone: 'muted', text: 'Key: T technical, F functional; lower case = not ready.' },
  ];
  return { title: 'Backlog', id: 'backlog', blocks };
}

function ageDays(days: number | null): string {
  return days === null ? '–' : `${decimal(days, 0)} days`;
}

/** One letter per backlog item, top first: T/F for technical/functional, lower case when not ready. */
function stripLine(strip: { technical: boolean; ready: boolean }[]): string {
  if (strip.length === 0) return 'empty';
  return strip.map((item) => (item.technical ? 'T' : 'F')[item.ready ? 'toUpperCase' : 'toLowerCase']()).join('');
}

/**
 * The report's memory of the reports before it (docs/metrics.md, "The score over time"): one point
 * per stored report of the board, the last SCORE_HISTORY_KEPT kept, and what changed since the one
 * before: signals raised (new, or more severe), signals cleared (gone, or less severe), and the
 * followed figures whose value reads differently (compared as people read them, so 85.2% and 85.4%
 * are no change).
 */
import type { HistoryPoint, Report, ReportChanges, ReportHistory, Severity } from '../domain/report';
import { SIGNAL_DECLARATIONS, signalNameOf } from '../signals/declarations';
import { FIGURE, SEVERITY_RANK, decimal, items, lastClosedSprints, percent, sprints } from '../vocabulary';

/** Points kept per board: about three months of daily refreshes. */
export const SCORE_HISTORY_KEPT = 90;

type Kind = 'score' | 'share' | 'sprints' | 'items';

/** How a followed figure reads, by its kind (as on every other surface). */
export const READ_AS: Readonly<Record<Kind, (value: number | null) => string>> = { score: (v) => decimal(v, 0), share: percent, sprints, items };

/** The figures a history point follows, each read from a report, with the kind that says how it reads. */
export const TRACKED_FIGURES: readonly { id: string; name: string; kind: Kind; read: (report: Omit<Report, 'people' | 'history'>) => number | null }[] = [
  { id: 'healthScore', name: FIGURE.healthScore, kind: 'score', read: (r) => r.score.total },
  { id: 'readiness', name: FIGURE.readiness, kind: 'share', read: (r) => r.backlog?.readiness ?? null },
  { id: 'readyRunway', name: FIGURE.readyRunway, kind: 'sprints', read: (r) => r.backlog?.readyRunwaySprints ?? null },
  { id: 'top10Kept', name: FIGURE.top10Kept, kind: 'share', read: (r) => r.backlog?.ordering.top10Overlap ?? null },
  { id: 'backlogSize', name: FIGURE.backlogSize, kind: 'items', read: (r) => r.backlog?.size ?? null },
  { id: 'interleaving', name: FIGURE.interleaving, kind: 'share', read: (r) => r.backlog?.technical.interleaving ?? null },
  {
    id: 'commitmentReliability',
    name: `${FIGURE.commitmentReliability}, ${lastClosedSprints(1)}`,
    kind: 'share',
    read: (r) => r.sprints?.trend.at(-1)?.commitmentReliability ?? null,
  },
];

/** The point a report adds to the history. */
export function historyPoint(report: Omit<Report, 'people' | 'history'>): HistoryPoint {
  return {
    computedAt: report.computedAt,
    total: report.score.total,
    provisional: report.score.provisional,
    trafficLight: report.score.trafficLight,
    pointsLost: report.score.pointsLost,
    signals: report.signals.map(({ id, severity }) => ({ id, severity })),
    figures: Object.fromEntries(TRACKED_FIGURES.map((figure) => [figure.id, figure.read(report)])),
  };
}

/** Higher is more severe. */
const weight = (severity: Severity | null) => (severity === null ? -Infinity : -SEVERITY_RANK[severity]);

/** What changed from `before` to `after`; signals in the catalogue's order. */
export function changesBetween(before: HistoryPoint, after: HistoryPoint): ReportChanges {
  const then = new Map(before.signals.map((s) => [s.id, s.severity]));
  const now = new Map(after.signals.map((s) => [s.id, s.severity]));
  const ids = [...new Set([...then.keys(), ...now.keys()])];
  const order = (id: string) => SIGNAL_DECLARATIONS.findIndex((signal) => signal.id === id);
  ids.sort((a, b) => order(a) - order(b));
  const raised: ReportChanges['raised'] = [];
  const cleared: ReportChanges['cleared'] = [];
  for (const id of ids) {
    const was = then.get(id) ?? null;
    const is = now.get(id) ?? null;
    if (weight(is) > weight(was) && is !== null) raised.push({ id, title: signalNameOf(id), severity: is, before: was });
    if (weight(is) < weight(was) && was !== null) cleared.push({ id, title: signalNameOf(id), severity: was, after: is });
  }
  const figures = TRACKED_FIGURES.flatMap(({ id, kind }) => {
    const from = before.figures[id] ?? null;
    const to = after.figures[id] ?? null;
    return READ_AS[kind](from) === READ_AS[kind](to) ? [] : [{ id, before: from, after: to }];
  });
  return { since: before.computedAt, raised, cleared, figures };
}

/**
 * The history a report carries: the earlier points (stored by the shell; any taken at or after this
 * report's moment are dropped, as a clock that went back would leave them), this report's point last,
 * the last SCORE_HISTORY_KEPT of them; and the changes since the latest earlier point.
 */
export function reportHistory(earlier: readonly HistoryPoint[], current: HistoryPoint): ReportHistory {
  const at = Date.parse(current.computedAt);
  const before = earlier.filter((point) => Date.parse(point.computedAt) < at).sort((a, b) => Date.parse(a.computedAt) - Date.parse(b.computedAt));
  const last = before.at(-1);
  return { points: [...before, current].slice(-SCORE_HISTORY_KEPT), changes: last ? changesBetween(last, current) : null };
}

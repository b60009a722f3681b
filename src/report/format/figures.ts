/**
 * The report's figures as name and value, picked from the report and formatted by the vocabulary:
 * the one list that the CLI's formats, the CSV exports and the project page all show, so that each
 * figure reads the same on every surface. Nothing here computes a figure.
 */
import type { BacklogSection, Report, SprintTrendPoint } from '../../domain/report';
import {
  AREA_NAME,
  FIGURE,
  MISSING,
  SCORE_AREAS,
  areaScoreValue,
  capacityName,
  checkedInWords,
  day,
  decimal,
  distinctRankersName,
  days,
  healthWord,
  items,
  percent,
  scoreArithmetic,
  scoreTerms,
  scoreWithGaps,
  sized,
  sprints,
  staleName,
  topRankerShareName,
  type SettingsWindows,
} from '../../vocabulary';

export interface Figure {
  /** Stable id, for tests and anchors ("ready-runway"). */
  id: string;
  name: string;
  value: string;
}

export function scoreFigures(score: Report['score']): Figure[] {
  return [
    { id: 'score-total', name: FIGURE.healthScore, value: scoreWithGaps(score.total, [], score.provisional) },
    { id: 'health', name: FIGURE.health, value: healthWord(score.trafficLight, score.provisional) },
    { id: 'score-arithmetic', name: FIGURE.scoreArithmetic, value: scoreArithmetic(score.total, scoreTerms(score.deductions)) },
    { id: 'signals-checked', name: FIGURE.signalsChecked, value: checkedInWords(score) },
    ...SCORE_AREAS.map((area) => ({ id: `score-${area}`, name: `${AREA_NAME[area]} score`, value: areaScoreValue(score, area) })),
  ];
}

/**
 * The backlog's figures. On a board that runs no sprints (`runsSprints` false) the figures measured
 * in sprints of capacity do not apply and are left out (NO_SPRINT_FIGURES says so).
 */
export function backlogFigures(backlog: BacklogSection, windows: SettingsWindows, runsSprints = true): Figure[] {
  const { capacity, overSpecification } = backlog;
  const inSprints = (figure: Figure) => (runsSprints ? [figure] : []);
  return [
    { id: 'backlog-size', name: FIGURE.backlogSize, value: items(backlog.size) },
    ...inSprints({ id: 'capacity', name: capacityName(capacity.sprintIds.length), value: sized(capacity.value, capacity.unit) }),
    { id: 'readiness', name: FIGURE.readiness, value: percent(backlog.readiness) },
    ...inSprints({ id: 'ready-runway', name: FIGURE.readyRunway, value: sprints(backlog.readyRunwaySprints) }),
    ...inSprints({ id: 'depth', name: FIGURE.depth, value: sprints(backlog.depthSprints) }),
    { id: 'stale', name: staleName(windows.staleDays), value: items(backlog.stale.count) },
    ...inSprints({ id: 'over-specification', name: FIGURE.overSpecification, value: `${percent(overSpecification.share)} of ${items(overSpecification.distantCount)}` }),
  ];
}

export function orderingFigures(ordering: BacklogSection['ordering'], windows: SettingsWindows): Figure[] {
  return [
    { id: 'top10-overlap', name: FIGURE.top10Kept, value: percent(ordering.top10Overlap) },
    { id: 'newcomers', name: FIGURE.newcomers, value: ordering.weekAgo ? items(ordering.weekAgo.newcomerCount) : MISSING },
    { id: 'left-top10', name: FIGURE.leftTop10, value: ordering.weekAgo ? items(ordering.weekAgo.leftCount) : MISSING },
    { id: 'similarity-7', name: FIGURE.similarity7, value: percent(ordering.rbo7) },
    { id: 'similarity-28', name: FIGURE.similarity28, value: percent(ordering.rbo28) },
    { id: 'rank-changes-per-week', name: FIGURE.rankChangesPerWeek, value: decimal(ordering.rankChangesPerWeekNearTerm) },
    { id: 'distinct-rankers', name: distinctRankersName(windows.rankerDays), value: String(ordering.distinctRankers) },
    { id: 'top-ranker-share', name: topRankerShareName(windows.rankerDays), value: percent(ordering.topRankerShare) },
    { id: 'last-rerank', name: FIGURE.lastRerank, value: ordering.lastRerankAt ? day(ordering.lastRerankAt) : 'never' },
    { id: 'snapshots', name: FIGURE.snapshots, value: String(ordering.snapshotCount) },
  ];
}

export function technicalFigures(technical: BacklogSection['technical']): Figure[] {
  const { runs, quota, medianAgeDays } = technical;
  return [
    { id: 'technical-items', name: FIGURE.technicalItems, value: items(technical.technicalCount) },
    { id: 'functional-items', name: FIGURE.functionalItems, value: items(technical.functionalCount) },
    { id: 'interleaving', name: FIGURE.interleaving, value: percent(technical.interleaving) },
    { id: 'runs', name: FIGURE.runs, value: `${runs.observed} seen, ${decimal(runs.expected)} expected if mixed (z ${decimal(runs.z, 2)})` },
    { id: 'quota', name: FIGURE.quota, value: quota.detected ? `about ${percent(quota.mean)} of the completed work in each sprint` : 'not seen' },
    { id: 'median-age', name: FIGURE.medianAge, value: `technical ${days(medianAgeDays.technical)}, functional ${days(medianAgeDays.functional)}` },
  ];
}

/** The columns of the sprint trend, each a ratio of one sprint (docs/metrics.md, "The four ratios"). */
export const TREND_COLUMNS: readonly { id: keyof Omit<SprintTrendPoint, 'sprintId' | 'name'>; name: string }[] = [
  { id: 'commitmentReliability', name: FIGURE.commitmentReliability },
  { id: 'completionRate', name: FIGURE.completionRate },
  { id: 'scopeChurn', name: FIGURE.scopeChurn },
  { id: 'carryOver', name: FIGURE.carryOver },
];

/**
 * The names of the report's figures and columns, one each, for every surface: the pages, the CLI's
 * formats and both CSV exports. docs/metrics.md defines each figure; where a figure looks at a
 * stretch of time, its name says which (windows.ts).
 */
import { FLOW_WINDOW, MONTH_AGO_DAYS, NEAR_TERM_RANK_WINDOW_DAYS, WEEK_AGO_DAYS } from '../domain/windows';
import { lastClosedSprints, lastDays, lastFullWeeks } from './windows';

export const FIGURE = {
  healthScore: 'Health score',
  health: 'Health',
  scoreArithmetic: 'How the score is worked out',
  signalsChecked: 'Signals checked',
  commitmentReliability: 'Commitment reliability',
  completionRate: 'Completion rate',
  scopeChurn: 'Scope churn',
  carryOver: 'Carry-over',
  backlogSize: 'Backlog size',
  readiness: 'Near-term items ready',
  readyRunway: 'Ready runway',
  depth: 'Backlog depth',
  overSpecification: 'Distant items already detailed',
  top10Kept: 'Top 10 kept from a week ago',
  similarity7: `Top 20 similarity to ${WEEK_AGO_DAYS} days ago`,
  similarity28: `Top 20 similarity to ${MONTH_AGO_DAYS} days ago`,
  rankChangesPerWeek: `Re-ranks per week near the top (${lastDays(NEAR_TERM_RANK_WINDOW_DAYS)})`,
  lastRerank: 'Last re-rank',
  snapshots: 'Backlog snapshots stored',
  technicalItems: 'Technical items',
  functionalItems: 'Functional items',
  interleaving: 'Technical interleaving',
  runs: 'Runs of the same kind',
  quota: 'Fixed technical quota',
  medianAge: 'Median age',
  reliabilityTrend: 'Reliability, last closed sprints',
  topSignals: 'Most severe signals',
  scoreTrend: 'Health score, last refreshes',
  sinceLastRefresh: 'Since the last refresh',
  ownSettings: 'Own settings',
  newcomers: 'New in the top 10 since a week ago',
  leftTop10: 'Left the backlog from last week\'s top 10',
  definitionOfReady: 'Ready means',
  throughput: `Throughput (${lastFullWeeks(FLOW_WINDOW.throughputWeeks)})`,
  cycleTimesMeasured: `Cycle times measured (${lastDays(FLOW_WINDOW.cycleTimeDays)})`,
  workInProgress: 'Work in progress now',
  forecastFrom: 'Forecast drawn from',
  nearTermItems: 'Near-term items',
  nearTermBy85: 'Near-term items done by (85% likely)',
} as const;

/** "Cycle time, 85% of items within (last 90 days)": the nearest-rank percentile of cycle time. */
export function cycleTimeName(percent: number): string {
  return `Cycle time, ${percent}% of items within (${lastDays(FLOW_WINDOW.cycleTimeDays)})`;
}

/** A forecast's column: "85% likely". */
export function likelyName(percent: number): string {
  return `${percent}% likely`;
}

/** What technical interleaving means, said beside it. */
export const INTERLEAVING_MEANING = 'Technical interleaving is the chance that a technical item ranks above a functional one: about 50% means they are ordered together.';

/** A figure over a window the settings set; without the settings, over a window left unnamed. */
function overDays(name: string, windowDays: number | null): string {
  return windowDays === null ? name : `${name} (${lastDays(windowDays)})`;
}

/** "Capacity per sprint (median of the last 5 closed sprints)". */
export function capacityName(sprintCount: number): string {
  return sprintCount > 0 ? `Capacity per sprint (median of the ${lastClosedSprints(sprintCount)})` : 'Capacity per sprint';
}

/** "Stale items (untouched 180 days or more)". */
export function staleName(staleDays: number | null): string {
  return staleDays === null ? 'Stale items' : `Stale items (untouched ${staleDays} days or more)`;
}

export function distinctRankersName(windowDays: number | null): string {
  return overDays('People re-ranking', windowDays);
}

export function topRankerShareName(windowDays: number | null): string {
  return overDays('Share of the most active ranker', windowDays);
}

/** The heading over the sprint trend, and over who changed the scope of those sprints. */
export function trendName(sprintCount: number): string {
  return sprintCount > 0 ? `The ${lastClosedSprints(sprintCount)}` : 'No closed sprints yet';
}

/** The headings of the signals that were not evaluated, on every surface. */
export const NOT_CHECKED_HEADING = 'Signals that could not be checked';
export const NOT_APPLICABLE_HEADING = 'Signals that do not apply to this board';
export const SWITCHED_OFF_HEADING = 'Signals switched off in the settings';
/** The heading of the project's thresholds set away from their defaults. */
export const OWN_THRESHOLDS = 'Thresholds set by this project';
export const SWITCHED_OFF = 'Signals switched off';
export const SCORE_OVER_TIME = 'The health score over time';

/** Said on a board without sprints, where the figures measured in sprints of capacity are left out. */
export const NO_SPRINT_FIGURES =
  'This board runs no sprints, so the figures measured in sprints of capacity do not apply to it: capacity, ready runway, backlog depth and the distant items already detailed.';

/** The lists of the week's comparison of the backlog's order (docs/metrics.md, "Ordering stability"). */
export const WEEK_LIST = {
  kept: 'Kept in the top 10 since a week ago',
  fell: 'Fell out of the top 10 since a week ago',
  newcomers: 'The items new in the top 10',
  left: 'The items that left the backlog',
} as const;

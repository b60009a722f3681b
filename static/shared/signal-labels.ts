/**
 * Plain names for the signals and their threshold settings, for the places where the report holds
 * only an id (signals that could not be checked, the score's notChecked list) and for the Settings
 * form. Words only: nothing here changes a figure. The names follow docs/signals.md.
 */
import type { Thresholds } from '../../src/domain/settings';

/** The score's areas, as the page names them. */
export const AREA_NAME = { backlog: 'Backlog', sprints: 'Sprints', roles: 'Roles' } as const;

/** One short name per signal id of the catalogue (a test keeps the two in step). */
export const SIGNAL_NAME: Record<string, string> = {
  'unfinished-sprints': 'Sprints ending unfinished',
  'chronic-carry-over': 'Work carried from sprint to sprint',
  'unprotected-sprint': 'Scope changing during the sprint',
  'missing-sprint-goal': 'Sprints without a goal',
  'timebox-drift': 'Sprint timebox drifting',
  'lingering-impediments': 'Impediments staying for days',
  'done-reopened': 'Finished work coming back from Done',
  'po-assigns-work': 'Product Owner assigning sprint work',
  'sm-orders-backlog': 'Scrum Master ordering the backlog',
  'one-person-two-roles': 'One person in both roles',
  'absent-po': 'Product Owner away from the backlog',
  'thin-ready-runway': 'Little ready work ahead',
  'over-refined-backlog': 'Refinement running far ahead',
  'churning-priorities': 'Top of the backlog changing often',
  'frozen-backlog': 'Backlog order not moving',
  'committee-ordering': 'Several people ordering the backlog',
  'separate-tech-pool': 'Technical work kept apart',
};

/** The name of a signal id; an id the app does not know yet is shown as it is. */
export function signalName(id: string): string {
  return SIGNAL_NAME[id] ?? id;
}

/** "unfinishedSprints" -> "unfinished-sprints": the thresholds are keyed by the signal, in camel case. */
export function signalIdOfThreshold(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

type ThresholdLabels = { [K in keyof Thresholds]: { [P in keyof Thresholds[K]]: string } };

/**
 * Each threshold as the sentence a coach would say. Shares are written from 0 to 1 (0.7 = 70%).
 * The type makes every threshold of the settings need a label here.
 */
export const THRESHOLD_LABEL: ThresholdLabels = {
  unfinishedSprints: {
    reliabilityBelow: 'Commitment reliability counts as low below (share, 0 to 1)',
    inSprints: 'Sprints with low reliability before the signal shows',
    ofLast: 'Closed sprints looked at',
  },
  chronicCarryOver: {
    minSprints: 'Sprints in a row an item stays unfinished before the signal shows',
    criticalItems: 'Items carried over that long before the signal is critical',
  },
  unprotectedSprint: {
    churnAbove: 'Scope churn counts as high above (share of the committed issues, 0 to 1)',
    inSprints: 'Sprints with high churn before the signal shows',
    ofLast: 'Closed sprints looked at',
  },
  missingSprintGoal: { ofLast: 'Most recently started sprints looked at' },
  timeboxDrift: {
    lateWorkingDays: 'Working days late a sprint may close before the signal shows',
    lengthSpreadWorkingDays: 'Working days planned sprint lengths may differ by',
    ofLast: 'Closed sprints looked at',
    criticalLateSprints: 'Late sprints among those looked at before the signal is critical',
  },
  lingeringImpediments: { flaggedWorkingDays: 'Working days an item may stay flagged during a sprint' },
  thinReadyRunway: { belowSprints: 'Ready runway counts as thin below (sprints)' },
  overRefinedBacklog: {
    runwayAboveSprints: 'Ready runway counts as far ahead above (sprints)',
    overSpecificationAbove: 'Share of distant items already detailed, above which the signal shows (0 to 1)',
  },
  churningPriorities: { top10OverlapBelow: 'Share of the top 10 kept from a week ago, below which the signal shows (0 to 1)' },
  frozenBacklog: {
    noRerankDays: 'Days without any re-ranking',
    createdAtLeast: 'Items created in that time, at least',
  },
  committeeOrdering: {
    minRankers: 'People re-ranking, at least',
    topRankerShareBelow: 'Share of rank changes by the most active person, below which the signal shows (0 to 1)',
    windowDays: 'Days of rank changes looked at',
  },
  separateTechPool: {
    interleavingBelow: 'Interleaving counts as technical work parked low below (0 to 1)',
    interleavingAbove: 'Interleaving counts as technical work pushed ahead above (0 to 1)',
    minTechnicalItems: 'Technical items in the backlog needed to judge the order',
    quotaMinSprints: 'Sprints in a row a fixed technical share must hold to look like a quota',
    quotaMaxSpread: 'How far each sprint may be from the round share, at most (0 to 1)',
  },
  poAssignsWork: {
    shareAbove: "Share of assignee changes by the Product Owner, above which the signal shows (0 to 1)",
    minChanges: 'Assignee changes on sprint work needed to judge',
    windowDays: 'Days of assignee changes looked at',
  },
  smOrdersBacklog: {
    shareAbove: 'Share of rank changes by the Scrum Master, above which the signal shows (0 to 1)',
    windowDays: 'Days of rank changes looked at',
  },
  absentPo: { days: "Days without the Product Owner's backlog activity during a sprint" },
  doneReopened: {
    minItems: 'Items back from Done before the signal shows',
    ofLast: 'Closed sprints looked at',
    criticalSprints: 'Sprints with items back from Done before the signal is critical',
  },
};

/** The label of one threshold, or undefined for one the app does not name yet (the caller spells it out). */
export function thresholdLabel(signal: string, param: string): string | undefined {
  const labels = (THRESHOLD_LABEL as unknown as Record<string, Record<string, string> | undefined>)[signal];
  return labels?.[param];
}

/**
 * The stretch of time a figure looks at, named the same way everywhere: "last 3 closed sprints",
 * "last 90 days". Each figure's window is given in docs/metrics.md.
 */
import type { ProjectSettings } from '../domain/settings';

/** "last 6 closed sprints", "last closed sprint", "no closed sprints". */
export function lastClosedSprints(count: number): string {
  if (count <= 0) return 'no closed sprints';
  return count === 1 ? 'last closed sprint' : `last ${count} closed sprints`;
}

/** "last 90 days", "last day". */
export function lastDays(count: number): string {
  return count === 1 ? 'last day' : `last ${count} days`;
}

/** "in the last 90 days", or "recently" where the window is not known. */
export function inLastDays(count: number | null): string {
  return count === null ? 'recently' : `in the ${lastDays(count)}`;
}

/** "last 12 full weeks", "last full week". */
export function lastFullWeeks(count: number): string {
  return count === 1 ? 'last full week' : `last ${count} full weeks`;
}

/**
 * The windows that the project's settings set, for the figures that look over them (the people who
 * re-rank, the role tables, stale items). Each is null when the settings are not known, and the
 * figure is then named without its window.
 */
export interface SettingsWindows {
  /** Rankers on the Backlog tab (committee-ordering's window). */
  rankerDays: number | null;
  /** Who ranked the backlog, on the Roles tab (sm-orders-backlog's window). */
  roleRankDays: number | null;
  /** Who changed assignees on sprint work (po-assigns-work's window). */
  assigneeDays: number | null;
  staleDays: number | null;
}

export function settingsWindows(settings: ProjectSettings | null): SettingsWindows {
  if (!settings) return { rankerDays: null, roleRankDays: null, assigneeDays: null, staleDays: null };
  const { thresholds } = settings;
  return {
    rankerDays: thresholds.committeeOrdering.windowDays,
    roleRankDays: thresholds.smOrdersBacklog.windowDays,
    assigneeDays: thresholds.poAssignsWork.windowDays,
    staleDays: settings.staleDays,
  };
}

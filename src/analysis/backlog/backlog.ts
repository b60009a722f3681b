/**
 * The backlog in rank order, the team's capacity, item sizes and the near-term horizon.
 * Pure functions of the board data, the closed sprints and the settings.
 */
import type { BoardData, Issue } from '../../domain/types';
import type { SprintFigures } from '../../domain/report';
import { median, sum } from '../../domain/stats';

export type CapacityUnit = 'points' | 'issues';

export interface Capacity {
  /** Median completed points (or issues) per sprint; null without closed sprints. */
  value: number | null;
  unit: CapacityUnit;
  /** The closed sprints the median was taken over, oldest first. */
  sprintIds: number[];
}

/** The backlog with everything the figure families share. */
export interface SizedBacklog {
  /** Backlog issues, top first. */
  issues: Issue[];
  /** Size of each issue in the capacity unit (unestimated items at `unestimatedSize`). */
  sizes: number[];
  capacity: Capacity;
  /** Size given to an unestimated item when sizes are in points. */
  unestimatedSize: number;
}

/** Natural order of issue keys: project key, then number ("AB-9" before "AB-10"). */
export function compareKeys(a: string, b: string): number {
  const [, pa = a, na = ''] = /^(.*?)-(\d+)$/.exec(a) ?? [];
  const [, pb = b, nb = ''] = /^(.*?)-(\d+)$/.exec(b) ?? [];
  if (pa !== pb) return pa < pb ? -1 : 1;
  return (Number(na) || 0) - (Number(nb) || 0);
}

/**
 * Whether an issue's type makes it a backlog item: story level only. Sub-tasks belong to their
 * parent, and epics (hierarchy level 1) and anything above group work rather than being work the
 * team pulls, as in Jira's own backlog view (docs/metrics.md, "The backlog itself").
 */
export function isBacklogKind(issue: Issue): boolean {
  return !issue.issueType.subtask && issue.issueType.hierarchyLevel < 1;
}

/**
 * The backlog in rank order.
 * Backlog = issues not done (by status category), of a backlog kind (isBacklogKind: no sub-tasks,
 * no epics or higher levels), not in an active sprint of this board. Items in a future sprint of the board come first, grouped by sprint in the board's sprint
 * order (the order of `data.sprints`), each group by rank; then the rest by rankIndex. Equal
 * rankIndex values (issues Jira could not rank) keep natural key order.
 */
export function backlogInRankOrder(data: BoardData): Issue[] {
  const activeSprintIds = new Set(data.sprints.filter((s) => s.state === 'active').map((s) => s.id));
  const futureSprintOrder = new Map<number, number>();
  data.sprints.filter((s) => s.state === 'future').forEach((s, i) => futureSprintOrder.set(s.id, i));

  const futureGroup = (issue: Issue): number => {
    let best = Number.POSITIVE_INFINITY; // not in a future sprint: after every sprint group
    for (const id of issue.sprintIds) best = Math.min(best, futureSprintOrder.get(id) ?? Number.POSITIVE_INFINITY);
    return best;
  };

  const candidates = data.issues.filter(
    (issue) =>
      issue.status.category !== 'done' &&
      isBacklogKind(issue) &&
      !issue.sprintIds.some((id) => activeSprintIds.has(id)),
  );
  return candidates
    .map((issue) => ({ issue, group: futureGroup(issue) }))
    .sort((a, b) => {
      if (a.group !== b.group) return a.group < b.group ? -1 : 1;
      if (a.issue.rankIndex !== b.issue.rankIndex) return a.issue.rankIndex - b.issue.rankIndex;
      return compareKeys(a.issue.key, b.issue.key);
    })
    .map((entry) => entry.issue);
}

/**
 * Capacity = median of completed points over the last `capacitySprints` closed sprints.
 * Counted in issues (median completed issue count) when the board has no estimation field, or
 * when none of those sprints committed or completed any points. null with no closed sprints
 * (the unit is then points on a board with an estimation field, issues otherwise).
 */
export function capacityOf(data: BoardData, closedSprints: SprintFigures[], capacitySprints: number): Capacity {
  const recent = closedSprints.filter((s) => s.state === 'closed').slice(-Math.max(1, capacitySprints));
  const sprintIds = recent.map((s) => s.id);
  const hasPoints =
    data.config.estimation.type === 'field' &&
    (recent.length === 0 || recent.some((s) => (s.completed.points ?? 0) > 0 || (s.committed.points ?? 0) > 0));
  if (hasPoints) {
    return { value: median(recent.map((s) => s.completed.points ?? 0)), unit: 'points', sprintIds };
  }
  return { value: median(recent.map((s) => s.completed.issues.length)), unit: 'issues', sprintIds };
}

/** A capacity that can divide: present and above zero. */
export function usableCapacity(capacity: Capacity): number | null {
  return capacity.value !== null && capacity.value > 0 ? capacity.value : null;
}

/**
 * Size of an unestimated item, in points: the median estimate of the estimated backlog items;
 * when none is estimated, or that median is 0 (most estimated items sized 0: unestimated work is
 * not nothing, and sized 0 it would all fall inside the horizon), the average points per completed
 * issue in the capacity sprints (sum of completed points / sum of completed issues); failing both, 1.
 */
export function unestimatedSizeOf(backlog: Issue[], closedSprints: SprintFigures[], capacity: Capacity): number {
  // Negative estimates count as 0 here too, as they do in sizeBacklog.
  const estimates = backlog.map((i) => i.estimate).filter((e): e is number => e !== null).map((e) => Math.max(0, e));
  const fromBacklog = median(estimates);
  if (fromBacklog !== null && fromBacklog > 0) return fromBacklog;
  const used = closedSprints.filter((s) => capacity.sprintIds.includes(s.id));
  const points = sum(used.map((s) => s.completed.points ?? 0));
  const issues = sum(used.map((s) => s.completed.issues.length));
  return issues > 0 && points > 0 ? points / issues : 1;
}

/** Builds the sized backlog: sizes are estimates (points) or 1 per item (issues). */
export function sizeBacklog(data: BoardData, closedSprints: SprintFigures[], capacitySprints: number): SizedBacklog {
  const issues = backlogInRankOrder(data);
  const capacity = capacityOf(data, closedSprints, capacitySprints);
  const unestimatedSize = capacity.unit === 'points' ? unestimatedSizeOf(issues, closedSprints, capacity) : 1;
  // A negative estimate is a data error; it counts as 0 so it cannot shrink the horizon.
  const sizes = issues.map((issue) => (capacity.unit === 'points' ? Math.max(0, issue.estimate ?? unestimatedSize) : 1));
  return { issues, sizes, capacity, unestimatedSize };
}

/** When capacity is unknown, the near-term list falls back to this many items from the top. */
export const NEAR_TERM_FALLBACK_ITEMS = 10;

/**
 * Number of items from the top whose start lies inside `sprints` × capacity.
 * An item's start is the cumulative size of the items above it, so the item that crosses the
 * limit is included (it will be started within the horizon) and the next one is not.
 * Without a usable capacity: the first NEAR_TERM_FALLBACK_ITEMS items.
 */
export function itemsWithin(sized: SizedBacklog, sprints: number): number {
  const capacity = usableCapacity(sized.capacity);
  if (capacity === null) return Math.min(NEAR_TERM_FALLBACK_ITEMS, sized.issues.length);
  const limit = sprints * capacity;
  let start = 0;
  let count = 0;
  for (const size of sized.sizes) {
    if (start >= limit) break;
    start += size;
    count++;
  }
  return count;
}

/**
 * Index of the first distant item: the first item whose start (cumulative size above it) is at
 * or beyond `sprints` × capacity. null without a usable capacity.
 */
export function firstItemBeyond(sized: SizedBacklog, sprints: number): number | null {
  const capacity = usableCapacity(sized.capacity);
  if (capacity === null) return null;
  const limit = sprints * capacity;
  let start = 0;
  for (let i = 0; i < sized.sizes.length; i++) {
    if (start >= limit) return i;
    start += sized.sizes[i];
  }
  return sized.sizes.length;
}

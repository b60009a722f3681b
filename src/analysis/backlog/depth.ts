/**
 * Depth (how many sprints of work wait in the backlog), staleness (items nobody touched for long)
 * and new items (what arrived lately).
 */
import type { Issue } from '../../domain/types';
import type { BacklogSection } from '../../domain/report';
import { sum } from '../../domain/stats';
import { isBacklogKind, type SizedBacklog, usableCapacity } from './backlog';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Depth in sprints = backlog size / capacity, where size is the sum of item sizes in the capacity
 * unit (points with unestimated items at the unestimated size, or the item count).
 * null without a usable capacity.
 */
export function depthSprints(sized: SizedBacklog): number | null {
  const capacity = usableCapacity(sized.capacity);
  return capacity === null ? null : sum(sized.sizes) / capacity;
}

/**
 * New items = the issues of a backlog kind (isBacklogKind: no sub-tasks, no epics; done or not)
 * created in (now − windowDays, now], in the data's rank order. `issues` is every issue of the project, not only the backlog.
 */
export function newItems(issues: readonly Issue[], windowDays: number, now: Date): BacklogSection['newItems'] {
  const nowMs = now.getTime();
  const from = nowMs - windowDays * DAY_MS;
  const keys = issues
    .filter((issue) => {
      const at = Date.parse(issue.created);
      return isBacklogKind(issue) && at > from && at <= nowMs;
    })
    .map((issue) => issue.key);
  return { windowDays, keys };
}

/** Stale = items whose `updated` is more than staleDays before now, in rank order. */
export function staleItems(issues: Issue[], staleDays: number, now: Date): BacklogSection['stale'] {
  const cutoff = now.getTime() - staleDays * DAY_MS;
  const keys = issues.filter((issue) => Date.parse(issue.updated) < cutoff).map((issue) => issue.key);
  return { count: keys.length, keys };
}

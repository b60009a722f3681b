/**
 * Measures used by the story checks, computed from the raw demo JSON (not from the generator's
 * state) with docs/metrics.md's definitions. `ctx` holds the demo under test.
 */
import type { DemoOutput } from '../../src/local/demo';
import type { WsIssue } from '../../src/local/workspace';
import { finalBacklog, hasAcceptanceCriteria, itemsOf, median, POINTS, projectIssues, projectSprints, RANK, FLAGGED } from './raw-replay';

export const DAY = 86_400_000;
export const ctx = {} as { demo: DemoOutput; now: Date };

/** Weekdays from a to b (UTC), counting whole days: Monday 10:00 to Thursday 10:00 is 3. */
export function workingDays(a: number, b: number): number {
  let count = 0;
  for (let d = Math.floor(a / DAY) + 1; d <= Math.floor(b / DAY); d++) {
    const weekday = new Date(d * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

export function closedFigures(key: string) {
  const sprints = projectSprints(ctx.demo.workspace, key).filter((s) => s.state === 'closed').sort((a, b) => a.id - b.id);
  return sprints.map((sprint) => ({ sprint, figures: ctx.demo.truth.projects[key].sprints[sprint.id] }));
}

export function issueByKey(key: string): WsIssue {
  return ctx.demo.workspace.issues.find((i) => i.key === key)!;
}

/** Commitment reliability = points (at close) of committed issues completed / committed points (at start). */
export function reliability(f: DemoOutput['truth']['projects'][string]['sprints'][number]): number {
  const done = f.completed.issues.filter((k) => f.committed.issues.includes(k));
  const points = done.reduce((sum, k) => sum + ((issueByKey(k).fields[POINTS] as number | null) ?? 0), 0);
  return points / f.committed.points!;
}

export function churn(f: DemoOutput['truth']['projects'][string]['sprints'][number]): number {
  return (f.added.issues.length + f.removed.issues.length) / f.committed.issues.length;
}

export function rankAuthors(key: string, sinceDays: number): Map<string, number> {
  const since = ctx.now.getTime() - sinceDays * DAY;
  const counts = new Map<string, number>();
  for (const issue of projectIssues(ctx.demo.workspace, key)) {
    for (const { at, history } of itemsOf(issue, RANK)) {
      if (at >= since) counts.set(history.author!.accountId, (counts.get(history.author!.accountId) ?? 0) + 1);
    }
  }
  return counts;
}

/** Capacity (median completed points of the last five closed sprints) and the ready runway in sprints. */
export function readyRunway(key: string): number {
  const capacity = median(closedFigures(key).slice(-5).map(({ figures }) => figures.completed.points!));
  let ready = 0;
  for (const issue of finalBacklog(ctx.demo.workspace, key)) {
    const points = issue.fields[POINTS] as number | null;
    const blocked = (issue.fields.issuelinks as { inwardIssue?: { fields: { status: { statusCategory: { key: string } } } } }[])
      .some((l) => l.inwardIssue && l.inwardIssue.fields.status.statusCategory.key !== 'done');
    const ok = points !== null && hasAcceptanceCriteria(issue) && !blocked && issue.fields[FLAGGED] === null && points <= capacity / 2;
    if (!ok) break;
    ready += points;
  }
  return ready / capacity;
}

/** Items beyond `sprints` × capacity in the final backlog (unestimated items count as the median estimate). */
export function distantItems(key: string, sprints = 3): WsIssue[] {
  const capacity = median(closedFigures(key).slice(-5).map(({ figures }) => figures.completed.points!));
  const backlog = finalBacklog(ctx.demo.workspace, key);
  const sizes = backlog.map((i) => i.fields[POINTS] as number | null);
  const fallback = median(sizes.filter((s): s is number => s !== null));
  let cumulative = 0;
  return backlog.filter((_, i) => {
    const beyond = cumulative >= sprints * capacity;
    cumulative += sizes[i] ?? fallback;
    return beyond;
  });
}

export function topTenOverlapThisWeek(key: string): number {
  const snaps = ctx.demo.snapshots[key];
  const today = new Set(snaps[snaps.length - 1].keys.slice(0, 10));
  return snaps[snaps.length - 8].keys.slice(0, 10).filter((k) => today.has(k)).length / 10;
}

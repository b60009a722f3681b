/**
 * Test helpers that read the generated raw Jira JSON back, independently of the generator's own
 * state: sprint membership, status and estimates at any moment are replayed from the changelog the
 * way docs/metrics.md describes, so that ground truth and raw data can be checked against each other.
 */
import type { Workspace, WsIssue, WsHistory } from '../../src/local/workspace';

export const SPRINT = 'customfield_10020';
export const RANK = 'customfield_10019';
export const POINTS = 'customfield_10016';
export const FLAGGED = 'customfield_10021';

type Item = WsHistory['items'][number];

export function itemsOf(issue: WsIssue, fieldId: string): { at: number; item: Item; history: WsHistory }[] {
  return issue.changelog.flatMap((history) =>
    history.items.filter((item) => item.fieldId === fieldId).map((item) => ({ at: Date.parse(history.created), item, history })),
  );
}

function parseIds(value: string | null): number[] {
  if (value === null || value.trim() === '') return [];
  return value.split(',').map((part) => Number(part.trim()));
}

export function isSubtask(issue: WsIssue): boolean {
  return (issue.fields.issuetype as { subtask: boolean }).subtask;
}

export function currentSprintIds(issue: WsIssue): number[] {
  const value = issue.fields[SPRINT] as { id: number }[] | null;
  return (value ?? []).map((s) => s.id);
}

/** Sprint ids of the issue at time t (changes at exactly t applied); before creation: []. */
export function sprintsAt(issue: WsIssue, t: number): number[] {
  if (t < Date.parse(issue.fields.created as string)) return [];
  const changes = itemsOf(issue, SPRINT);
  if (changes.length === 0) return currentSprintIds(issue);
  let ids = parseIds(changes[0].item.from);
  for (const change of changes) if (change.at <= t) ids = parseIds(change.item.to);
  return ids;
}

/** Times of the issue's sprint changes and its creation (moments when membership can change). */
export function membershipMoments(issue: WsIssue): number[] {
  return [Date.parse(issue.fields.created as string), ...itemsOf(issue, SPRINT).map((c) => c.at)];
}

export function statusIdAt(issue: WsIssue, t: number): string {
  const changes = itemsOf(issue, 'status');
  if (changes.length === 0) return (issue.fields.status as { id: string }).id;
  let id = changes[0].item.from!;
  for (const change of changes) if (change.at <= t) id = change.item.to!;
  return id;
}

export function pointsAt(issue: WsIssue, t: number): number | null {
  const changes = itemsOf(issue, POINTS);
  const parse = (v: string | null) => (v === null ? null : Number(v));
  if (changes.length === 0) return (issue.fields[POINTS] as number | null) ?? null;
  let points = parse(changes[0].item.fromString);
  for (const change of changes) if (change.at <= t) points = parse(change.item.toString);
  return points;
}

export function doneStatusIds(workspace: Workspace): Set<string> {
  return new Set(workspace.statuses.filter((s) => s.statusCategory.key === 'done').map((s) => s.id));
}

export function projectIssues(workspace: Workspace, key: string): WsIssue[] {
  return workspace.issues.filter((i) => i.projectKey === key);
}

export function projectSprints(workspace: Workspace, key: string) {
  const board = workspace.boards.find((b) => b.projectKey === key)!;
  return workspace.sprints.filter((s) => s.originBoardId === board.id);
}

/**
 * Jira's sprint-report groups, replayed from the raw changelog (docs/metrics.md's definitions), of the
 * project's stories, or of its sub-tasks with `kind` 'subtasks'.
 */
export function replaySprint(workspace: Workspace, key: string, sprintId: number, kind: 'stories' | 'subtasks' = 'stories') {
  const sprint = workspace.sprints.find((s) => s.id === sprintId)!;
  const t0 = Date.parse(sprint.startDate!);
  const t1 = Date.parse(sprint.completeDate!);
  const done = doneStatusIds(workspace);
  const groups = { committed: [] as string[], added: [] as string[], removed: [] as string[], completed: [] as string[], notCompleted: [] as string[], doneBeforeStart: [] as string[] };
  for (const issue of projectIssues(workspace, key).filter((i) => isSubtask(i) === (kind === 'subtasks'))) {
    const inAt = (t: number) => sprintsAt(issue, t).includes(sprintId);
    const doneAt = (t: number) => done.has(statusIdAt(issue, t));
    const moments = membershipMoments(issue);
    const inAtStart = inAt(t0);
    const inAtEnd = inAt(t1);
    const inDuringOpen = moments.some((m) => m > t0 && m <= t1 && inAt(m));
    const inDuringHalfOpen = inAtStart || moments.some((m) => m >= t0 && m < t1 && inAt(m));
    const doneBefore = inAtStart && doneAt(t0);
    if (doneBefore) groups.doneBeforeStart.push(issue.key);
    if (inAtStart && !doneAt(t0)) groups.committed.push(issue.key);
    if (!inAtStart && inDuringOpen) groups.added.push(issue.key);
    if (inDuringHalfOpen && !inAtEnd) groups.removed.push(issue.key);
    if (inAtEnd && doneAt(t1) && !doneBefore) groups.completed.push(issue.key);
    if (inAtEnd && !doneAt(t1)) groups.notCompleted.push(issue.key);
  }
  const byNumber = (a: string, b: string) => Number(a.split('-')[1]) - Number(b.split('-')[1]);
  for (const list of Object.values(groups)) list.sort(byNumber);
  return { groups, t0, t1 };
}

/** Estimate changes in (t0, t1] on the sprint's committed and added issues while they were in it, in time order. */
export function replayEstimateChanges(workspace: Workspace, key: string, sprintId: number) {
  const { groups, t0, t1 } = replaySprint(workspace, key, sprintId);
  const keys = new Set([...groups.committed, ...groups.added]);
  return projectIssues(workspace, key)
    .filter((issue) => keys.has(issue.key))
    .flatMap((issue) => itemsOf(issue, POINTS).filter((c) => c.at > t0 && c.at <= t1 && sprintsAt(issue, c.at).includes(sprintId)).map((c) => ({ issue, c })))
    .sort((a, b) => a.c.at - b.c.at)
    .map(({ issue, c }) => ({ issueKey: issue.key, from: c.item.fromString === null ? null : Number(c.item.fromString), to: c.item.toString === null ? null : Number(c.item.toString) }));
}

/** Backlog at the end, as the app defines it: not done, not sub-tasks, not in the active sprint; future sprint first, then rank. */
export function finalBacklog(workspace: Workspace, key: string): WsIssue[] {
  const sprints = projectSprints(workspace, key);
  const active = new Set(sprints.filter((s) => s.state === 'active').map((s) => s.id));
  const future = new Set(sprints.filter((s) => s.state === 'future').map((s) => s.id));
  const done = doneStatusIds(workspace);
  const open = projectIssues(workspace, key)
    .filter((i) => !isSubtask(i) && !done.has((i.fields.status as { id: string }).id) && !currentSprintIds(i).some((id) => active.has(id)))
    .sort((a, b) => (a.rank < b.rank ? -1 : 1));
  const inFuture = (i: WsIssue) => currentSprintIds(i).some((id) => future.has(id));
  return [...open.filter(inFuture), ...open.filter((i) => !inFuture(i))];
}

export function hasAcceptanceCriteria(issue: WsIssue): boolean {
  return JSON.stringify(issue.fields.description ?? '').includes('Acceptance criteria');
}

export function isTechnical(issue: WsIssue): boolean {
  const type = (issue.fields.issuetype as { name: string }).name;
  return type === 'Technical task' || type === 'Spike' || (issue.fields.labels as string[]).includes('tech-debt');
}

/** P(random technical item ranks above a random functional one). */
export function interleaving(backlog: WsIssue[]): number {
  let above = 0;
  let pairs = 0;
  backlog.forEach((a, i) => {
    if (!isTechnical(a)) return;
    backlog.forEach((b, j) => {
      if (isTechnical(b)) return;
      pairs++;
      if (i < j) above++;
    });
  });
  return above / pairs;
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

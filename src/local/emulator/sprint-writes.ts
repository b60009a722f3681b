/**
 * Changing a site's sprints as Jira does, for the demo (start and close a sprint on request) and the
 * tests: start, close and update a sprint, move issues into a sprint or back to the backlog. Each
 * change writes the issue's history in Jira's shape (the Sprint field's ids joined by ", ", closed
 * sprints staying listed) and gives the Forge events Jira Software sends for it
 * (avi:jira-software:started:sprint, updated:sprint, closed:sprint), in the payload Forge's events
 * reference describes: { eventType, sprint: { id, originBoardId (text), name, goal, state,
 * createDate, startDate, endDate, completeDate }, oldValue (update only: the fields that changed),
 * atlassianId }.
 */
import type { WsIssue, WsSprint, WsUser, Workspace } from '../workspace';
import { badRequest } from './errors';

/** A Forge product event, as the app's trigger receives it. */
export type ProductEvent = Record<string, unknown>;

export interface SprintWrite {
  workspace: Workspace;
  sprintFieldId: string;
  user: WsUser;
  nowMs: number;
  /** Whether an issue is done now (its status category). */
  isDone(issue: WsIssue): boolean;
  /** The id of the next history written (one more than the site's last). */
  nextHistoryId(): string;
}

/** Jira's date-time form, "2026-03-02T09:00:00.000+0000". */
export function jiraTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** The sprint as the events carry it (ids as text, as Forge's reference gives them). */
export function eventSprint(sprint: WsSprint): Record<string, unknown> {
  return {
    id: String(sprint.id),
    originBoardId: String(sprint.originBoardId),
    name: sprint.name,
    ...(sprint.goal ? { goal: sprint.goal } : {}),
    state: sprint.state,
    createDate: sprint.createdDate,
    ...(sprint.startDate ? { startDate: sprint.startDate } : {}),
    ...(sprint.endDate ? { endDate: sprint.endDate } : {}),
    ...(sprint.completeDate ? { completeDate: sprint.completeDate } : {}),
  };
}

function event(kind: 'started' | 'updated' | 'closed', sprint: WsSprint, user: WsUser, oldValue?: Record<string, unknown>): ProductEvent {
  return { eventType: `avi:jira-software:${kind}:sprint`, sprint: eventSprint(sprint), ...(oldValue ? { oldValue } : {}), atlassianId: user.accountId };
}

function sprintObject(sprint: WsSprint) {
  return {
    id: sprint.id, name: sprint.name, state: sprint.state, boardId: sprint.originBoardId, goal: sprint.goal ?? '',
    ...(sprint.startDate ? { startDate: sprint.startDate } : {}),
    ...(sprint.endDate ? { endDate: sprint.endDate } : {}),
    ...(sprint.completeDate ? { completeDate: sprint.completeDate } : {}),
  };
}

function sprintIdsOf(issue: WsIssue, fieldId: string): number[] {
  const value = issue.fields[fieldId];
  return Array.isArray(value) ? value.map((entry) => Number((entry as { id?: unknown })?.id ?? entry)).filter(Number.isFinite) : [];
}

/** Sets the issue's Sprint field to `ids` and writes the change in its history. */
export function setIssueSprints(write: SprintWrite, issue: WsIssue, ids: number[]): void {
  const from = sprintIdsOf(issue, write.sprintFieldId);
  if (from.join() === ids.join()) return;
  const byId = new Map(write.workspace.sprints.map((s) => [s.id, s]));
  const name = (id: number) => byId.get(id)?.name ?? String(id);
  const created = jiraTime(write.nowMs);
  issue.fields[write.sprintFieldId] = ids.map((id) => byId.get(id)).filter((s): s is WsSprint => s !== undefined).map(sprintObject);
  issue.fields.updated = created;
  issue.changelog.push({
    id: write.nextHistoryId(),
    author: { accountId: write.user.accountId, displayName: write.user.displayName, active: write.user.active },
    created,
    items: [{
      field: 'Sprint', fieldtype: 'custom', fieldId: write.sprintFieldId,
      from: from.join(', ') || null, fromString: from.map(name).join(', ') || null,
      to: ids.join(', ') || null, toString: ids.map(name).join(', ') || null,
    }],
  });
}

function openSprintIds(workspace: Workspace): Set<number> {
  return new Set(workspace.sprints.filter((s) => s.state !== 'closed').map((s) => s.id));
}

/** Moves issues into a future or active sprint: out of any other open sprint, closed sprints staying listed. */
export function moveToSprint(write: SprintWrite, sprint: WsSprint, issues: WsIssue[]): void {
  if (sprint.state === 'closed') throw badRequest(`Issues can only be moved to open or active sprints; ${sprint.name} is closed.`);
  const open = openSprintIds(write.workspace);
  for (const issue of issues) setIssueSprints(write, issue, [...sprintIdsOf(issue, write.sprintFieldId).filter((id) => !open.has(id)), sprint.id]);
}

/** Moves issues to the backlog: out of their future and active sprints. */
export function moveToBacklog(write: SprintWrite, issues: WsIssue[]): void {
  const open = openSprintIds(write.workspace);
  for (const issue of issues) setIssueSprints(write, issue, sprintIdsOf(issue, write.sprintFieldId).filter((id) => !open.has(id)));
}

export interface SprintChange {
  state?: string;
  name?: string;
  goal?: string;
  startDate?: string;
  endDate?: string;
  /** Where the unfinished issues go at the close (a future or active sprint of the board); else they stay in the backlog. */
  incompleteIssuesDestinationId?: number;
}

const FIELDS = ['name', 'goal', 'startDate', 'endDate'] as const;

/**
 * A partial update, with Jira's rules: a future sprint starts with state "active" and both dates; an
 * active one closes with state "closed" (its completion is now); a closed sprint takes only a name
 * and a goal; no other change of state. Gives the events Jira sends.
 */
export function updateSprint(write: SprintWrite, sprint: WsSprint, change: SprintChange): ProductEvent[] {
  const changing = change.state !== undefined && change.state !== sprint.state;
  if (changing && !(sprint.state === 'future' && change.state === 'active') && !(sprint.state === 'active' && change.state === 'closed')) {
    throw badRequest(`A ${sprint.state} sprint cannot become ${change.state}.`);
  }
  const editable = sprint.state === 'closed' ? (['name', 'goal'] as const) : FIELDS;
  const oldValue: Record<string, unknown> = {};
  for (const field of editable) {
    const value = change[field];
    if (value === undefined || value === (sprint[field] ?? '')) continue;
    oldValue[field] = sprint[field] ?? '';
    sprint[field] = value;
  }
  if (!changing) return Object.keys(oldValue).length > 0 ? [event('updated', sprint, write.user, oldValue)] : [];
  if (change.state === 'active') {
    if (!sprint.startDate || !sprint.endDate) throw badRequest('A sprint needs a start date and an end date to start.');
    sprint.state = 'active';
    return [event('started', sprint, write.user)];
  }
  const destination = change.incompleteIssuesDestinationId === undefined ? null : write.workspace.sprints.find((s) => s.id === change.incompleteIssuesDestinationId);
  if (destination === undefined || (destination && (destination.state === 'closed' || destination.originBoardId !== sprint.originBoardId))) {
    throw badRequest(`The unfinished issues cannot go to sprint ${change.incompleteIssuesDestinationId}: it is not an open sprint of this board.`);
  }
  sprint.state = 'closed';
  sprint.completeDate = jiraTime(write.nowMs);
  const unfinished = write.workspace.issues.filter((issue) => sprintIdsOf(issue, write.sprintFieldId).includes(sprint.id) && !write.isDone(issue));
  if (destination) for (const issue of unfinished) setIssueSprints(write, issue, [...sprintIdsOf(issue, write.sprintFieldId), destination.id]);
  for (const issue of write.workspace.issues) {
    const objects = issue.fields[write.sprintFieldId];
    if (Array.isArray(objects)) issue.fields[write.sprintFieldId] = objects.map((o) => ((o as { id?: unknown }).id === sprint.id ? sprintObject(sprint) : o));
  }
  return [event('closed', sprint, write.user)];
}

/**
 * Demo issues while the simulation runs (SimIssue), the changelog histories written as their fields
 * change (in Jira Cloud's Changelog/ChangeDetails shape), and the final raw issue JSON.
 */
import type { WsHistory, WsIssue, WsSprint } from '../workspace';
import { jiraTime } from './calendar';
import { authorRef, userRef, type SimPerson } from './people';
import {
  BLOCKS_LINK_TYPE, DONE_RESOLUTION, FLAGGED_FIELD, IMPEDIMENT_OPTION_ID, ISSUE_TYPES, POINTS_FIELD, RANK_FIELD,
  SPRINT_FIELD, STATUSES, isDoneStatus, type IssueTypeName, type StatusName,
} from './site';
import { descriptionFor, type ItemKind } from './text';
import { Random } from './random';

/** Id counters shared by every project of one workspace. */
export interface IdCounters {
  issueId: number;
  historyId: number;
  sprintId: number;
  boardId: number;
  linkId: number;
}

export function newCounters(): IdCounters {
  return { issueId: 10000, historyId: 100000, sprintId: 0, boardId: 0, linkId: 20000 };
}

export interface SimIssue {
  id: string;
  key: string;
  projectKey: string;
  kind: ItemKind | 'subtask';
  type: IssueTypeName;
  summary: string;
  labels: string[];
  components: string[];
  technical: boolean;
  created: number;
  updated: number;
  reporter: SimPerson;
  status: StatusName;
  resolvedAt: number | null;
  points: number | null;
  assignee: SimPerson | null;
  sprintIds: number[];
  flagged: boolean;
  /** The description carries an "Acceptance criteria" heading. */
  hasAcceptanceCriteria: boolean;
  /** The description carries design notes (detail written early). */
  detailed: boolean;
  parent: SimIssue | null;
  subtasks: SimIssue[];
  /** Link ids with the issue on the other side. */
  blockedBy: { linkId: string; issue: SimIssue }[];
  blocks: { linkId: string; issue: SimIssue }[];
  changelog: WsHistory[];
  /** Time of the latest history (or creation), to keep histories in time order. */
  lastChangeAt: number;
  /** Seed for the description text, so it does not depend on when the issue is finalised. */
  textSeed: number;
}

export function isDone(issue: SimIssue): boolean {
  return isDoneStatus(issue.status);
}

type Item = WsHistory['items'][number];

/** Writes changelog histories and keeps the simulated fields in step with them. */
export class ChangeWriter {
  constructor(
    private readonly counters: IdCounters,
    private readonly sprintName: (sprintId: number) => string,
  ) {}

  private record(issue: SimIssue, at: number, author: SimPerson, items: Item[]): void {
    if (at < issue.lastChangeAt) throw new Error(`Demo generator bug: history for ${issue.key} goes back in time`);
    this.counters.historyId += 1;
    issue.changelog.push({ id: String(this.counters.historyId), author: authorRef(author), created: jiraTime(at), items });
    issue.updated = Math.max(issue.updated, at);
    issue.lastChangeAt = at;
  }

  /** Status change; entering or leaving a done status also sets or clears the resolution. */
  status(issue: SimIssue, to: StatusName, at: number, author: SimPerson): void {
    if (issue.status === to) return;
    const from = issue.status;
    const items: Item[] = [
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: STATUSES[from].id, fromString: from, to: STATUSES[to].id, toString: to },
    ];
    if (!isDoneStatus(from) && isDoneStatus(to)) {
      items.unshift({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: DONE_RESOLUTION.id, toString: DONE_RESOLUTION.name });
      issue.resolvedAt = at;
    } else if (isDoneStatus(from) && !isDoneStatus(to)) {
      items.unshift({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: DONE_RESOLUTION.id, fromString: DONE_RESOLUTION.name, to: null, toString: null });
      issue.resolvedAt = null;
    }
    issue.status = to;
    this.record(issue, at, author, items);
  }

  /** Sprint field change: ids joined by ", " in from/to, sprint names in the strings ("" when empty). */
  sprints(issue: SimIssue, ids: number[], at: number, author: SimPerson): void {
    const from = issue.sprintIds;
    issue.sprintIds = ids.slice();
    this.record(issue, at, author, [
      {
        field: 'Sprint', fieldtype: 'custom', fieldId: SPRINT_FIELD,
        from: from.join(', '), fromString: from.map(this.sprintName).join(', '),
        to: ids.join(', '), toString: ids.map(this.sprintName).join(', '),
      },
    ]);
  }

  /** Story points: from/to stay null, the numbers live only in the strings. */
  points(issue: SimIssue, value: number | null, at: number, author: SimPerson): void {
    if (issue.points === value) return;
    const from = issue.points;
    issue.points = value;
    this.record(issue, at, author, [
      { field: 'Story point estimate', fieldtype: 'custom', fieldId: POINTS_FIELD, from: null, fromString: from === null ? null : String(from), to: null, toString: value === null ? null : String(value) },
    ]);
  }

  assignee(issue: SimIssue, person: SimPerson | null, at: number, author: SimPerson): void {
    if (issue.assignee?.accountId === person?.accountId) return;
    const from = issue.assignee;
    issue.assignee = person;
    this.record(issue, at, author, [
      { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: from?.accountId ?? null, fromString: from?.displayName ?? null, to: person?.accountId ?? null, toString: person?.displayName ?? null },
    ]);
  }

  flag(issue: SimIssue, on: boolean, at: number, author: SimPerson): void {
    if (issue.flagged === on) return;
    issue.flagged = on;
    const value = `[${IMPEDIMENT_OPTION_ID}]`;
    this.record(issue, at, author, [
      { field: 'Flagged', fieldtype: 'custom', fieldId: FLAGGED_FIELD, from: on ? null : value, fromString: on ? null : 'Impediment', to: on ? value : null, toString: on ? 'Impediment' : null },
    ]);
  }

  /** Rank change: Jira records only who and when, and whether the item went up or down. */
  rank(issue: SimIssue, higher: boolean, at: number, author: SimPerson): void {
    this.record(issue, at, author, [
      { field: 'Rank', fieldtype: 'custom', fieldId: RANK_FIELD, from: '', fromString: '', to: '', toString: higher ? 'Ranked higher' : 'Ranked lower' },
    ]);
  }
}

/** Links `blocker` as blocking `blocked` ("is blocked by" on the blocked issue). */
export function linkBlocks(counters: IdCounters, blocker: SimIssue, blocked: SimIssue): void {
  counters.linkId += 1;
  const linkId = String(counters.linkId);
  blocked.blockedBy.push({ linkId, issue: blocker });
  blocker.blocks.push({ linkId, issue: blocked });
}

function statusJson(name: StatusName) {
  const status = STATUSES[name];
  return { id: status.id, name: status.name, description: '', statusCategory: status.statusCategory };
}

function issueTypeJson(name: IssueTypeName) {
  const type = ISSUE_TYPES[name];
  return { id: type.id, name: type.name, subtask: type.subtask, hierarchyLevel: type.hierarchyLevel, description: '' };
}

/** The short form of an issue that Jira nests in parent, subtasks and issuelinks. */
function issueRef(issue: SimIssue) {
  return { id: issue.id, key: issue.key, fields: { summary: issue.summary, status: statusJson(issue.status), issuetype: issueTypeJson(issue.type) } };
}

/** Jira's sprint object as found in the Sprint field. */
export function sprintFieldValue(sprint: WsSprint) {
  return {
    id: sprint.id,
    name: sprint.name,
    state: sprint.state,
    boardId: sprint.originBoardId,
    goal: sprint.goal ?? '',
    ...(sprint.startDate ? { startDate: sprint.startDate } : {}),
    ...(sprint.endDate ? { endDate: sprint.endDate } : {}),
    ...(sprint.completeDate ? { completeDate: sprint.completeDate } : {}),
  };
}

/** The raw issue as Jira's search/jql returns it with the site's fields. */
export function toWsIssue(
  issue: SimIssue,
  project: { id: string; key: string; name: string },
  sprintById: (id: number) => WsSprint,
  rank: string,
  usesSprints: boolean,
): WsIssue {
  const textRandom = new Random(issue.textSeed);
  const fields: Record<string, unknown> = {
    summary: issue.summary,
    issuetype: issueTypeJson(issue.type),
    project: { id: project.id, key: project.key, name: project.name },
    status: statusJson(issue.status),
    labels: issue.labels.slice(),
    components: issue.components.map((name, i) => ({ id: String(10100 + i), name })),
    parent: issue.parent ? issueRef(issue.parent) : null,
    issuelinks: [
      ...issue.blockedBy.map((link) => ({ id: link.linkId, type: BLOCKS_LINK_TYPE, inwardIssue: issueRef(link.issue) })),
      ...issue.blocks.map((link) => ({ id: link.linkId, type: BLOCKS_LINK_TYPE, outwardIssue: issueRef(link.issue) })),
    ],
    assignee: issue.assignee ? userRef(issue.assignee) : null,
    reporter: userRef(issue.reporter),
    created: jiraTime(issue.created),
    updated: jiraTime(issue.updated),
    resolutiondate: issue.resolvedAt === null ? null : jiraTime(issue.resolvedAt),
    resolution: isDone(issue) ? DONE_RESOLUTION : null,
    description: descriptionFor(issue.summary, { acceptanceCriteria: issue.hasAcceptanceCriteria, detailed: issue.detailed }, textRandom),
    subtasks: issue.subtasks.map(issueRef),
    [SPRINT_FIELD]: usesSprints && issue.sprintIds.length > 0 ? issue.sprintIds.map((id) => sprintFieldValue(sprintById(id))) : null,
    [RANK_FIELD]: rank,
    [POINTS_FIELD]: issue.points,
    [FLAGGED_FIELD]: issue.flagged ? [{ value: 'Impediment', id: IMPEDIMENT_OPTION_ID }] : null,
  };
  return { id: issue.id, key: issue.key, projectKey: issue.projectKey, fields, rank, changelog: issue.changelog };
}

/** A lexorank-like string for position `index`: fixed width, so string order is rank order. */
export function rankString(index: number): string {
  return `0|i${(index * 16 + 8).toString(36).padStart(6, '0')}:`;
}

/** Small hand-made board data for the backlog tests. */
import { replayedExtras } from '../../support/sprint-parts';
import type { BoardData, ChangeEvent, Issue, Person, Sprint } from '../../../src/domain/types';
import type { SprintFigures } from '../../../src/domain/report';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../../src/domain/settings';

export const NOW = new Date('2026-06-01T12:00:00.000Z');
export const RANK_FIELD = 'customfield_10019';
export const POINTS_FIELD = 'customfield_10016';

export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
}

export function person(accountId: string): Person {
  return { accountId, displayName: `Person ${accountId}`, avatarUrl: null, active: true };
}

let nextId = 1;

/**
 * A ready-by-default backlog story: estimated 3, described with acceptance criteria, unblocked,
 * created 10 days ago and updated 1 day ago. rankIndex defaults to the key's number.
 */
export function issue(key: string, overrides: Partial<Issue> = {}): Issue {
  const number = Number(key.split('-')[1]);
  return {
    id: String(nextId++),
    key,
    projectKey: key.split('-')[0],
    summary: `Summary of ${key}`,
    issueType: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
    status: { id: '1', name: 'To Do', category: 'new' },
    estimate: 3,
    labels: [],
    components: [],
    parentKey: null,
    subtaskKeys: [],
    blockedBy: [],
    flagged: false,
    description: 'As a user I want it. Acceptance criteria: it works.',
    acceptanceCriteria: null,
    created: daysAgo(10),
    updated: daysAgo(1),
    resolutionDate: null,
    assignee: null,
    reporter: null,
    sprintIds: [],
    rankIndex: Number.isNaN(number) ? 0 : number,
    changelog: [],
    ...overrides,
  };
}

export function sprint(id: number, state: Sprint['state']): Sprint {
  return { id, name: `Sprint ${id}`, state, startDate: null, endDate: null, completeDate: null, originBoardId: 1, goal: null };
}

export function boardData(issues: Issue[], options: { sprints?: Sprint[]; estimation?: 'points' | 'issues' } = {}): BoardData {
  const estimation = options.estimation === 'issues' ? ({ type: 'issueCount' } as const) : ({ type: 'field', fieldId: POINTS_FIELD, displayName: 'Story Points', source: 'board' } as const);
  return {
    site: 'example.atlassian.net',
    project: { key: 'AB', name: 'Alpha Beta' },
    board: { id: 1, name: 'AB board', type: 'scrum', projectKey: 'AB' },
    config: { boardId: 1, estimation, rankFieldId: RANK_FIELD, columns: [], doneColumnStatusIds: ['3'] },
    fieldIds: { sprint: 'customfield_10020', rank: RANK_FIELD, estimate: POINTS_FIELD, flagged: 'customfield_10021', acceptanceCriteria: null },
    sprints: options.sprints ?? [],
    issues,
    statusCategories: { '1': 'new', '2': 'indeterminate', '3': 'done' },
    notes: [],
    partial: null,
    fetchedAt: NOW.toISOString(),
  };
}

/** A closed sprint whose completed group holds `completedKeys` worth `points` (null = no points). */
export function closedSprint(id: number, completedKeys: string[], points: number | null): SprintFigures {
  const set = (issues: string[], p: number | null) => ({ issues, points: p });
  return {
    id,
    name: `Sprint ${id}`,
    state: 'closed',
    startDate: null,
    endDate: null,
    completeDate: null,
    goal: null,
    committed: set(completedKeys, points),
    added: set([], points === null ? null : 0),
    removed: set([], points === null ? null : 0),
    completed: set(completedKeys, points),
    notCompleted: set([], points === null ? null : 0),
    doneBeforeStart: set([], points === null ? null : 0),
    commitmentReliability: 1,
    completionRate: 1,
    scopeChurn: 0,
    carryOver: 0,
    estimateChanges: [],
    scopeChanges: [],
    subtasks: { committed: [], added: [], completed: [], notCompleted: [] },
    plannedWorkingDays: 10,
    lateWorkingDays: 0,
    impediments: [],
    reopened: [],
    goalAtStart: { goal: null, source: 'current', observedAt: null },
    goalChangedAfterStart: null,
    ...replayedExtras(),
  };
}

/** Three closed sprints completing 8, 10 and 12 points: capacity (median) 10. */
export function capacityTenSprints(): SprintFigures[] {
  return [closedSprint(101, ['AB-900'], 8), closedSprint(102, ['AB-901'], 10), closedSprint(103, ['AB-902'], 12)];
}

/** A changelog item whose values live only in fromString/toString (rank, story points). */
function stringChange(fieldId: string, fromString: string | null, toString: string | null, authorId: string | null, at: string, raw: string | null): ChangeEvent {
  return { fieldId, from: raw, to: raw, fromString, toString, author: authorId === null ? null : person(authorId), at, historyId: `h-${nextId++}` };
}

export function rankChange(authorId: string | null, at: string, direction: 'higher' | 'lower' = 'higher'): ChangeEvent {
  return stringChange(RANK_FIELD, '', direction === 'higher' ? 'Ranked higher' : 'Ranked lower', authorId, at, '');
}

/** A story points change, as Jira records it (from/to null, the numbers in the strings). */
export function pointsChange(at: string, from: string | null, to: string | null, authorId = 'sam'): ChangeEvent {
  return stringChange(POINTS_FIELD, from, to, authorId, at, null);
}

export function settings(change: (s: ProjectSettings) => void = () => {}): ProjectSettings {
  const copy = structuredClone(DEFAULT_SETTINGS);
  change(copy);
  return copy;
}

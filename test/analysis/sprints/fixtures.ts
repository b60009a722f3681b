/** Hand-built BoardData for the sprint and role tests. Every history is written out event by event. */
import type { BoardData, ChangeEvent, Issue, Person, Sprint, StatusCategory } from '../../../src/domain/types';

export const SPRINT_FIELD = 'customfield_10020';
export const POINTS_FIELD = 'customfield_10016';
export const RANK_FIELD = 'customfield_10019';
export const FLAG_FIELD = 'customfield_10021';

export const STATUS = { todo: '10000', doing: '3', done: '10001', retiredDone: '99' } as const;
export const STATUS_CATEGORIES: Record<string, StatusCategory> = { '10000': 'new', '3': 'indeterminate', '10001': 'done' };

export function person(accountId: string, displayName = accountId.toUpperCase()): Person {
  return { accountId, displayName, avatarUrl: `https://avatars.example/${accountId}.png`, active: true };
}

let historyCounter = 0;
export function change(fieldId: string, at: string, from: string | null, to: string | null, by: string | null = 'sam', strings?: { fromString: string | null; toString: string | null }): ChangeEvent {
  historyCounter++;
  return {
    fieldId,
    from,
    to,
    fromString: strings ? strings.fromString : from,
    toString: strings ? strings.toString : to,
    author: by === null ? null : person(by),
    at,
    historyId: String(historyCounter),
  };
}

export const sprintChange = (at: string, from: string, to: string, by: string | null = 'sam') => change(SPRINT_FIELD, at, from || null, to || null, by);
export const statusChange = (at: string, from: string, to: string, by: string | null = 'dev') => change('status', at, from, to, by);
export const pointsChange = (at: string, from: string | null, to: string | null, by: string | null = 'sam') =>
  change(POINTS_FIELD, at, null, null, by, { fromString: from, toString: to });
export const rankChange = (at: string, by: string | null) => change(RANK_FIELD, at, null, null, by, { fromString: null, toString: 'Ranked higher' });
export const flagChange = (at: string, on: boolean, by: string | null = 'dev') =>
  change(FLAG_FIELD, at, on ? null : '10019', on ? '10019' : null, by, { fromString: on ? null : 'Impediment', toString: on ? 'Impediment' : null });
export const assigneeChange = (at: string, from: string | null, to: string | null, by: string | null) => change('assignee', at, from, to, by);
export const resolutionChange = (at: string, set: boolean, by: string | null = 'dev') =>
  change('resolution', at, set ? null : '10000', set ? '10000' : null, by, { fromString: set ? null : 'Done', toString: set ? 'Done' : null });

export function issue(key: string, overrides: Partial<Issue> = {}): Issue {
  return {
    id: key.replace(/\D/g, ''),
    key,
    projectKey: 'APP',
    summary: `Summary of ${key}`,
    issueType: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
    status: { id: STATUS.todo, name: 'To Do', category: 'new' },
    estimate: null,
    labels: [],
    components: [],
    parentKey: null,
    subtaskKeys: [],
    blockedBy: [],
    flagged: false,
    description: null,
    acceptanceCriteria: null,
    created: '2026-01-01T09:00:00.000+0000',
    updated: '2026-01-01T09:00:00.000+0000',
    resolutionDate: null,
    assignee: null,
    reporter: person('paula'),
    sprintIds: [],
    rankIndex: 0,
    changelog: [],
    ...overrides,
  };
}

export const DONE_STATUS = { id: STATUS.done, name: 'Done', category: 'done' as const };
export const DOING_STATUS = { id: STATUS.doing, name: 'In Progress', category: 'indeterminate' as const };

export function sprint(id: number, start: string | null, end: string | null, complete: string | null, overrides: Partial<Sprint> = {}): Sprint {
  return {
    id,
    name: `Sprint ${id}`,
    state: complete ? 'closed' : start ? 'active' : 'future',
    startDate: start,
    endDate: end,
    completeDate: complete,
    originBoardId: 1,
    goal: `Goal of sprint ${id}`,
    ...overrides,
  };
}

export function boardData(issues: Issue[], sprints: Sprint[], overrides: Partial<BoardData> = {}): BoardData {
  return {
    site: 'example.atlassian.net',
    project: { key: 'APP', name: 'App' },
    board: { id: 1, name: 'APP board', type: 'scrum', projectKey: 'APP' },
    config: {
      boardId: 1,
      estimation: { type: 'field', fieldId: POINTS_FIELD, displayName: 'Story Points', source: 'board' },
      rankFieldId: RANK_FIELD,
      columns: [],
      doneColumnStatusIds: [STATUS.done],
    },
    fieldIds: { sprint: SPRINT_FIELD, rank: RANK_FIELD, estimate: POINTS_FIELD, flagged: FLAG_FIELD, acceptanceCriteria: null },
    sprints,
    issues: issues.map((i, index) => ({ ...i, rankIndex: index })),
    statusCategories: STATUS_CATEGORIES,
    notes: [],
    partial: null,
    fetchedAt: '2026-03-01T00:00:00.000+0000',
    ...overrides,
  };
}

/**
 * Three two-week sprints (Mondays to Fridays, 2026):
 * sprint 1: start Mon 5 Jan 09:00, end Fri 16 Jan 17:00, closed Fri 16 Jan 17:00;
 * sprint 2: start Mon 19 Jan, end Fri 30 Jan, closed Tue 3 Feb (2 working days late);
 * sprint 3: start Mon 2 Feb, end Fri 13 Feb, closed Fri 13 Feb.
 */
export const S1 = sprint(1, '2026-01-05T09:00:00.000+0000', '2026-01-16T17:00:00.000+0000', '2026-01-16T17:00:00.000+0000');
export const S2 = sprint(2, '2026-01-19T09:00:00.000+0000', '2026-01-30T17:00:00.000+0000', '2026-02-03T17:00:00.000+0000');
export const S3 = sprint(3, '2026-02-04T09:00:00.000+0000', '2026-02-13T17:00:00.000+0000', '2026-02-13T17:00:00.000+0000');

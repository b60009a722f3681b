/**
 * A small hand-made Jira site for the emulator's tests: projects SCR (scrum board 1, sprints 11
 * closed, 12 active, 13 future) and KAN (kanban board 2), nine issues, ten change histories.
 * Every expected value in the tests is worked out by hand from this file.
 */
import type { WsHistory, WsIssue, WsSprint, WsStatus, Workspace } from '../../src/local/workspace';

export const SPRINT_FIELD = 'customfield_10020';
export const POINTS_FIELD = 'customfield_10016';
export const RANK_FIELD = 'customfield_10019';

/** alice: browses both, administers SCR. bob: browses SCR only. dave: no entry, so browses all. */
export const USERS = {
  alice: { accountId: 'acc-alice', displayName: 'Alice Owner', emailAddress: 'alice@example.com', active: true, apiToken: 'tok-alice' },
  bob: { accountId: 'acc-bob', displayName: 'Bob Master', emailAddress: 'bob@example.com', active: true, apiToken: 'tok-bob' },
  carol: { accountId: 'acc-carol', displayName: 'Carol Gone', emailAddress: 'carol@example.com', active: false, apiToken: 'tok-carol' },
  dave: { accountId: 'acc-dave', displayName: 'Dave Dev', emailAddress: 'dave@example.com', active: true, apiToken: 'tok-dave' },
};

const CATEGORY = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
} as const;

const STATUSES: WsStatus[] = [
  { id: '1', name: 'To Do', statusCategory: { ...CATEGORY.new } },
  { id: '3', name: 'In Progress', statusCategory: { ...CATEGORY.indeterminate } },
  { id: '10001', name: 'Done', statusCategory: { ...CATEGORY.done } },
];

const ISSUE_TYPES = [
  { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
  { id: '10002', name: 'Bug', subtask: false, hierarchyLevel: 0 },
  { id: '10003', name: 'Task', subtask: false, hierarchyLevel: 0 },
];

const SPRINTS: WsSprint[] = [
  { id: 11, originBoardId: 1, name: 'SCR Sprint 1', state: 'closed', startDate: '2024-01-08T09:00:00.000Z', endDate: '2024-01-22T09:00:00.000Z', completeDate: '2024-01-22T08:30:00.000Z', createdDate: '2024-01-05T09:00:00.000Z', goal: 'Checkout works' },
  { id: 12, originBoardId: 1, name: 'SCR Sprint 2', state: 'active', startDate: '2024-01-22T09:00:00.000Z', endDate: '2024-02-05T09:00:00.000Z', createdDate: '2024-01-19T09:00:00.000Z', goal: '' },
  { id: 13, originBoardId: 1, name: 'SCR Sprint 3', state: 'future', createdDate: '2024-02-01T09:00:00.000Z' },
];

function status(id: string) {
  const s = STATUSES.find((x) => x.id === id)!;
  return { self: `https://site.example/rest/api/3/status/${id}`, id: s.id, name: s.name, statusCategory: s.statusCategory };
}

function issueType(name: string) {
  const t = ISSUE_TYPES.find((x) => x.name === name)!;
  return { id: t.id, name: t.name, subtask: t.subtask, hierarchyLevel: t.hierarchyLevel };
}

function sprintValues(ids: number[]) {
  return ids.map((id) => {
    const s = SPRINTS.find((x) => x.id === id)!;
    return { id: s.id, name: s.name, state: s.state, boardId: s.originBoardId, goal: s.goal ?? '', startDate: s.startDate, endDate: s.endDate, completeDate: s.completeDate };
  });
}

const ALICE_AUTHOR = { accountId: 'acc-alice', displayName: 'Alice Owner', active: true };

function change(fieldId: string, from: string | null, to: string | null, fromString: string | null = from, toString: string | null = to) {
  const names: Record<string, [string, 'jira' | 'custom']> = {
    status: ['status', 'jira'],
    resolution: ['resolution', 'jira'],
    [SPRINT_FIELD]: ['Sprint', 'custom'],
    [POINTS_FIELD]: ['Story point estimate', 'custom'],
    [RANK_FIELD]: ['Rank', 'custom'],
  };
  const [field, fieldtype] = names[fieldId];
  return { field, fieldtype, fieldId, from, fromString, to, toString };
}

function history(id: string, created: string, items: WsHistory['items'], author: WsHistory['author'] = ALICE_AUTHOR): WsHistory {
  return author ? { id, author, created, items } : { id, created, items };
}

interface IssueSpec {
  id: string;
  key: string;
  type: string;
  statusId: string;
  created: string;
  updated: string;
  sprints: number[];
  rank: string;
  points: number | null;
  changelog?: WsHistory[];
}

function issue(spec: IssueSpec): WsIssue {
  const projectKey = spec.key.split('-')[0];
  const fields: Record<string, unknown> = {
    summary: `Summary of ${spec.key}`,
    issuetype: issueType(spec.type),
    status: status(spec.statusId),
    created: spec.created,
    updated: spec.updated,
    [RANK_FIELD]: spec.rank,
  };
  if (projectKey === 'SCR') {
    fields[SPRINT_FIELD] = spec.sprints.length ? sprintValues(spec.sprints) : null;
    fields[POINTS_FIELD] = spec.points;
  }
  return { id: spec.id, key: spec.key, projectKey, fields, rank: spec.rank, changelog: spec.changelog ?? [] };
}

export function makeFixture(): Workspace {
  const issues: WsIssue[] = [
    issue({ id: '10001', key: 'SCR-1', type: 'Story', statusId: '10001', created: '2024-01-02T09:00:00.000+0000', updated: '2024-01-20T10:00:00.000+0000', sprints: [11], rank: '0|a', points: 3, changelog: [
      history('100', '2024-01-08T10:00:00.000+0000', [change('status', '1', '3', 'To Do', 'In Progress')]),
      history('101', '2024-01-15T10:00:00.000+0000', [change('status', '3', '10001', 'In Progress', 'Done'), change('resolution', null, '10000', null, 'Done')]),
    ] }),
    issue({ id: '10002', key: 'SCR-2', type: 'Bug', statusId: '3', created: '2024-01-05T12:30:00.000+0000', updated: '2024-02-01T08:00:00.000+0000', sprints: [11, 12], rank: '0|c', points: 5, changelog: [
      history('200', '2024-01-08T10:00:00.000+0000', [change(SPRINT_FIELD, '', '11', '', 'SCR Sprint 1')]),
      history('201', '2024-01-22T09:00:00.000+0000', [change(SPRINT_FIELD, '11', '11, 12', 'SCR Sprint 1', 'SCR Sprint 1, SCR Sprint 2')]),
      history('202', '2024-01-25T11:00:00.000+0000', [change(RANK_FIELD, '', '', '', 'Ranked higher')]),
      history('203', '2024-01-26T09:00:00.000+0000', [change('status', '1', '3', 'To Do', 'In Progress')]),
    ] }),
    issue({ id: '10003', key: 'SCR-3', type: 'Story', statusId: '1', created: '2024-01-10T00:00:00.000+0000', updated: '2024-01-12T00:00:00.000+0000', sprints: [12], rank: '0|b', points: 2, changelog: [
      history('300', '2024-01-12T00:00:00.000+0000', [change(POINTS_FIELD, null, '2')]),
    ] }),
    issue({ id: '10004', key: 'SCR-4', type: 'Task', statusId: '1', created: '2024-02-01T15:45:00.000+0000', updated: '2024-02-03T00:00:00.000+0000', sprints: [], rank: '0|e', points: null }),
    issue({ id: '10005', key: 'SCR-5', type: 'Story', statusId: '1', created: '2024-02-10T09:00:00.000+0000', updated: '2024-02-12T00:00:00.000+0000', sprints: [13], rank: '0|d', points: 8, changelog: [
      history('500', '2024-02-11T09:00:00.000+0000', [change(SPRINT_FIELD, '', '13', '', 'SCR Sprint 3')]),
      history('501', '2024-02-12T00:00:00.000+0000', [change(RANK_FIELD, '', '', '', 'Ranked lower')]),
    ] }),
    issue({ id: '10006', key: 'SCR-6', type: 'Bug', statusId: '10001', created: '2024-02-15T09:00:00.000+0000', updated: '2024-02-16T00:00:00.000+0000', sprints: [], rank: '0|f', points: null }),
    issue({ id: '10101', key: 'KAN-1', type: 'Task', statusId: '3', created: '2024-01-03T00:00:00.000+0000', updated: '2024-01-04T00:00:00.000+0000', sprints: [], rank: '0|aa', points: null, changelog: [
      history('1100', '2024-01-04T00:00:00.000+0000', [change('status', '1', '3', 'To Do', 'In Progress')]),
    ] }),
    issue({ id: '10102', key: 'KAN-2', type: 'Bug', statusId: '10001', created: '2024-01-06T00:00:00.000+0000', updated: '2024-01-07T00:00:00.000+0000', sprints: [], rank: '0|ab', points: null }),
    issue({ id: '10103', key: 'KAN-3', type: 'Task', statusId: '1', created: '2024-03-01T00:00:00.000+0000', updated: '2024-02-16T00:00:00.000+0000', sprints: [], rank: '0|ac', points: null }),
  ];
  // SCR-2's sprint history 201 was made by automation: no author.
  delete issues[1].changelog[1].author;

  return {
    site: 'fixture.atlassian.net',
    users: Object.values(USERS).map((u) => ({ ...u })),
    fields: [
      { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
      { id: 'status', key: 'status', name: 'Status', custom: false, schema: { type: 'status', system: 'status' } },
      { id: 'issuetype', key: 'issuetype', name: 'Issue Type', custom: false, schema: { type: 'issuetype', system: 'issuetype' } },
      { id: 'created', key: 'created', name: 'Created', custom: false, schema: { type: 'datetime', system: 'created' } },
      { id: 'updated', key: 'updated', name: 'Updated', custom: false, schema: { type: 'datetime', system: 'updated' } },
      { id: 'resolution', key: 'resolution', name: 'Resolution', custom: false, schema: { type: 'resolution', system: 'resolution' } },
      { id: SPRINT_FIELD, key: SPRINT_FIELD, name: 'Sprint', custom: true, schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 } },
      { id: POINTS_FIELD, key: POINTS_FIELD, name: 'Story point estimate', custom: true, schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 } },
      { id: RANK_FIELD, key: RANK_FIELD, name: 'Rank', custom: true, schema: { type: 'any', custom: 'com.pyxis.greenhopper.jira:gh-lexo-rank', customId: 10019 } },
    ],
    statuses: STATUSES,
    issueTypes: ISSUE_TYPES,
    projects: [
      { id: '10000', key: 'SCR', name: 'Scrum Team' },
      { id: '10001', key: 'KAN', name: 'Kanban Team' },
    ],
    boards: [
      { id: 1, name: 'SCR board', type: 'scrum', projectKey: 'SCR', estimationFieldId: POINTS_FIELD, rankFieldId: RANK_FIELD, columns: [
        { name: 'To Do', statusIds: ['1'] },
        { name: 'In Progress', statusIds: ['3'] },
        { name: 'Done', statusIds: ['10001'] },
      ] },
      { id: 2, name: 'KAN board', type: 'kanban', projectKey: 'KAN', estimationFieldId: 'none', rankFieldId: RANK_FIELD, columns: [
        { name: 'Backlog', statusIds: [] },
        { name: 'Doing', statusIds: ['1', '3'] },
        { name: 'Done', statusIds: ['10001'] },
      ] },
    ],
    sprints: SPRINTS.map((s) => ({ ...s })),
    issues,
    permissions: {
      'acc-alice': { browse: ['SCR', 'KAN'], administer: ['SCR'] },
      'acc-bob': { browse: ['SCR'], administer: [] },
      'acc-carol': { browse: ['SCR'], administer: [] },
    },
  };
}

/**
 * A hand-built Jira site for the load tests, small enough to know every expected value by hand.
 * Project ABC (Scrum board 1, two sprints), project KAN (Kanban board 2), project EMPTY (no board).
 */
import type { WsHistory, WsIssue, Workspace } from '../../src/local/workspace';

export const SPRINT = 'customfield_10020';
export const RANK = 'customfield_10019';
export const POINTS = 'customfield_10016';
export const FLAGGED = 'customfield_10021';

const alice = { accountId: 'acc-alice', displayName: 'Alice', active: true };

const STATUS = {
  todo: { id: '1', name: 'To Do', statusCategory: { id: 2, key: 'new' as const, name: 'To Do', colorName: 'blue-gray' } },
  doing: { id: '3', name: 'In Progress', statusCategory: { id: 4, key: 'indeterminate' as const, name: 'In Progress', colorName: 'yellow' } },
  done: { id: '10001', name: 'Done', statusCategory: { id: 3, key: 'done' as const, name: 'Done', colorName: 'green' } },
};

function history(id: string, created: string, fieldId: string, to: string | null, toString: string | null): WsHistory {
  return { id, author: alice, created, items: [{ field: fieldId, fieldtype: fieldId.startsWith('customfield') ? 'custom' : 'jira', fieldId, from: null, fromString: null, to, toString }] };
}

interface IssueSpec {
  id: string;
  key: string;
  rank: string;
  created: string;
  updated?: string;
  status?: keyof typeof STATUS;
  points?: number | null;
  sprints?: number[];
  subtaskOf?: string;
  changelog?: WsHistory[];
}

export function issue(spec: IssueSpec): WsIssue {
  const project = spec.key.split('-')[0];
  const status = STATUS[spec.status ?? 'todo'];
  return {
    id: spec.id,
    key: spec.key,
    projectKey: project,
    rank: spec.rank,
    changelog: spec.changelog ?? [],
    fields: {
      summary: `Work item ${spec.key}`,
      issuetype: spec.subtaskOf ? { id: '10003', name: 'Sub-task', subtask: true, hierarchyLevel: -1 } : { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
      status,
      project: { id: project === 'ABC' ? '100' : '200', key: project, name: project === 'ABC' ? 'Alpha Billing' : 'Kanban Ops' },
      labels: [],
      components: [],
      parent: spec.subtaskOf ? { key: spec.subtaskOf } : null,
      subtasks: [],
      issuelinks: [],
      created: spec.created,
      updated: spec.updated ?? spec.created,
      resolutiondate: null,
      resolution: null,
      assignee: null,
      reporter: alice,
      description: null,
      [POINTS]: spec.points ?? null,
      [RANK]: spec.rank,
      [SPRINT]: (spec.sprints ?? []).map((id) => ({ id, name: `ABC Sprint ${id}`, state: id === 1 ? 'closed' : 'active', boardId: 1 })),
      [FLAGGED]: null,
    },
  };
}

/** ABC issues: keys in one order, ranks in another, created across 40 days (so the slices split them). */
export function abcIssues(): WsIssue[] {
  return [
    issue({ id: '1001', key: 'ABC-1', rank: '0|i0000m:', created: '2026-01-01T09:00:00.000+0000', status: 'done', points: 3, sprints: [1], changelog: [history('5001', '2026-01-05T09:00:00.000+0000', 'status', '10001', 'Done')] }),
    issue({ id: '1002', key: 'ABC-2', rank: '0|i0000c:', created: '2026-01-12T09:00:00.000+0000', status: 'doing', points: 5, sprints: [1, 2], changelog: [history('5002', '2026-01-20T09:00:00.000+0000', SPRINT, '1, 2', 'ABC Sprint 1, ABC Sprint 2')] }),
    issue({ id: '1003', key: 'ABC-3', rank: '0|i0000a:', created: '2026-01-25T09:00:00.000+0000', points: 2, changelog: [history('5003', '2026-01-26T09:00:00.000+0000', RANK, '', 'Ranked higher')] }),
    issue({ id: '1004', key: 'ABC-4', rank: '0|i0000x:', created: '2026-02-05T09:00:00.000+0000', subtaskOf: 'ABC-2' }),
    issue({ id: '1005', key: 'ABC-5', rank: '0|i0000f:', created: '2026-02-09T09:00:00.000+0000', points: 1 }),
  ];
}

export function tinySite(issues: WsIssue[] = abcIssues()): Workspace {
  const custom = (id: string, name: string, type: string, customType: string) => ({ id, key: id, name, custom: true, schema: { type, custom: customType, customId: Number(id.slice(12)) } });
  return {
    site: 'tiny.atlassian.net',
    users: [{ ...alice, emailAddress: 'alice@example.com', apiToken: 'alice-token' }],
    fields: [
      { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
      { id: 'status', key: 'status', name: 'Status', custom: false, schema: { type: 'status', system: 'status' } },
      custom(SPRINT, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint'),
      custom(RANK, 'Rank', 'any', 'com.pyxis.greenhopper.jira:gh-lexo-rank'),
      custom(POINTS, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points'),
      custom(FLAGGED, 'Flagged', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes'),
    ],
    statuses: [STATUS.todo, STATUS.doing, STATUS.done],
    issueTypes: [{ id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 }, { id: '10003', name: 'Sub-task', subtask: true, hierarchyLevel: -1 }],
    projects: [
      { id: '100', key: 'ABC', name: 'Alpha Billing' },
      { id: '200', key: 'KAN', name: 'Kanban Ops' },
      { id: '300', key: 'EMPTY', name: 'Nothing Yet' },
    ],
    boards: [
      { id: 1, name: 'ABC board', type: 'scrum', projectKey: 'ABC', estimationFieldId: POINTS, rankFieldId: RANK, columns: [{ name: 'To Do', statusIds: ['1'] }, { name: 'Doing', statusIds: ['3'] }, { name: 'Done', statusIds: ['10001'] }] },
      { id: 2, name: 'KAN board', type: 'kanban', projectKey: 'KAN', estimationFieldId: 'none', rankFieldId: RANK, columns: [{ name: 'Doing', statusIds: ['1', '3'] }, { name: 'Done', statusIds: ['10001'] }] },
    ],
    sprints: [
      { id: 1, originBoardId: 1, name: 'ABC Sprint 1', state: 'closed', startDate: '2026-01-05T09:00:00.000Z', endDate: '2026-01-19T09:00:00.000Z', completeDate: '2026-01-19T15:00:00.000Z', createdDate: '2026-01-02T09:00:00.000Z', goal: 'Invoices' },
      { id: 2, originBoardId: 1, name: 'ABC Sprint 2', state: 'active', startDate: '2026-01-20T09:00:00.000Z', endDate: '2026-02-03T09:00:00.000Z', createdDate: '2026-01-18T09:00:00.000Z', goal: '' },
    ],
    issues: [...issues, issue({ id: '2001', key: 'KAN-1', rank: '0|i0000b:', created: '2026-01-03T09:00:00.000+0000' })],
    permissions: {},
  };
}

/**
 * A small hand-built Jira site for the fault suite. Each test copies it, bends one thing, and
 * starts an emulator on the result, so every expected value can be worked out from this file.
 *
 * Project ABC (Scrum board 1): sprint 1 closed (5–19 Jan 2026), sprint 2 active (20 Jan – 17 Feb),
 * sprint 3 future; six issues ABC-1..ABC-6 (ranks: 3, 2, 5, 1, 4, 6), eight histories.
 * Project EMP: Scrum board 3 and no issues. Project NOB: no board. Project OTH: board 9 (sprint 90).
 */
import type { WsHistory, WsIssue, WsSprint, WsStatus, Workspace } from '../../src/local/workspace';

export const SPRINT = 'customfield_10020';
export const RANK = 'customfield_10019';
export const POINTS = 'customfield_10016';
export const FLAGGED = 'customfield_10021';
export const NOW = new Date('2026-02-10T12:00:00.000Z');
export const TOKEN = 'tok-alice-SECRET-5f3a9c';

export const ALICE = { accountId: 'acc-alice', displayName: 'Alice', active: true };

const category = {
  new: { id: 2, key: 'new' as const, name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate' as const, name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done' as const, name: 'Done', colorName: 'green' },
};

export const STATUS: Record<'todo' | 'doing' | 'done', WsStatus> = {
  todo: { id: '1', name: 'To Do', statusCategory: category.new },
  doing: { id: '3', name: 'In Progress', statusCategory: category.indeterminate },
  done: { id: '10001', name: 'Done', statusCategory: category.done },
};

export function change(fieldId: string, from: string | null, to: string | null, fromString: string | null, toString: string | null, field = fieldId): WsHistory['items'][number] {
  return { field, fieldtype: fieldId.startsWith('customfield') ? 'custom' : 'jira', fieldId, from, fromString, to, toString };
}

export function history(id: string, created: string, items: WsHistory['items'], author: WsHistory['author'] | null = ALICE): WsHistory {
  return author ? { id, author, created, items } : { id, created, items };
}

function sprintRef(s: WsSprint) {
  return { id: s.id, name: s.name, state: s.state, boardId: s.originBoardId, goal: s.goal ?? '', startDate: s.startDate, endDate: s.endDate, completeDate: s.completeDate };
}

export interface IssueSpec {
  id: string;
  key: string;
  rank: string;
  created: string;
  status?: WsStatus;
  points?: unknown;
  sprints?: WsSprint[];
  changelog?: WsHistory[];
  extra?: Record<string, unknown>;
}

export function issue(spec: IssueSpec): WsIssue {
  const projectKey = spec.key.split('-')[0];
  return {
    id: spec.id,
    key: spec.key,
    projectKey,
    rank: spec.rank,
    changelog: spec.changelog ?? [],
    fields: {
      summary: `Work item ${spec.key}`,
      issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
      status: spec.status ?? STATUS.todo,
      project: { id: '100', key: projectKey, name: 'Alpha' },
      labels: [],
      components: [],
      parent: null,
      subtasks: [],
      issuelinks: [],
      created: spec.created,
      updated: spec.created,
      resolutiondate: null,
      resolution: null,
      assignee: ALICE,
      reporter: ALICE,
      description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: `As a user I want ${spec.key}.` }] }] },
      [POINTS]: spec.points === undefined ? null : spec.points,
      [RANK]: spec.rank,
      [SPRINT]: (spec.sprints ?? []).map(sprintRef),
      [FLAGGED]: null,
      ...spec.extra,
    },
  };
}

export function sprints(): WsSprint[] {
  return [
    { id: 1, originBoardId: 1, name: 'ABC Sprint 1', state: 'closed', startDate: '2026-01-05T09:00:00.000Z', endDate: '2026-01-19T09:00:00.000Z', completeDate: '2026-01-19T15:00:00.000Z', createdDate: '2026-01-02T09:00:00.000Z', goal: 'Invoices' },
    { id: 2, originBoardId: 1, name: 'ABC Sprint 2', state: 'active', startDate: '2026-01-20T09:00:00.000Z', endDate: '2026-02-17T09:00:00.000Z', createdDate: '2026-01-18T09:00:00.000Z', goal: 'Refunds' },
    { id: 3, originBoardId: 1, name: 'ABC Sprint 3', state: 'future', createdDate: '2026-02-01T09:00:00.000Z' },
    { id: 90, originBoardId: 9, name: 'OTH Sprint 1', state: 'active', startDate: '2026-01-26T09:00:00.000Z', endDate: '2026-02-09T09:00:00.000Z', createdDate: '2026-01-20T09:00:00.000Z' },
  ];
}

export function abcIssues(all: WsSprint[] = sprints()): WsIssue[] {
  const [s1, s2, s3] = all;
  const sprintChange = (id: string, at: string, from: string, to: string) => history(id, at, [change(SPRINT, from, to, from, to, 'Sprint')]);
  return [
    issue({ id: '1001', key: 'ABC-1', rank: '0|i0000m:', created: '2026-01-02T09:00:00.000+0000', status: STATUS.done, points: 3, sprints: [s1], changelog: [
      sprintChange('5001', '2026-01-04T09:00:00.000+0000', '', '1'),
      history('5002', '2026-01-07T09:00:00.000+0000', [change('status', '1', '3', 'To Do', 'In Progress')]),
      history('5003', '2026-01-12T09:00:00.000+0000', [change('status', '3', '10001', 'In Progress', 'Done')]),
    ] }),
    issue({ id: '1002', key: 'ABC-2', rank: '0|i0000c:', created: '2026-01-03T09:00:00.000+0000', status: STATUS.doing, points: 5, sprints: [s1, s2], changelog: [
      sprintChange('5004', '2026-01-04T10:00:00.000+0000', '', '1'),
      sprintChange('5005', '2026-01-19T15:00:00.000+0000', '1', '1, 2'),
      history('5006', '2026-01-21T09:00:00.000+0000', [change('status', '1', '3', 'To Do', 'In Progress')]),
    ] }),
    issue({ id: '1003', key: 'ABC-3', rank: '0|i0000a:', created: '2026-01-10T09:00:00.000+0000', points: 2, sprints: [s2], changelog: [
      sprintChange('5007', '2026-01-20T08:00:00.000+0000', '', '2'),
    ] }),
    issue({ id: '1004', key: 'ABC-4', rank: '0|i0000x:', created: '2026-01-25T09:00:00.000+0000', points: 8, sprints: [s3] }),
    issue({ id: '1005', key: 'ABC-5', rank: '0|i0000f:', created: '2026-02-02T09:00:00.000+0000', points: 1, changelog: [
      history('5008', '2026-02-03T09:00:00.000+0000', [change(RANK, '', '', '', 'Ranked higher', 'Rank')]),
    ] }),
    issue({ id: '1006', key: 'ABC-6', rank: '0|i0000z:', created: '2026-02-05T09:00:00.000+0000' }),
  ];
}

export function makeSite(): Workspace {
  const custom = (id: string, name: string, type: string, customType: string) => ({ id, key: id, name, custom: true, schema: { type, custom: customType, customId: Number(id.slice(12)) } });
  const allSprints = sprints();
  return {
    site: 'faults.atlassian.net',
    users: [
      { ...ALICE, emailAddress: 'alice@example.com', apiToken: TOKEN },
      { accountId: 'acc-gone', displayName: 'Former colleague', emailAddress: 'gone@example.com', active: false, apiToken: 'tok-gone' },
    ],
    fields: [
      { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
      { id: 'status', key: 'status', name: 'Status', custom: false, schema: { type: 'status', system: 'status' } },
      custom(SPRINT, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint'),
      custom(RANK, 'Rank', 'any', 'com.pyxis.greenhopper.jira:gh-lexo-rank'),
      custom(POINTS, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points'),
      custom(FLAGGED, 'Flagged', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes'),
    ],
    statuses: [STATUS.todo, STATUS.doing, STATUS.done],
    issueTypes: [{ id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 }],
    projects: [
      { id: '100', key: 'ABC', name: 'Alpha' },
      { id: '300', key: 'EMP', name: 'Empty' },
      { id: '400', key: 'NOB', name: 'No board' },
      { id: '500', key: 'OTH', name: 'Other' },
    ],
    boards: [
      { id: 1, name: 'ABC board', type: 'scrum', projectKey: 'ABC', estimationFieldId: POINTS, rankFieldId: RANK, columns: [{ name: 'To Do', statusIds: ['1'] }, { name: 'Doing', statusIds: ['3'] }, { name: 'Done', statusIds: ['10001'] }] },
      { id: 3, name: 'EMP board', type: 'scrum', projectKey: 'EMP', estimationFieldId: POINTS, rankFieldId: RANK, columns: [{ name: 'To Do', statusIds: ['1'] }, { name: 'Done', statusIds: ['10001'] }] },
      { id: 9, name: 'OTH board', type: 'scrum', projectKey: 'OTH', estimationFieldId: POINTS, rankFieldId: RANK, columns: [{ name: 'To Do', statusIds: ['1'] }, { name: 'Done', statusIds: ['10001'] }] },
    ],
    sprints: allSprints,
    issues: abcIssues(allSprints),
    permissions: {},
  };
}

/** The ABC issue with this key (for tests that bend one issue). */
export function issueOf(site: Workspace, key: string): WsIssue {
  const found = site.issues.find((i) => i.key === key);
  if (!found) throw new Error(`No issue ${key} in the fault site.`);
  return found;
}

/** A fresh fault site with one thing bent by `bend` (a test's whole difference from the baseline). */
export function bentSite(bend: (site: Workspace) => void): Workspace {
  const site = makeSite();
  bend(site);
  return site;
}

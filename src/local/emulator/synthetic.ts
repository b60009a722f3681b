/**
 * A large synthetic workspace for load tests of the emulator (not realistic data: the demo
 * generator in src/local/demo makes that). Issue i of n belongs to project P<i mod projects>,
 * has `historiesPerIssue` status changes one hour apart, and sits in sprint (i mod 10) + 1.
 */
import type { WsHistory, WsIssue, Workspace } from '../workspace';

export interface SyntheticOptions {
  issues: number;
  historiesPerIssue: number;
  projects?: number;
}

const STATUS_IDS = ['1', '3', '10001'];

export function syntheticWorkspace({ issues, historiesPerIssue, projects = 2 }: SyntheticOptions): Workspace {
  const projectKeys = Array.from({ length: projects }, (_, p) => `P${p}`);
  const start = Date.UTC(2024, 0, 1);
  const list: WsIssue[] = [];
  for (let i = 0; i < issues; i += 1) {
    const projectKey = projectKeys[i % projects];
    const created = start + i * 60_000;
    const changelog: WsHistory[] = [];
    for (let h = 0; h < historiesPerIssue; h += 1) {
      const from = STATUS_IDS[h % 3];
      const to = STATUS_IDS[(h + 1) % 3];
      changelog.push({
        id: String(i * historiesPerIssue + h + 1),
        created: new Date(created + (h + 1) * 3_600_000).toISOString().replace('Z', '+0000'),
        items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from, fromString: from, to, toString: to }],
      });
    }
    const status = STATUS_IDS[historiesPerIssue % 3];
    list.push({
      id: String(100000 + i),
      key: `${projectKey}-${Math.floor(i / projects) + 1}`,
      projectKey,
      rank: `0|${String(issues - i).padStart(8, '0')}`,
      changelog,
      fields: {
        summary: `Synthetic issue ${i}`,
        status: { id: status, name: status, statusCategory: { id: status === '10001' ? 3 : status === '3' ? 4 : 2, key: status === '10001' ? 'done' : status === '3' ? 'indeterminate' : 'new', name: '' } },
        issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
        created: new Date(created).toISOString().replace('Z', '+0000'),
        updated: new Date(created + historiesPerIssue * 3_600_000).toISOString().replace('Z', '+0000'),
        customfield_10020: [{ id: (i % 10) + 1, name: `Sprint ${(i % 10) + 1}`, state: 'closed' }],
      },
    });
  }
  return {
    site: 'synthetic.example',
    users: [{ accountId: 'acc-load', displayName: 'Load Tester', emailAddress: 'load@example.com', active: true, apiToken: 'tok-load' }],
    fields: [
      { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
      { id: 'status', key: 'status', name: 'Status', custom: false, schema: { type: 'status', system: 'status' } },
      { id: 'customfield_10020', key: 'customfield_10020', name: 'Sprint', custom: true, schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 } },
    ],
    statuses: [
      { id: '1', name: 'To Do', statusCategory: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' } },
      { id: '3', name: 'In Progress', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' } },
      { id: '10001', name: 'Done', statusCategory: { id: 3, key: 'done', name: 'Done', colorName: 'green' } },
    ],
    issueTypes: [{ id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 }],
    projects: projectKeys.map((key, p) => ({ id: String(10000 + p), key, name: `Project ${p}` })),
    boards: projectKeys.map((key, p) => ({ id: p + 1, name: `${key} board`, type: 'scrum' as const, projectKey: key, estimationFieldId: null, rankFieldId: 'customfield_10019', columns: [] })),
    sprints: Array.from({ length: 10 }, (_, s) => ({ id: s + 1, originBoardId: 1, name: `Sprint ${s + 1}`, state: 'closed' as const, createdDate: '2024-01-01T00:00:00.000Z' })),
    issues: list,
    permissions: {},
  };
}

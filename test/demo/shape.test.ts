/**
 * Every raw issue, changelog history and sprint is in Jira Cloud's shape: histories are validated
 * against the platform OpenAPI's Changelog schema (with null allowed where real Jira sends null),
 * sprints against the agile API's SprintBean, and field values checked key by key.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { generateDemo } from '../../src/local/demo';
import type { DemoOutput } from '../../src/local/demo';
import type { WsIssue } from '../../src/local/workspace';
import { AGILE_SPEC, PLATFORM_SPEC, specFile } from '../../src/local/emulator/spec-files';
import { FLAGGED, POINTS, RANK, SPRINT, isSubtask } from './raw-replay';

const NOW = new Date('2026-11-22T03:35:00Z');
const JIRA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/;
let demo: DemoOutput;

function loadSchemas() {
  const platform = JSON.parse(readFileSync(specFile(PLATFORM_SPEC), 'utf8')).components.schemas;
  const agile = JSON.parse(readFileSync(specFile(AGILE_SPEC), 'utf8')).components.schemas;
  // Real Jira sends null for empty from/to values, which the spec types as plain strings.
  for (const property of Object.values(platform.ChangeDetails.properties) as { type: unknown }[]) property.type = ['string', 'null'];
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', JIRA_TIME);
  ajv.addFormat('uri', /.*/);
  ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
  ajv.addSchema({ $id: 'platform', components: { schemas: platform } });
  ajv.addSchema({ $id: 'agile', components: { schemas: agile } });
  return {
    changelog: ajv.compile({ $ref: 'platform#/components/schemas/Changelog' }),
    sprint: ajv.compile({ $ref: 'agile#/components/schemas/SprintBean' }),
  };
}

beforeAll(() => {
  demo = generateDemo({ now: NOW });
});

describe('raw Jira shapes', () => {
  test('every changelog history validates against the spec and is in time order after creation, before now', () => {
    const { changelog } = loadSchemas();
    const ids = new Set<string>();
    for (const issue of demo.workspace.issues) {
      let last = Date.parse(issue.fields.created as string);
      for (const history of issue.changelog) {
        const historyId = history.id;
        if (!changelog(history as unknown)) throw new Error(`${issue.key} history ${historyId}: ${JSON.stringify(changelog.errors)}`);
        if (ids.has(history.id)) throw new Error(`history id ${history.id} used twice`);
        ids.add(history.id);
        const at = Date.parse(history.created);
        if (at < last || at >= NOW.getTime()) throw new Error(`${issue.key} history ${history.id} out of time order`);
        last = at;
      }
    }
    expect(ids.size).toBeGreaterThan(3000);
  });

  test('every sprint validates against SprintBean', () => {
    const { sprint } = loadSchemas();
    for (const s of demo.workspace.sprints) expect({ id: s.id, valid: sprint(s) }).toEqual({ id: s.id, valid: true });
  });

  test('changelog items follow the facts of real Jira data', () => {
    const statusIds = new Set(demo.workspace.statuses.map((s) => s.id));
    const accountIds = new Set(demo.workspace.users.map((u) => u.accountId));
    const sprintIds = /^(\d+(, \d+)*)?$/;
    for (const issue of demo.workspace.issues) {
      for (const item of issue.changelog.flatMap((h) => h.items)) {
        switch (item.fieldId) {
          case RANK:
            expect([item.from, item.to, item.fromString]).toEqual(['', '', '']);
            expect(['Ranked higher', 'Ranked lower']).toContain(item.toString);
            break;
          case SPRINT:
            expect(item.from).toMatch(sprintIds);
            expect(item.to).toMatch(sprintIds);
            expect(item.field).toBe('Sprint');
            break;
          case POINTS:
            expect([item.from, item.to]).toEqual([null, null]);
            expect(item.toString === null || /^\d+$/.test(item.toString)).toBe(true);
            break;
          case 'status':
            expect(statusIds.has(item.from!) && statusIds.has(item.to!)).toBe(true);
            expect(item.fieldtype).toBe('jira');
            break;
          case 'assignee':
            expect(item.to === null || accountIds.has(item.to)).toBe(true);
            break;
          case FLAGGED:
            expect([null, 'Impediment']).toContain(item.toString);
            break;
          case 'resolution':
            break;
          default:
            throw new Error(`unexpected changelog field ${item.fieldId}`);
        }
      }
    }
  });

  test('every issue carries the site fields in Jira shapes', () => {
    const required = ['summary', 'issuetype', 'status', 'labels', 'components', 'parent', 'issuelinks', 'assignee', 'reporter', 'created', 'updated', 'resolutiondate', 'resolution', 'description', 'subtasks', SPRINT, RANK, POINTS, FLAGGED];
    const keys = new Set(demo.workspace.issues.map((i) => i.key));
    const byKey = new Map(demo.workspace.issues.map((i) => [i.key, i]));
    const problems: string[] = [];
    const check = (issue: WsIssue, ok: boolean, what: string) => {
      if (!ok) problems.push(`${issue.key}: ${what}`);
    };
    for (const issue of demo.workspace.issues) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- this test is the check of the fields' shapes, so it reads them untyped
      const f = issue.fields as Record<string, any>;
      for (const field of required) check(issue, field in f, `missing ${field}`);
      check(issue, typeof f.summary === 'string' && f.summary.length > 0, 'summary');
      check(issue, typeof f.status.id === 'string' && typeof f.status.name === 'string' && ['new', 'indeterminate', 'done'].includes(f.status.statusCategory.key), 'status');
      check(issue, typeof f.issuetype.id === 'string' && typeof f.issuetype.subtask === 'boolean' && Number.isInteger(f.issuetype.hierarchyLevel), 'issuetype');
      check(issue, JIRA_TIME.test(f.created) && JIRA_TIME.test(f.updated) && f.updated >= f.created, 'created/updated');
      check(issue, f.description.type === 'doc' && f.description.version === 1 && Array.isArray(f.description.content), 'description');
      check(issue, f[RANK] === issue.rank, 'rank');
      check(issue, typeof f.reporter.accountId === 'string', 'reporter');
      check(issue, f.assignee === null || typeof f.assignee.accountId === 'string', 'assignee');
      const done = f.status.statusCategory.key === 'done';
      check(issue, (f.resolution !== null) === done && (f.resolutiondate !== null) === done, 'resolution');
      check(issue, f[FLAGGED] === null || (f[FLAGGED].length === 1 && f[FLAGGED][0].value === 'Impediment'), 'flagged');
      check(issue, f[POINTS] === null || typeof f[POINTS] === 'number', 'points');
      for (const s of f[SPRINT] ?? []) check(issue, typeof s.id === 'number' && typeof s.name === 'string' && typeof s.boardId === 'number' && ['closed', 'active', 'future'].includes(s.state), 'sprint value');
      for (const link of f.issuelinks) check(issue, keys.has((link.inwardIssue ?? link.outwardIssue).key) && link.type.inward === 'is blocked by', 'link');
      if (isSubtask(issue)) {
        // A sub-task is in sprints of its parent only (Jira moves it with the parent; a finished one stays behind),
        // and while both are open, in the same open sprints.
        const parent = byKey.get(f.parent?.key);
        check(issue, parent !== undefined, 'sub-task parent');
        const own = (f[SPRINT] ?? []).map((s: { id: number }) => s.id);
        const ofParent = ((parent?.fields[SPRINT] as { id: number; state: string }[] | null) ?? []);
        check(issue, own.every((id: number) => ofParent.some((p) => p.id === id)), 'sub-task sprint not its parent’s');
        const openOf = (values: { id: number; state: string }[]) => values.filter((v) => v.state !== 'closed').map((v) => v.id).join(',');
        if (!done && (parent?.fields.status as { statusCategory: { key: string } }).statusCategory.key !== 'done') {
          check(issue, openOf(f[SPRINT] ?? []) === openOf(ofParent), 'open sub-task not in its parent’s open sprint');
        }
      }
      for (const sub of f.subtasks) check(issue, keys.has(sub.key), 'sub-task');
    }
    expect(problems).toEqual([]);
    expect(demo.workspace.issues.length).toBeGreaterThan(1000);
  });

  test('the final sprint field matches the last Sprint change; issues with no change hold it since creation', () => {
    const check = (issue: WsIssue) => {
      const changes = issue.changelog.flatMap((h) => h.items).filter((i) => i.fieldId === SPRINT);
      const now = ((issue.fields[SPRINT] as { id: number }[] | null) ?? []).map((s) => String(s.id)).join(', ');
      if (changes.length > 0) expect(changes[changes.length - 1].to).toBe(now);
    };
    demo.workspace.issues.forEach(check);
  });

  test('rank strings are unique within a project and sort in rank order', () => {
    for (const project of demo.workspace.projects) {
      const ranks = demo.workspace.issues.filter((i) => i.projectKey === project.key).map((i) => i.rank);
      expect(new Set(ranks).size).toBe(ranks.length);
    }
  });

  test('site configuration: fields, statuses, issue types and boards as the conventions say', () => {
    const ws = demo.workspace;
    const field = (id: string) => ws.fields.find((f) => f.id === id)!;
    expect(field(SPRINT).schema?.custom).toBe('com.pyxis.greenhopper.jira:gh-sprint');
    expect(field(RANK).schema?.custom).toBe('com.pyxis.greenhopper.jira:gh-lexo-rank');
    expect(field(POINTS).schema?.custom).toBe('com.pyxis.greenhopper.jira:jsw-story-points');
    expect(ws.statuses.map((s) => [s.name, s.statusCategory.key])).toEqual([
      ['To Do', 'new'], ['In Progress', 'indeterminate'], ['In Review', 'indeterminate'], ['Done', 'done'],
    ]);
    expect(ws.issueTypes.filter((t) => t.subtask).map((t) => t.name)).toEqual(['Sub-task']);
    for (const user of ws.users) expect(user.emailAddress).toMatch(/@/);
    expect(ws.boards.filter((b) => b.type === 'scrum').every((b) => b.estimationFieldId === POINTS)).toBe(true);
  });
});

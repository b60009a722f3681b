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
import { FLAGGED, POINTS, RANK, SPRINT, isSubtask } from './raw-replay';

const NOW = new Date('2026-11-22T03:35:00Z');
const JIRA_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/;
let demo: DemoOutput;

function loadSchemas() {
  const platform = JSON.parse(readFileSync('/work/shared/specs/jira-platform-v3.json', 'utf8')).components.schemas;
  const agile = JSON.parse(readFileSync('/work/shared/specs/jira-software-agile-1.0.json', 'utf8')).components.schemas;
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
        const valid = changelog(history);
        if (!valid) throw new Error(`${issue.key} history ${history.id}: ${JSON.stringify(changelog.errors)}`);
        expect(ids.has(history.id)).toBe(false);
        ids.add(history.id);
        const at = Date.parse(history.created);
        expect(at).toBeGreaterThanOrEqual(last);
        expect(at).toBeLessThan(NOW.getTime());
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
    for (const issue of demo.workspace.issues) {
      for (const field of required) expect(issue.fields).toHaveProperty(field);
      const f = issue.fields as Record<string, any>;
      expect(typeof f.summary).toBe('string');
      expect(f.status).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), statusCategory: expect.objectContaining({ key: expect.any(String) }) }));
      expect(f.created).toMatch(JIRA_TIME);
      expect(f.updated).toMatch(JIRA_TIME);
      expect(f.description.type).toBe('doc');
      expect(f[RANK]).toBe(issue.rank);
      expect(f.reporter.accountId).toEqual(expect.any(String));
      const done = f.status.statusCategory.key === 'done';
      expect(f.resolution !== null).toBe(done);
      expect(f.resolutiondate !== null).toBe(done);
      if (f[FLAGGED] !== null) expect(f[FLAGGED]).toEqual([expect.objectContaining({ value: 'Impediment' })]);
      if (f[SPRINT] !== null) {
        for (const s of f[SPRINT]) expect(s).toEqual(expect.objectContaining({ id: expect.any(Number), name: expect.any(String), state: expect.any(String), boardId: expect.any(Number) }));
      }
      for (const link of f.issuelinks) expect(keys.has((link.inwardIssue ?? link.outwardIssue).key)).toBe(true);
      if (isSubtask(issue)) {
        expect(keys.has(f.parent.key)).toBe(true);
        expect(f[SPRINT]).toBeNull();
      }
      for (const sub of f.subtasks) expect(keys.has(sub.key)).toBe(true);
    }
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

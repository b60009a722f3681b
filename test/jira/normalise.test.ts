import type { FieldIds } from '../../src/domain/types';
import { adfToText, richTextOrNull } from '../../src/jira/adf';
import { normaliseIssue } from '../../src/jira/normalise';
import { normaliseChangelog } from '../../src/jira/normalise-changelog';
import type { RawHistory } from '../../src/jira/raw';
import { readDateTime } from '../../src/jira/values';
import { example, rawIssue } from './fake-transport';

const FIELD_IDS: FieldIds = { sprint: 'customfield_10020', rank: 'customfield_10019', estimate: 'customfield_10016', flagged: 'customfield_10021', acceptanceCriteria: null };
const CTX = { projectKey: 'ABC', fieldIds: FIELD_IDS, statusCategories: { '3': 'indeterminate' as const, '10001': 'done' as const }, fetchedAt: '2026-03-10T12:00:00.000Z' };
const ALICE = { accountId: 'acc-alice', displayName: 'Alice', active: true, avatarUrls: { '48x48': 'https://avatars.example/alice.png' } };

function goodFields(): Record<string, unknown> {
  return {
    summary: 'Checkout with saved card',
    issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
    status: { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
    project: { key: 'ABC' },
    labels: ['payments'],
    components: [{ id: '1', name: 'Web' }],
    parent: { key: 'ABC-1' },
    subtasks: [{ key: 'ABC-9' }],
    issuelinks: [
      { type: { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, inwardIssue: { key: 'ABC-7', fields: { status: { id: '10001', statusCategory: { key: 'done' } } } } },
      { type: { name: 'Blocks' }, outwardIssue: { key: 'ABC-8' } },
      { type: { name: 'Relates' }, inwardIssue: { key: 'ABC-6' } },
    ],
    created: '2026-03-01T09:00:00.000+0000',
    updated: '2026-03-05T09:00:00.000+0000',
    resolutiondate: null,
    assignee: ALICE,
    reporter: { accountId: 'acc-bob', displayName: 'Bob', active: false },
    description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pay faster.' }] }] },
    customfield_10016: 5,
    customfield_10019: '0|i0001b:',
    customfield_10020: [{ id: 76, name: 'Sprint 1', state: 'closed' }, { id: 80, name: 'Sprint 2', state: 'active' }],
    customfield_10021: [{ value: 'Impediment' }],
  };
}

describe('normaliseIssue', () => {
  it('reads every field of a well-formed issue', () => {
    const { issue, notes } = normaliseIssue(rawIssue('101', 'ABC-2', goodFields()), [], CTX);
    expect(notes).toEqual([]);
    expect(issue).toEqual({
      id: '101',
      key: 'ABC-2',
      projectKey: 'ABC',
      summary: 'Checkout with saved card',
      issueType: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
      status: { id: '3', name: 'In Progress', category: 'indeterminate' },
      estimate: 5,
      labels: ['payments'],
      components: ['Web'],
      parentKey: 'ABC-1',
      subtaskKeys: ['ABC-9'],
      blockedBy: [{ key: 'ABC-7', statusCategory: 'done' }],
      flagged: true,
      description: 'Pay faster.',
      acceptanceCriteria: null,
      created: '2026-03-01T09:00:00.000+0000',
      updated: '2026-03-05T09:00:00.000+0000',
      resolutionDate: null,
      assignee: { accountId: 'acc-alice', displayName: 'Alice', avatarUrl: 'https://avatars.example/alice.png', active: true },
      reporter: { accountId: 'acc-bob', displayName: 'Bob', avatarUrl: null, active: false },
      sprintIds: [76, 80],
      rankIndex: 0,
      rank: '0|i0001b:',
      changelog: [],
    });
  });

  it('turns malformed fields into empty values with notes naming the issue and field', () => {
    const fields = {
      ...goodFields(),
      summary: 42,
      status: { id: '999', name: 'Migrated' },
      customfield_10016: 'lots',
      customfield_10020: 'Sprint 1',
      labels: 'payments',
      created: 'yesterday',
      customfield_10021: [],
    };
    const { issue, notes } = normaliseIssue(rawIssue('102', 'ABC-3', fields), [], CTX);
    expect(issue.summary).toBe('');
    expect(issue.estimate).toBeNull();
    expect(issue.sprintIds).toEqual([]);
    expect(issue.labels).toEqual([]);
    expect(issue.flagged).toBe(false);
    expect(issue.status).toEqual({ id: '999', name: 'Migrated', category: 'new' });
    expect(issue.created).toBe('2026-03-10T12:00:00.000Z');
    expect(notes.map((n) => [n.code, n.issueKey, n.fieldId])).toEqual([
      ['malformed-field', 'ABC-3', 'summary'],
      ['malformed-field', 'ABC-3', 'created'],
      ['unknown-status-category', 'ABC-3', 'status'],
      ['malformed-field', 'ABC-3', 'customfield_10016'],
      ['malformed-field', 'ABC-3', 'labels'],
      ['malformed-field', 'ABC-3', 'customfield_10020'],
    ]);
    for (const note of notes) expect(note.message).toMatch(/^ABC-3: /);
  });

  it('takes the status category from the site list when the issue omits it, and survives empty fields', () => {
    const { issue, notes } = normaliseIssue(rawIssue('103', 'ABC-4', { status: { id: '10001', name: 'Shipped' } }), [], CTX);
    expect(issue.status.category).toBe('done');
    expect(issue.issueType).toEqual({ id: '', name: 'Unknown', subtask: false, hierarchyLevel: 0 });
    expect(notes.map((n) => n.fieldId)).toEqual(['summary', 'created', 'issuetype']);
  });

  it('reads the hierarchy level Jira gives the issue type (an epic is 1), and one it leaves out from the sub-task flag', () => {
    const typed = (issuetype: Record<string, unknown>) => normaliseIssue(rawIssue('104', 'ABC-5', { ...goodFields(), issuetype }), [], CTX).issue.issueType;
    expect(typed({ id: '10000', name: 'Epic', subtask: false, hierarchyLevel: 1 })).toEqual({ id: '10000', name: 'Epic', subtask: false, hierarchyLevel: 1 });
    expect(typed({ id: '10003', name: 'Sub-task', subtask: true })).toEqual({ id: '10003', name: 'Sub-task', subtask: true, hierarchyLevel: -1 });
    expect(typed({ id: '10001', name: 'Story', subtask: false, hierarchyLevel: 'one' }).hierarchyLevel).toBe(0);
  });

  it('reads the spec search example without throwing', () => {
    const raw = example('searchJql').issues[0];
    const { issue } = normaliseIssue({ id: raw.id, key: raw.key, fields: raw.fields as Record<string, unknown> }, [], CTX);
    expect(issue.key).toBe('ED-1');
    expect(issue.description).toBe('Main order flow broken');
  });
});

describe('normaliseChangelog', () => {
  const item = { field: 'status', fieldId: 'status', fieldtype: 'jira', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' };

  it('accepts created as epoch ms, epoch seconds or ISO, outputs ISO, and sorts oldest first', () => {
    const histories: RawHistory[] = [
      { id: '3', author: ALICE, created: '2026-03-03T10:00:00.000+0000', items: [item] },
      { id: '1', author: ALICE, created: 1772359200000, items: [item] }, // 2026-03-01T10:00:00Z in ms
      { id: '2', created: 1772445600, items: [{ ...item, fieldId: 'customfield_10019', field: 'Rank', fieldtype: 'custom', from: '', to: '', fromString: '', toString: 'Ranked higher' }] }, // 2026-03-02T10:00:00Z in s
    ];
    const events = normaliseChangelog(histories, 'ABC-2');
    expect(events.map((e) => [e.historyId, e.at, e.fieldId])).toEqual([
      ['1', '2026-03-01T10:00:00.000Z', 'status'],
      ['2', '2026-03-02T10:00:00.000Z', 'customfield_10019'],
      ['3', '2026-03-03T10:00:00.000+0000', 'status'],
    ]);
    expect(events[0].author).toEqual({ accountId: 'acc-alice', displayName: 'Alice', avatarUrl: 'https://avatars.example/alice.png', active: true });
    expect(events[1].author).toBeNull();
    expect(events[1].toString).toBe('Ranked higher');
  });

  it('leaves out histories without a date and items without a field id, with notes', () => {
    const notes: { code: string }[] = [];
    const events = normaliseChangelog(
      [
        { id: '1', created: 'not a date', items: [item] },
        { id: '2', created: '2026-03-03T10:00:00.000+0000', items: [{ field: 'Sprint', fieldtype: 'custom', from: '1', to: '2', fromString: null, toString: null }, { field: 'status', fieldtype: 'jira', from: '1', to: '3', fromString: null, toString: null }] },
      ],
      'ABC-5',
      notes as never,
    );
    expect(events.map((e) => e.fieldId)).toEqual(['status']);
    expect(notes.map((n) => n.code)).toEqual(['malformed-history-date', 'changelog-item-without-field-id']);
  });

  it('readDateTime rejects nonsense', () => {
    expect(readDateTime(undefined)).toBeNull();
    expect(readDateTime('')).toBeNull();
    expect(readDateTime(Number.NaN)).toBeNull();
    expect(readDateTime(0)).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('adfToText', () => {
  it('flattens paragraphs, headings, lists, breaks, mentions and cards', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Acceptance criteria' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Given a card' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'When I pay', marks: [{ type: 'strong' }] }] }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Ask ' }, { type: 'mention', attrs: { id: 'x', text: '@Alice' } }, { type: 'hardBreak' }, { type: 'inlineCard', attrs: { url: 'https://example.com/spec' } }] },
        { type: 'paragraph', content: [] },
        { type: 'futureNode', content: [{ type: 'text', text: 'still here' }] },
      ],
    };
    expect(adfToText(doc)).toBe('Acceptance criteria\n- Given a card\n- When I pay\nAsk @Alice\nhttps://example.com/spec\nstill here');
  });

  it('keeps plain strings, and gives null for empty or non-ADF values', () => {
    expect(adfToText('  plain text ')).toBe('plain text');
    expect(richTextOrNull({ type: 'doc', content: [{ type: 'paragraph' }] })).toBeNull();
    expect(richTextOrNull(null)).toBeNull();
    expect(richTextOrNull(12)).toBeNull();
  });

  it('reads a list nested 20,000 levels deep whole, without running out of stack', () => {
    let node: unknown = { type: 'text', text: 'x' };
    for (let level = 0; level < 20_000; level += 1) node = { type: 'listItem', content: [node] };
    // Each list item starts with "- ", and the innermost text follows the last one.
    expect(adfToText({ type: 'doc', content: [node] })).toBe(`${'- '.repeat(20_000)}x`);
  });

  it('trims a line of 30,000 spaces as any other line', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    expect(adfToText({ type: 'doc', content: [paragraph(`a${' '.repeat(30_000)}`), paragraph(`${' '.repeat(30_000)}b \u00a0`)] })).toBe(`a\n${' '.repeat(30_000)}b`);
  });
});

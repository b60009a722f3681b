/**
 * The normaliser on input Jira should never send but sometimes does: nothing throws, every value
 * it cannot read becomes empty with a note naming the issue and the field.
 */
import type { FieldIds } from '../../src/domain/types';
import { normaliseIssue } from '../../src/jira/normalise';
import { normaliseChangelog } from '../../src/jira/normalise-changelog';
import type { RawHistory, RawIssue } from '../../src/jira/raw';

const FIELD_IDS: FieldIds = { sprint: 'customfield_10020', rank: 'customfield_10019', estimate: 'customfield_10016', flagged: 'customfield_10021', acceptanceCriteria: null };
const CTX = { projectKey: 'ABC', fieldIds: FIELD_IDS, statusCategories: { '3': 'indeterminate' as const }, fetchedAt: '2026-02-10T12:00:00.000Z' };
const WELL_FORMED = {
  summary: 'Pay by card',
  issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
  status: { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
  created: '2026-02-01T09:00:00.000+0000',
};

describe('normaliseIssue on bad input', () => {
  it('an issue without any fields: empty values and four notes, in field order', () => {
    const { issue, notes } = normaliseIssue({ id: '9', key: 'ABC-9' } as RawIssue, [], CTX);
    expect(issue).toMatchObject({ key: 'ABC-9', summary: '', created: CTX.fetchedAt, issueType: { id: '', name: 'Unknown' }, status: { id: '', name: 'Unknown', category: 'new' }, estimate: null, sprintIds: [], labels: [], changelog: [] });
    expect(notes.map((n) => [n.fieldId, n.message])).toEqual([
      ['summary', 'ABC-9: the summary could not be read, so it is treated as empty.'],
      ['created', 'ABC-9: the creation date could not be read; the time of this refresh is used instead.'],
      ['issuetype', 'ABC-9: the issue type could not be read, so it is treated as empty.'],
      ['status', 'ABC-9: the status could not be read, so it is treated as empty.'],
    ]);
  });

  it('lists, links, people and text of the wrong type become empty, with a note for each list', () => {
    const fields = { ...WELL_FORMED, labels: 'urgent', components: { name: 'Web' }, subtasks: 5, issuelinks: 'ABC-1', description: 42, assignee: 'bob', reporter: { displayName: 'No id' } };
    const { issue, notes } = normaliseIssue({ id: '9', key: 'ABC-9', fields }, [], CTX);
    expect(issue).toMatchObject({ labels: [], components: [], subtaskKeys: [], blockedBy: [], description: null, assignee: null, reporter: null });
    expect(notes.map((n) => n.fieldId)).toEqual(['labels', 'components', 'subtasks', 'issuelinks']);
    expect(notes.map((n) => [n.code, n.issueKey, n.message])).toEqual([
      ['malformed-field', 'ABC-9', 'ABC-9: the list of labels could not be read, so it is treated as empty.'],
      ['malformed-field', 'ABC-9', 'ABC-9: the list of components could not be read, so it is treated as empty.'],
      ['malformed-field', 'ABC-9', 'ABC-9: the list of sub-tasks could not be read, so it is treated as empty.'],
      ['malformed-field', 'ABC-9', 'ABC-9: the list of issue links could not be read, so it is treated as empty.'],
    ]);
  });

  it('a sprint list mixing good entries with junk keeps the good ids and notes each bad entry', () => {
    const fields = { ...WELL_FORMED, customfield_10020: [{ id: 2, name: 'Sprint 2' }, null, 'garbage', { id: 'x' }, { id: 2 }] };
    const { issue, notes } = normaliseIssue({ id: '9', key: 'ABC-9', fields }, [], CTX);
    expect(issue.sprintIds).toEqual([2]);
    expect(notes.map((n) => n.code)).toEqual(['malformed-field', 'malformed-field', 'malformed-field']);
    // null, 'garbage' and { id: 'x' }: each left out, and the note says only that entry went (sprint 2 is kept).
    expect(notes).toEqual(Array(3).fill({ code: 'malformed-field', message: 'ABC-9: an entry of the sprint field could not be read and was left out.', issueKey: 'ABC-9', fieldId: 'customfield_10020' }));
  });

  it('estimates: "abc", Infinity and an empty text are empty with a note; " 3.5 " is 3.5; -2 is kept with a note', () => {
    const estimateOf = (value: unknown) => normaliseIssue({ id: '9', key: 'ABC-9', fields: { ...WELL_FORMED, customfield_10016: value } }, [], CTX);
    expect(['abc', Infinity, '   '].map((v) => [estimateOf(v).issue.estimate, estimateOf(v).notes.map((n) => n.code)])).toEqual([
      [null, ['malformed-field']],
      [null, ['malformed-field']],
      [null, ['malformed-field']],
    ]);
    for (const value of ['abc', Infinity, '   ']) {
      expect(estimateOf(value).notes).toEqual([{ code: 'malformed-field', message: 'ABC-9: the estimate could not be read, so it is treated as empty.', issueKey: 'ABC-9', fieldId: 'customfield_10016' }]);
    }
    expect(estimateOf(' 3.5 ').issue.estimate).toBe(3.5);
    expect(estimateOf(-2)).toMatchObject({ issue: { estimate: -2 }, notes: [{ code: 'negative-estimate', message: 'ABC-9: the estimate is negative (-2), so it counts as 0.', fieldId: 'customfield_10016' }] });
  });

  it('a status category key Jira does not define falls back to the site list', () => {
    const fields = { ...WELL_FORMED, status: { id: '3', name: 'In Progress', statusCategory: { key: 'weird' } } };
    const { issue, notes } = normaliseIssue({ id: '9', key: 'ABC-9', fields }, [], CTX);
    expect(issue.status.category).toBe('indeterminate');
    expect(notes).toEqual([]);
  });
});

describe('normaliseChangelog on bad input', () => {
  it('keeps changes to fields we do not know under their own id (the analysis ignores them)', () => {
    const histories: RawHistory[] = [{ id: '1', created: '2026-02-02T09:00:00.000+0000', items: [{ field: 'Mood', fieldtype: 'custom', fieldId: 'customfield_99999', from: null, fromString: null, to: 'happy', toString: 'happy' }] }];
    expect(normaliseChangelog(histories, 'ABC-9').map((e) => [e.fieldId, e.to, e.author])).toEqual([['customfield_99999', 'happy', null]]);
  });

  it('a history without items, or with an empty list of them, gives no events and does not throw', () => {
    const histories = [
      { id: '1', created: '2026-02-02T09:00:00.000+0000' },
      { id: '2', created: '2026-02-03T09:00:00.000+0000', items: [] },
    ] as unknown as RawHistory[];
    const notes: never[] = [];
    expect(normaliseChangelog(histories, 'ABC-9', notes)).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('change values: text kept, numbers become text, anything else empty with one note per change', () => {
    const notes: { code: string; message: string; fieldId?: string }[] = [];
    const item = (from: unknown, to: unknown, toString: unknown = null) => ({ field: 'Sprint', fieldtype: 'custom', fieldId: 'customfield_10020', from, fromString: null, to, toString }) as never;
    const events = normaliseChangelog([
      { id: '1', created: '2026-02-02T09:00:00.000+0000', items: [item('1', 2), item(3.5, null)] },
      { id: '2', created: '2026-02-03T09:00:00.000+0000', items: [item({ id: 1 }, [2], true), item(Number.NaN, '4')] },
    ], 'ABC-9', notes as never[]);
    expect(events.map((e) => [e.from, e.to, e.toString])).toEqual([['1', '2', null], ['3.5', null, null], [null, null, null], [null, '4', null]]);
    expect(notes).toEqual([
      { code: 'malformed-field', message: 'ABC-9: a change to "Sprint" on 2026-02-03 (history 2) holds a value we could not read, so that value is treated as empty.', issueKey: 'ABC-9', fieldId: 'customfield_10020' },
      { code: 'malformed-field', message: 'ABC-9: a change to "Sprint" on 2026-02-03 (history 2) holds a value we could not read, so that value is treated as empty.', issueKey: 'ABC-9', fieldId: 'customfield_10020' },
    ]);
  });

  it('a field id that is not text counts as missing: a custom change is left out with a note', () => {
    const notes: { code: string; message: string }[] = [];
    const events = normaliseChangelog([{ id: '1', created: '2026-02-02T09:00:00.000+0000', items: [{ field: 'Rank', fieldtype: 'custom', fieldId: 10019, from: '', to: '' } as never] }], 'ABC-9', notes as never[]);
    expect(events).toEqual([]);
    expect(notes.map((n) => [n.code, n.message])).toEqual([['changelog-item-without-field-id', 'ABC-9: a change to "Rank" has no field id and was left out.']]);
  });

  it('a Jira field named without its id ("status", fieldtype jira) is read by its name; a custom one without id is left out with a note', () => {
    const notes: { code: string; message: string }[] = [];
    const events = normaliseChangelog([{ id: '1', created: '2026-02-02T09:00:00.000+0000', items: [
      { field: 'Status', fieldtype: 'jira', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' },
      { field: 'Itération', fieldtype: 'custom', from: '', fromString: '', to: '2', toString: 'Sprint 2' },
    ] }], 'ABC-9', notes as never[]);
    expect(events.map((e) => e.fieldId)).toEqual(['status']);
    expect(notes.map((n) => n.message)).toEqual(['ABC-9: a change to "Itération" has no field id and was left out.']);
  });
});

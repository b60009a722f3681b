/**
 * Equal values of one load share one object (interner.ts), and sharing changes no value: the same
 * data comes out as without it.
 */
import { Interner } from '../../src/domain/interner';
import { normaliseFields } from '../../src/jira/normalise';
import { normaliseChangelog } from '../../src/jira/normalise-changelog';
import type { RawHistory } from '../../src/jira/raw';

const author = (name: string) => ({ accountId: 'a-1', displayName: name, active: true, avatarUrls: { '48x48': 'https://avatar/a-1' } });
const history = (id: string, name: string, to: string): RawHistory => ({
  id,
  author: author(name),
  created: `2026-01-0${id.length}T10:00:00.000+0000`,
  items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to, toString: 'Done' }],
});
const CONTEXT = { projectKey: 'P', fieldIds: { sprint: null, rank: null, estimate: null, flagged: null, acceptanceCriteria: null }, statusCategories: {}, fetchedAt: '2026-01-09T00:00:00.000Z' };
const fields = { summary: 's', created: '2026-01-01T00:00:00.000+0000', status: { id: '3', name: 'Done', statusCategory: { key: 'done' } }, issuetype: { id: '1', name: 'Story' }, labels: ['tech'], assignee: author('Ann') };

describe('Interner', () => {
  it('gives the authors and values of two issues one object each when they are equal, and another when they differ', () => {
    const interner = new Interner();
    const [first] = normaliseChangelog([history('1', 'Ann', '3')], 'P-1', [], interner);
    const [second] = normaliseChangelog([history('22', 'Ann', '3')], 'P-2', [], interner);
    const [renamed] = normaliseChangelog([history('333', 'Ann B.', '3')], 'P-3', [], interner);
    expect(second.author).toBe(first.author);
    expect(renamed.author).not.toBe(first.author);
    expect(renamed.author).toEqual({ accountId: 'a-1', displayName: 'Ann B.', avatarUrl: 'https://avatar/a-1', active: true });
  });

  it("shares an issue's status, type and people across issues, with the values unchanged", () => {
    const interner = new Interner();
    const one = normaliseFields({ id: '1', key: 'P-1', fields }, { ...CONTEXT, interner }).issue;
    const two = normaliseFields({ id: '2', key: 'P-2', fields: structuredClone(fields) }, { ...CONTEXT, interner }).issue;
    expect(two.status).toBe(one.status);
    expect(two.issueType).toBe(one.issueType);
    expect(two.assignee).toBe(one.assignee);
    const alone = normaliseFields({ id: '2', key: 'P-2', fields: structuredClone(fields) }, CONTEXT).issue;
    expect(alone).toEqual(two);
    expect(two.status).toEqual({ id: '3', name: 'Done', category: 'done' });
  });
});

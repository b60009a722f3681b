import { JiraHttpError } from '../../src/local/emulator/errors';
import { parseJql } from '../../src/local/emulator/jql/parser';
import { parseJqlDate } from '../../src/local/emulator/jql/dates';

function parseError(jql: string): string {
  try {
    parseJql(jql);
  } catch (error) {
    expect(error).toBeInstanceOf(JiraHttpError);
    expect((error as JiraHttpError).status).toBe(400);
    return (error as JiraHttpError).body.errorMessages[0];
  }
  throw new Error(`expected '${jql}' to be refused`);
}

describe('JQL parser', () => {
  test('AND binds tighter than OR', () => {
    const q = parseJql('project = KAN OR project = SCR AND issuetype = Bug');
    expect(q.where).toEqual({
      type: 'or',
      clauses: [
        { type: 'term', field: 'project', operator: '=', values: [{ kind: 'literal', text: 'KAN' }], pos: 1 },
        {
          type: 'and',
          clauses: [
            { type: 'term', field: 'project', operator: '=', values: [{ kind: 'literal', text: 'SCR' }], pos: 18 },
            { type: 'term', field: 'issuetype', operator: '=', values: [{ kind: 'literal', text: 'Bug' }], pos: 36 },
          ],
        },
      ],
    });
  });

  test('parentheses, NOT, not in, is empty, functions, aliases, quoted values', () => {
    const q = parseJql('NOT (type = "Bug" || key != \'SCR-1\') && status NOT IN ("To Do", Done) and sprint is not EMPTY and sprint in openSprints()');
    expect(q.where).toMatchObject({
      type: 'and',
      clauses: [
        { type: 'not', clause: { type: 'or', clauses: [{ field: 'issuetype', operator: '=' }, { field: 'key', operator: '!=', values: [{ text: 'SCR-1' }] }] } },
        { field: 'status', operator: 'not in', values: [{ kind: 'literal', text: 'To Do' }, { kind: 'literal', text: 'Done' }] },
        { field: 'sprint', operator: 'is not', values: [{ kind: 'empty' }] },
        { field: 'sprint', operator: 'in', values: [{ kind: 'function', name: 'opensprints' }] },
      ],
    });
  });

  test('ORDER BY with several keys and directions; field names are case-insensitive', () => {
    const q = parseJql('PROJECT = SCR order by Rank DESC, created, issuekey asc');
    expect(q.orderBy).toEqual([
      { field: 'rank', direction: 'desc' },
      { field: 'created', direction: 'asc' },
      { field: 'key', direction: 'asc' },
    ]);
  });

  test('a query with only ORDER BY has no WHERE clause', () => {
    expect(parseJql('ORDER BY Rank ASC')).toEqual({ where: null, orderBy: [{ field: 'rank', direction: 'asc' }] });
    expect(parseJql('   ')).toEqual({ where: null, orderBy: [] });
  });

  test('an unquoted date followed by an unquoted time is one value', () => {
    const q = parseJql('created >= 2024-02-10 09:00');
    expect(q.where).toMatchObject({ field: 'created', operator: '>=', values: [{ kind: 'literal', text: '2024-02-10 09:00' }] });
  });

  test('refuses bad queries with a 400 and a readable message', () => {
    expect(parseError('foo = bar')).toBe("Error in the JQL query: the field 'foo' does not exist or you may not see it (at character 1).");
    expect(parseError('project = ')).toBe('Error in the JQL query: the query ends too early.');
    expect(parseError('(project = SCR')).toBe("Error in the JQL query: expected ')' but the query ended.");
    expect(parseError('project = "SCR')).toBe('Error in the JQL query: a quoted value is not closed (at character 11).');
    expect(parseError('status > Done')).toBe("Error in the JQL query: the operator '>' cannot be used with the field 'status' (at character 8).");
    expect(parseError('project = SCR ORDER BY summary')).toBe("Error in the JQL query: ordering by 'summary' is not supported here (at character 24).");
    expect(parseError('sprint in mySprints()')).toBe("Error in the JQL query: the function 'mySprints' is not supported here (at character 11).");
    expect(parseError('project = SCR project = KAN')).toBe("Error in the JQL query: unexpected 'project' (at character 15).");
    expect(parseError('project = SCR ORDER BY key, key, key, key, key, key, key, key')).toBe('Error in the JQL query: ORDER BY takes at most 7 fields.');
  });
});

describe('JQL dates', () => {
  const now = Date.UTC(2024, 5, 15, 12, 0);
  test.each([
    ['2024-01-05', Date.UTC(2024, 0, 5)],
    ['2024/01/05', Date.UTC(2024, 0, 5)],
    ['2024-01-05 12:30', Date.UTC(2024, 0, 5, 12, 30)],
    ['2024/1/5 07:05', Date.UTC(2024, 0, 5, 7, 5)],
    ['-7d', now - 7 * 86_400_000],
    ['-2w', now - 14 * 86_400_000],
    ['-3h', now - 3 * 3_600_000],
    ['-30m', now - 30 * 60_000],
  ])('%s', (text, expected) => {
    expect(parseJqlDate(text, now)).toBe(expected);
  });

  test.each(['2024-13-01', '2024-02-30', '2024-01-05 25:00', 'yesterday', '05/01/2024'])('refuses %s', (text) => {
    expect(parseJqlDate(text, now)).toBeNull();
  });
});

/**
 * Cutting a JSON answer into the elements of one of its arrays (json-pieces.ts): every element's
 * text parses to what JSON.parse of the whole gives, whatever the strings hold, and what is not
 * well-formed is refused as JSON.parse refuses it.
 */
import { splitTopLevelArray } from '../../src/jira/json-pieces';

describe('splitTopLevelArray', () => {
  it('gives the text of each element and parses the other members, strings with brackets, quotes and escapes included', () => {
    const answer = {
      nextPageToken: 'a"b\\c]',
      issueChangeLogs: [
        { issueId: '1', changeHistories: [{ id: '7', items: [{ toString: 'x}]{["\\' }] }] },
        { issueId: '2', changeHistories: [] },
        'plain',
        12.5e3,
        null,
      ],
      isLast: false,
    };
    for (const text of [JSON.stringify(answer), JSON.stringify(answer, null, 2)]) {
      const split = splitTopLevelArray(text, 'issueChangeLogs');
      expect(split.elements!.map((element) => JSON.parse(element))).toEqual(answer.issueChangeLogs);
      expect(split.rest).toEqual({ nextPageToken: 'a"b\\c]', isLast: false });
    }
  });

  it('an empty array gives no element; a missing one, or a member of that name that is no array, gives null', () => {
    expect(splitTopLevelArray('{"issueChangeLogs":[ ]}', 'issueChangeLogs')).toEqual({ rest: {}, elements: [] });
    expect(splitTopLevelArray('{"other":[1]}', 'issueChangeLogs')).toEqual({ rest: { other: [1] }, elements: null });
    expect(splitTopLevelArray('{"issueChangeLogs":{"a":1}}', 'issueChangeLogs')).toEqual({ rest: { issueChangeLogs: { a: 1 } }, elements: null });
    expect(splitTopLevelArray('{}', 'issueChangeLogs')).toEqual({ rest: {}, elements: null });
  });

  it('keeps a member named __proto__ as a plain member, as JSON.parse does', () => {
    const split = splitTopLevelArray('{"__proto__":{"polluted":true},"issueChangeLogs":[]}', 'issueChangeLogs');
    expect(Object.getPrototypeOf(split.rest)).toBe(Object.prototype);
    expect(Object.keys(split.rest)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ['cut in half', '{"issueChangeLogs":[{"issueId":"1","changeHis'],
    ['not an object', '[1,2]'],
    ['an element without a comma before the next', '{"issueChangeLogs":[{"a":1} {"b":2}]}'],
    ['a member without a colon', '{"issueChangeLogs" [1]}'],
    ['something after the object', '{"issueChangeLogs":[]} x'],
    ['an unterminated string', '{"issueChangeLogs":["abc]}'],
  ])('refuses an answer %s with a SyntaxError', (_case, text) => {
    expect(() => splitTopLevelArray(text, 'issueChangeLogs')).toThrow(SyntaxError);
  });
});

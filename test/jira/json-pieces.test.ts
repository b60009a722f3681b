/**
 * Cutting a JSON answer into the elements of one of its arrays (json-pieces.ts): every element's
 * text parses to what JSON.parse of the whole gives, whatever the strings hold, and what is not
 * well-formed is refused as JSON.parse refuses it.
 */
import { ArraySplitter, splitTopLevelArray } from '../../src/jira/json-pieces';

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

describe('ArraySplitter', () => {
  /** The answer fed in pieces cut at `cuts`: the elements as handed over, and what end() said. */
  function splitInPieces(text: string, cuts: number[]) {
    const elements: string[] = [];
    const splitter = new ArraySplitter('issueChangeLogs', (element) => elements.push(element));
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      splitter.push(text.slice(from, cut));
      from = cut;
    }
    return { elements, sawArray: splitter.end(), rest: splitter.rest };
  }

  const answer = {
    nextPageToken: 'a"b\\c]',
    issueChangeLogs: [{ issueId: '1', changeHistories: [{ id: '7', items: [{ toString: 'x}]{["\\ é' }] }] }, 'plain', 12.5e3, true, null, [1, [2]]],
    isLast: false,
  };

  it('gives the same elements and members wherever the text is cut, inside strings, escapes and numbers included', () => {
    const text = JSON.stringify(answer, null, 1);
    const whole = splitTopLevelArray(text, 'issueChangeLogs');
    for (let cut = 0; cut <= text.length; cut++) {
      const split = splitInPieces(text, [cut]);
      expect(split.elements).toEqual(whole.elements);
      expect(split.rest).toEqual({ nextPageToken: answer.nextPageToken, isLast: false });
      expect(split.sawArray).toBe(true);
    }
    // One character at a time.
    const single = splitInPieces(text, [...text].map((_, index) => index));
    expect(single.elements.map((element) => JSON.parse(element))).toEqual(answer.issueChangeLogs);
  });

  it('hands over each element as soon as it is complete, before the rest of the answer has come', () => {
    const elements: string[] = [];
    const splitter = new ArraySplitter('issueChangeLogs', (element) => elements.push(element));
    splitter.push('{"issueChangeLogs":[{"issueId":"1"},{"iss');
    expect(elements).toEqual(['{"issueId":"1"}']);
    splitter.push('ueId":"2"}');
    expect(elements).toEqual(['{"issueId":"1"}', '{"issueId":"2"}']);
    splitter.push(']}');
    expect(splitter.end()).toBe(true);
  });

  it('says when the answer held nothing, held no such array, or stopped short', () => {
    expect(splitInPieces('  ', []).sawArray).toBeNull();
    expect(splitInPieces('{"other":1}', []).sawArray).toBe(false);
    expect(() => splitInPieces('{"issueChangeLogs":[{"a":1}', [5])).toThrow(SyntaxError);
    expect(() => splitInPieces('{"issueChangeLogs":[1],"issueChangeLogs":[2]}', [])).toThrow(SyntaxError);
    expect(() => splitInPieces('{"issueChangeLogs":[1,]}', [])).toThrow(SyntaxError);
  });
});

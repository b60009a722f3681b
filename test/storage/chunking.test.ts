import { jsonByteLength } from '../../src/storage/chunking';

describe('jsonByteLength', () => {
  it('counts quotes, escapes and multi-byte characters as stored', () => {
    // "a\"é😀" -> 1 + 2 + 2 + 4 content bytes plus 2 quotes = 11.
    expect(jsonByteLength('a"é😀')).toBe(11);
    expect(jsonByteLength({ k: [1, null] })).toBe('{"k":[1,null]}'.length);
    expect(jsonByteLength(undefined)).toBe(0);
  });
});

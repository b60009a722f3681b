import { jsonByteLength, splitIntoChunks } from '../../src/storage/chunking';

describe('splitIntoChunks', () => {
  it('cuts plain ASCII into pieces of at most the limit, quotes included', () => {
    // 50 characters, limit 22 bytes: each piece holds 20 characters plus 2 quotes.
    const text = 'a'.repeat(50);
    const chunks = splitIntoChunks(text, 22);
    expect(chunks.map((c) => c.length)).toEqual([20, 20, 10]);
    expect(chunks.join('')).toBe(text);
  });

  it('counts escapes and multi-byte characters against the limit', () => {
    // '"' is stored as \" (2 bytes), 'é' as 2 UTF-8 bytes, '😀' as 4 bytes (a surrogate pair).
    const text = '"é😀'.repeat(30);
    const chunks = splitIntoChunks(text, 20);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(jsonByteLength(chunk)).toBeLessThanOrEqual(20);
    // No piece ends inside a surrogate pair.
    for (const chunk of chunks) expect(chunk.charCodeAt(chunk.length - 1)).not.toBe(0xd83d);
  });

  it('refuses a limit too small to hold one character', () => {
    expect(() => splitIntoChunks('abc', 4)).toThrow(/at least 16 bytes/);
  });

  it('gives no pieces for empty text', () => {
    expect(splitIntoChunks('', 100)).toEqual([]);
  });
});

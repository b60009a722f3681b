/** Measuring values the way a store keeps them. */

/** UTF-8 byte length of the JSON text of a value (what a store keeps; quotes and escapes count). */
export function jsonByteLength(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

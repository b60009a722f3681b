/**
 * Splitting a JSON text into pieces that each stay under a byte limit once stored.
 * A piece is stored as a JSON string, so its size is the UTF-8 length of JSON.stringify(piece):
 * quotes and escapes count.
 */

/** UTF-8 byte length of the JSON text of a value (what a store keeps). */
export function jsonByteLength(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

/** The smallest limit that always fits one character, escaped and quoted ("\uXXXX" plus quotes = 8 bytes). */
export const MIN_CHUNK_BYTES = 16;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Cuts text into consecutive pieces; joining them gives text back, and every piece p has
 * jsonByteLength(p) <= maxBytes. Surrogate pairs are kept together where the limit allows.
 */
export function splitIntoChunks(text: string, maxBytes: number): string[] {
  if (!Number.isInteger(maxBytes) || maxBytes < MIN_CHUNK_BYTES) {
    throw new Error(`A chunk limit must be a whole number of at least ${MIN_CHUNK_BYTES} bytes (got ${maxBytes}).`);
  }
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    // Each character costs at least one byte, so maxBytes characters is an upper bound.
    let length = Math.min(text.length - start, maxBytes);
    for (;;) {
      let end = start + length;
      if (end < text.length && length > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      const piece = text.slice(start, end);
      const size = jsonByteLength(piece);
      if (size <= maxBytes) {
        chunks.push(piece);
        start = end;
        break;
      }
      // Shrink in proportion to the overshoot; always by at least one character.
      length = Math.max(1, Math.min(end - start - 1, Math.floor(((end - start) * maxBytes) / size)));
    }
  }
  return chunks;
}

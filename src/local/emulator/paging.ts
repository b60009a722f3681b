/**
 * Paging helpers: numeric query parameters, startAt/maxResults pages (agile and project search),
 * and opaque nextPageToken values (search/jql, changelog bulkfetch) bound to the request they
 * continue, so a token from one query is refused by another.
 */
import { badRequest } from './errors';

/** Reads an integer query parameter; absent gives the default, bad or out-of-range input a 400. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min = 0): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw badRequest(`The parameter '${name}' must be a whole number (got '${raw}').`);
  const value = Number(raw);
  if (value < min) throw badRequest(`The parameter '${name}' must be at least ${min} (got ${value}).`);
  return value;
}

/**
 * maxResults of a startAt/maxResults page. The specs give a default page size but say nothing of
 * 0: it gives the default, since an empty page that is not the last would make a client ask again forever.
 */
export function pageSizeParam(query: URLSearchParams, defaultSize: number): number {
  const asked = intParam(query, 'maxResults', defaultSize);
  return asked === 0 ? defaultSize : asked;
}

export interface OffsetPage<T> {
  isLast: boolean;
  maxResults: number;
  startAt: number;
  total: number;
  values: T[];
}

/** One startAt/maxResults page; maxResults is capped at `cap`, as Jira silently does. */
export function offsetPage<T>(items: T[], startAt: number, maxResults: number, cap: number): OffsetPage<T> {
  const size = Math.min(Math.max(maxResults, 0), cap);
  const values = items.slice(startAt, startAt + size);
  return { isLast: startAt + values.length >= items.length, maxResults: size, startAt, total: items.length, values };
}

/** FNV-1a 32-bit hash, hex: a short fingerprint of a request's shape. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function encodePageToken(requestFingerprint: string, offset: number): string {
  return Buffer.from(JSON.stringify({ f: requestFingerprint, o: offset }), 'utf8').toString('base64url');
}

/** Offset carried by a token; 400 when the token is garbled or belongs to another request. */
export function decodePageToken(token: string, requestFingerprint: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { f?: unknown; o?: unknown };
    if (parsed.f === requestFingerprint && typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    // fall through to the error below
  }
  throw badRequest('The nextPageToken is not valid for this request: start again without it.');
}

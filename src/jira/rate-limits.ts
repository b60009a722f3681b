/**
 * What Jira's rate-limit headers say about the app's budget, and the pace the client keeps by it
 * (Atlassian's rate-limiting page: "Rate limit headers"; docs/performance.md, "Jira's rate limits").
 *
 * Headers read, on any answer (names in lower case, as transports give them):
 * - X-RateLimit-Limit, X-RateLimit-Remaining: the budget and what is left of it;
 * - X-RateLimit-Reset: when the window ends, ISO 8601 ("2026-03-02T13:00Z");
 * - X-RateLimit-NearLimit: "true" when less than a fifth of some budget is left;
 * - the points quota as some sites send it while it is in beta: Beta-RateLimit-Policy
 *   (`"tenant-app-quota";q=<quota>;w=<window s>`) and Beta-RateLimit (`...;r=<remaining>;t=<s to reset>`),
 *   used when the X- headers are absent.
 * Retry-After on a 429 is read by the requester (retry.ts).
 *
 * The pace: while Jira says the budget is near its end, the client sends one request at a time,
 * NEAR_LIMIT_GAP_MS apart, instead of four at once; so a refresh slows down before the budget runs
 * out rather than after, and what is left lasts for the refreshes and pages still to come.
 */

export interface RateLimitReading {
  /** The window's budget (points, or requests); null when Jira did not say. */
  limit: number | null;
  remaining: number | null;
  /** When the window ends, epoch ms; null when Jira did not say. */
  resetAtMs: number | null;
  /** Less than a fifth of the budget is left (Jira's flag, or remaining under a fifth of the limit). */
  nearLimit: boolean;
  /** When the answer came, epoch ms. */
  readAtMs: number;
}

/** Share of the budget under which the client slows down when Jira sends no flag of its own. */
export const NEAR_LIMIT_SHARE = 0.2;
/** Time between the starts of two requests while the budget is near its end. */
export const NEAR_LIMIT_GAP_MS = 1000;

function number(text: string | undefined): number | null {
  if (text === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return null;
  return Number(text);
}

/** A parameter of a structured header (`"name";q=100;w=3600`): the number after `name=`. */
function parameter(text: string | undefined, name: string): number | null {
  const match = text === undefined ? null : new RegExp(`;\\s*${name}=(\\d+)`).exec(text);
  return match ? Number(match[1]) : null;
}

/** The reading of one answer's headers; null when it has none of them. */
export function readRateLimitHeaders(headers: Record<string, string>, nowMs: number): RateLimitReading | null {
  let limit = number(headers['x-ratelimit-limit']);
  let remaining = number(headers['x-ratelimit-remaining']);
  const resetText = headers['x-ratelimit-reset'];
  const parsedReset = resetText === undefined ? NaN : Date.parse(resetText.trim());
  let resetAtMs = Number.isFinite(parsedReset) ? parsedReset : null;
  if (limit === null && remaining === null) {
    limit = parameter(headers['beta-ratelimit-policy'], 'q');
    remaining = parameter(headers['beta-ratelimit'], 'r');
    const secondsLeft = parameter(headers['beta-ratelimit'], 't');
    if (resetAtMs === null && secondsLeft !== null) resetAtMs = nowMs + secondsLeft * 1000;
  }
  const flagged = (headers['x-ratelimit-nearlimit'] ?? headers['x-beta-ratelimit-nearlimit'])?.trim().toLowerCase() === 'true';
  if (limit === null && remaining === null && resetAtMs === null && !flagged) return null;
  const low = limit !== null && remaining !== null && limit > 0 && remaining < limit * NEAR_LIMIT_SHARE;
  return { limit, remaining, resetAtMs, nearLimit: flagged || low, readAtMs: nowMs };
}

/** The later of two readings (answers may come back out of order). */
export function latestReading(a: RateLimitReading | null, b: RateLimitReading | null): RateLimitReading | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.readAtMs >= a.readAtMs ? b : a;
}

/**
 * Jira Cloud's rate limits for apps, as the emulator plays them (README.md of this folder, "Rate
 * limits"). Atlassian's rate-limiting page describes two limits an app reading Jira meets:
 * - a points quota per hour: each call costs one point plus one per object it returns (here: each
 *   item of the answer's list: issues, the issues whose histories a changelog page holds, boards,
 *   sprints, fields, statuses, projects, users); past the quota every call answers 429 until the
 *   hour is over;
 * - a request rate per second for each endpoint and method, with a burst allowance (a token bucket).
 * Every answer says where the quota stands, with the headers the page documents:
 * X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset (when the window ends, yyyy-MM-ddTHH:mmZ)
 * and X-RateLimit-NearLimit: true once less than a fifth of the quota is left. A 429 also carries
 * Retry-After (seconds) and RateLimit-Reason (jira-quota-tenant-based or jira-burst-based).
 * The quota's hours are fixed windows starting at whole hours (of the emulator's clock).
 */

export interface RateLimitSettings {
  /** Points an app may spend per hour. */
  pointsPerHour: number;
  /** Requests per second each endpoint (method and path template) accepts, sustained. */
  requestsPerSecond: number;
  /** Requests an endpoint accepts at once above that rate (the bucket's size). */
  burst: number;
}

export interface RateDecision {
  /** null: go ahead. */
  refusal: { retryAfterSeconds: number; reason: 'jira-quota-tenant-based' | 'jira-burst-based' } | null;
}

export interface RateLimitStats {
  /** Points charged so far (over every window). */
  pointsSpent: number;
  /** 429s answered for the quota, and for the per-second rate. */
  quotaRefusals: number;
  burstRefusals: number;
}

const HOUR_MS = 60 * 60 * 1000;
const NEAR_LIMIT_SHARE = 0.2;

function checkSettings(s: RateLimitSettings): RateLimitSettings {
  for (const [name, value] of Object.entries(s)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`Rate limit setting ${name} must be a number above 0 (got ${value}).`);
  }
  return { ...s };
}

/** "2026-03-02T13:00Z": the shape of X-RateLimit-Reset. */
function resetText(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

export class RateBudget {
  private readonly settings: RateLimitSettings;
  private windowStart = Number.NEGATIVE_INFINITY;
  private spent = 0;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly counts: RateLimitStats = { pointsSpent: 0, quotaRefusals: 0, burstRefusals: 0 };

  constructor(settings: RateLimitSettings) {
    this.settings = checkSettings(settings);
  }

  private rollWindow(nowMs: number): void {
    const start = Math.floor(nowMs / HOUR_MS) * HOUR_MS;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.spent = 0;
    }
  }

  /** Whether a request to `endpoint` may be answered now (a refused one costs nothing). */
  admit(endpoint: string, nowMs: number): RateDecision {
    this.rollWindow(nowMs);
    if (this.spent >= this.settings.pointsPerHour) {
      this.counts.quotaRefusals += 1;
      return { refusal: { retryAfterSeconds: Math.max(1, Math.ceil((this.windowStart + HOUR_MS - nowMs) / 1000)), reason: 'jira-quota-tenant-based' } };
    }
    const { requestsPerSecond, burst } = this.settings;
    const bucket = this.buckets.get(endpoint) ?? { tokens: burst, at: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * requestsPerSecond);
    bucket.at = nowMs;
    this.buckets.set(endpoint, bucket);
    if (bucket.tokens < 1) {
      this.counts.burstRefusals += 1;
      return { refusal: { retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / requestsPerSecond)), reason: 'jira-burst-based' } };
    }
    bucket.tokens -= 1;
    return { refusal: null };
  }

  /** Charges an answered request: one point, plus one per object returned. */
  charge(objects: number, nowMs: number): void {
    this.rollWindow(nowMs);
    const points = 1 + objects;
    this.spent += points;
    this.counts.pointsSpent += points;
  }

  /** The quota headers every answer carries (after its charge). */
  headers(nowMs: number): Record<string, string> {
    this.rollWindow(nowMs);
    const remaining = Math.max(0, this.settings.pointsPerHour - this.spent);
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(this.settings.pointsPerHour),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': resetText(this.windowStart + HOUR_MS),
    };
    if (remaining < this.settings.pointsPerHour * NEAR_LIMIT_SHARE) headers['X-RateLimit-NearLimit'] = 'true';
    return headers;
  }

  stats(): RateLimitStats {
    return { ...this.counts };
  }
}

/** The objects an answer returns, for its charge: the items of its list (a plain list, or the list member of a page). */
export function objectsIn(body: unknown): number {
  if (Array.isArray(body)) return body.length;
  if (typeof body !== 'object' || body === null) return 0;
  for (const field of ['issues', 'values', 'issueChangeLogs']) {
    const list = (body as Record<string, unknown>)[field];
    if (Array.isArray(list)) return list.length;
  }
  return 0;
}

/**
 * Retry policy and the per-client request limiter, following Atlassian's rate-limit advice
 * (developer.atlassian.com/cloud/jira/platform/rate-limiting):
 * - retry HTTP 429 and 5xx, and transport timeouts / network failures;
 * - when the answer carries Retry-After (seconds, or an HTTP date), wait that long plus a small
 *   jitter: wait = asked + asked × retryAfterJitter × random(), so never earlier than Jira asked,
 *   and clients refused at the same moment do not all come back at the same moment;
 * - otherwise exponential backoff: delay(n) = min(maxDelay, base × 2^n × jitter), jitter uniform in
 *   [jitterMin, jitterMax], n = 0 for the first retry;
 * - at most maxRetries retries; a 2xx answer we cannot read (cut short, not JSON, or without the
 *   list it should carry) is retried like a 5xx, but at most maxMalformedRetries times;
 * - a Retry-After longer than maxRetryAfterMs is not waited for: the call fails at once as
 *   rate-limited, since the function would be stopped mid-wait without recording anything.
 * Our POST calls (search/jql, changelog/bulkfetch) only read, so they are retried like GETs.
 *
 * Two policies: REFRESH_RETRY_POLICY for queue consumers and the nightly trigger (up to 900 s),
 * PAGE_RETRY_POLICY for resolvers answering a page (Forge stops them at 25 s; see deadline.ts for
 * the overall limit on a page's Jira calls).
 */

export interface RetryPolicy {
  maxRetries: number;
  /** Retries of a 2xx answer we could not read (counted within maxRetries). */
  maxMalformedRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  jitterMin: number;
  jitterMax: number;
  /** Largest share of a Retry-After added to it as jitter (0.2: up to 20 % more). */
  retryAfterJitter: number;
  /** Longest Retry-After we wait for; a longer one ends the call as rate-limited. */
  maxRetryAfterMs: number;
  /** Who waits, for messages: "a refresh", "this page". */
  waiter: string;
  /** What happens next, for messages: "The next refresh will try again." */
  tryAgain: string;
}

/** Refreshes in the queue consumer and the nightly trigger: patient, up to about 20 s of backoff per call. */
export const REFRESH_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  maxMalformedRetries: 2,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  jitterMin: 0.7,
  jitterMax: 1.3,
  retryAfterJitter: 0.2,
  maxRetryAfterMs: 60_000,
  waiter: 'a refresh',
  tryAgain: 'The next refresh will try again.',
};

/** Calls made while a page waits (resolvers): two quick retries, and a Retry-After of at most 5 s. */
export const PAGE_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  maxMalformedRetries: 1,
  baseDelayMs: 500,
  maxDelayMs: 2000,
  jitterMin: 0.7,
  jitterMax: 1.3,
  retryAfterJitter: 0.2,
  maxRetryAfterMs: 5000,
  waiter: 'this page',
  tryAgain: 'Please try again in a moment.',
};

/** The policy a client gets when it is given none. */
export const DEFAULT_RETRY_POLICY = REFRESH_RETRY_POLICY;

/** Whether an HTTP status is worth another try. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds asked for by a Retry-After header: "120" (seconds) or an HTTP date.
 * Returns null when absent or unreadable; never negative.
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | null {
  if (header === undefined) return null;
  const text = header.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/** The wait before retrying after Jira asked for `askedMs`: askedMs + askedMs × retryAfterJitter × random(). */
export function retryAfterWaitMs(askedMs: number, random: () => number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return askedMs + Math.round(askedMs * policy.retryAfterJitter * random());
}

/**
 * Backoff before retry number `retryIndex` (0 = first retry) when Jira gave no Retry-After:
 * min(maxDelay, base × 2^retryIndex × jitter), jitter = jitterMin + (jitterMax − jitterMin) × random().
 */
export function backoffDelayMs(retryIndex: number, random: () => number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const jitter = policy.jitterMin + (policy.jitterMax - policy.jitterMin) * random();
  return Math.min(policy.maxDelayMs, Math.round(policy.baseDelayMs * 2 ** retryIndex * jitter));
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lets at most `maxConcurrency` requests run at once, first come first served. `pause(ms)` holds
 * back requests that have not started yet (used when Jira answers 429 with Retry-After);
 * `setPace(concurrency, gapMs)` changes how many run at once and how far apart they start (used
 * while Jira says the rate budget is near its end, rate-limits.ts).
 */
export class RequestLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private gate: Promise<void> = Promise.resolve();
  private concurrency: number;
  private gapMs = 0;
  /** Epoch ms before which the next request may not start (with a gap). */
  private nextStartMs = 0;

  constructor(
    readonly maxConcurrency: number,
    private readonly sleep: Sleep,
    private readonly nowMs: () => number = Date.now,
  ) {
    if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
      throw new Error(`maxConcurrency must be a whole number of at least 1 (got ${maxConcurrency}).`);
    }
    this.concurrency = maxConcurrency;
  }

  /** Runs `task` when a slot is free, no pause is in force and the gap since the last start has passed. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      await this.gate;
      if (this.gapMs > 0) {
        const now = this.nowMs();
        const start = Math.max(now, this.nextStartMs);
        this.nextStartMs = start + this.gapMs;
        if (start > now) await this.sleep(start - now);
      }
      return await task();
    } finally {
      this.release();
    }
  }

  /** New requests wait `ms` before they start (longest pause wins when pauses overlap). */
  pause(ms: number): void {
    if (ms <= 0) return;
    const previous = this.gate;
    const pausing = this.sleep(ms);
    this.gate = Promise.all([previous, pausing]).then(() => undefined);
  }

  /** At most `concurrency` at once (never more than maxConcurrency), starts at least `gapMs` apart. */
  setPace(concurrency: number, gapMs: number): void {
    this.concurrency = Math.max(1, Math.min(this.maxConcurrency, Math.floor(concurrency)));
    this.gapMs = Math.max(0, gapMs);
    this.startWaiting();
  }

  /** Requests in flight now (for tests and progress). */
  get active(): number {
    return this.running;
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => resolve()));
  }

  private release(): void {
    this.running -= 1;
    this.startWaiting();
  }

  private startWaiting(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      this.running += 1;
      this.waiting.shift()!();
    }
  }
}

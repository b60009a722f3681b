/**
 * Sends requests for one JiraClient: counts them, runs them under the shared limiter, retries
 * 429 / 5xx / timeouts / network failures and 2xx answers we cannot read (see retry.ts), within
 * the caller's time budget when it has one (deadline.ts), and turns what is left into JiraError.
 */
import type { Deadline } from './deadline';
import { transportFailureOf } from './error-shapes';
import { JiraError, errorForLongRetryAfter, errorForMalformedAnswer, errorForOutOfTime, errorForResponse, errorForTransportFailure, kindForStatus } from './errors';
import type { JiraErrorKind, WaitContext } from './errors';
import { NEAR_LIMIT_GAP_MS, latestReading, readRateLimitHeaders, type RateLimitReading } from './rate-limits';
import { DEFAULT_RETRY_POLICY, RequestLimiter, backoffDelayMs, isRetryableStatus, realSleep, retryAfterMs, retryAfterWaitMs } from './retry';
import type { RetryPolicy, Sleep } from './retry';
import { TransportError, describeRequest } from './transport';
import type { JiraRequest, JiraResponse, Transport } from './transport';

export interface RequesterOptions {
  /** Requests in flight at once, shared by all calls of the client. Default 4. */
  maxConcurrency?: number;
  sleep?: Sleep;
  /** Uniform in [0, 1); used for backoff and Retry-After jitter. */
  random?: () => number;
  /** Epoch ms; to read a Retry-After given as an HTTP date, the rate-limit headers, and to space requests. */
  nowMs?: () => number;
  /** Default REFRESH_RETRY_POLICY. */
  retryPolicy?: RetryPolicy;
  /** A time budget shared with other clients (see deadline.ts); none = only the policy bounds a call. */
  deadline?: Deadline;
}

/**
 * Says what is wrong with a 2xx answer, completing "Jira's answer to <endpoint> ..." (for example
 * "had no list of issues"), or null when it has the shape the endpoint promises. A check of an
 * answer that streams in (JiraRequest.readAs) reads it, and so may take time: it answers in a promise.
 */
export type AnswerCheck = (body: unknown, status: number) => string | null | Promise<string | null>;

/** What is wrong with a 2xx answer, said by a reader (see Requester.sendAndRead). */
export class AnswerProblem {
  constructor(readonly problem: string) {}
}

export class Requester {
  private sent = 0;
  private readonly limiter: RequestLimiter;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly nowMs: () => number;
  private readonly policy: RetryPolicy;
  private readonly deadline: Deadline | null;
  private rate: RateLimitReading | null = null;

  constructor(
    private readonly transport: Transport,
    options: RequesterOptions = {},
  ) {
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.nowMs = options.nowMs ?? Date.now;
    this.policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    this.deadline = options.deadline ?? null;
    this.limiter = new RequestLimiter(options.maxConcurrency ?? 4, this.sleep, this.nowMs);
  }

  /** What Jira's rate-limit headers said last (rate-limits.ts); null before any answer carried them. */
  get rateLimit(): RateLimitReading | null {
    return this.rate;
  }

  /** Reads an answer's rate-limit headers, and slows down or speeds up again by them. */
  private observe(response: JiraResponse): RateLimitReading | null {
    const reading = readRateLimitHeaders(response.headers, this.nowMs());
    if (reading === null) return null;
    const wasNear = this.rate?.nearLimit === true;
    const latest = latestReading(this.rate, reading) ?? reading;
    this.rate = latest;
    if (latest.nearLimit !== wasNear) this.limiter.setPace(latest.nearLimit ? 1 : this.limiter.maxConcurrency, latest.nearLimit ? NEAR_LIMIT_GAP_MS : 0);
    return reading;
  }

  /** HTTP requests sent so far, retries included. */
  get count(): number {
    return this.sent;
  }

  resetCount(): void {
    this.sent = 0;
  }

  /**
   * Sends `req` until it succeeds or retries run out. Returns the final response whatever its
   * status (the caller decides what a 4xx means); throws JiraError when no usable response came
   * back, when Jira asks for a wait longer than the policy's maxRetryAfterMs, or when the next try
   * would end after the deadline. `check`, when given, vets the shape of a 2xx answer.
   * `what` says in plain words what we were doing, for error messages ("read the list of boards").
   */
  async sendWithRetry(req: JiraRequest, what: string, check?: AnswerCheck): Promise<JiraResponse> {
    const c: WaitContext = { what, endpoint: describeRequest(req), waiter: this.policy.waiter, tryAgain: this.policy.tryAgain };
    let malformedRetries = 0;
    for (let retryIndex = 0; ; retryIndex += 1) {
      const retriesLeft = retryIndex < this.policy.maxRetries;
      let response: JiraResponse;
      try {
        response = await this.sendOnce(req, c, check);
      } catch (error) {
        const failure = toJiraError(error, c);
        const malformed = failure.kind === 'malformed';
        const retryable = failure.kind === 'network' || (malformed && malformedRetries < this.policy.maxMalformedRetries);
        if (!retryable || !retriesLeft) throw failure;
        if (malformed) malformedRetries += 1;
        await this.waitToRetry(backoffDelayMs(retryIndex, this.random, this.policy), c, failure);
        continue;
      }
      const reading = this.observe(response);
      if (!isRetryableStatus(response.status) || !retriesLeft) return response;
      const asked = retryAfterMs(response.headers['retry-after'], this.nowMs()) ?? (response.status === 429 ? untilReset(reading, this.nowMs()) : null);
      if (asked !== null && asked > this.policy.maxRetryAfterMs) throw errorForLongRetryAfter(c, response.status, asked);
      const wait = asked === null ? backoffDelayMs(retryIndex, this.random, this.policy) : retryAfterWaitMs(asked, this.random, this.policy);
      // The limiter holds other requests for exactly what Jira asked; this one adds its jitter.
      const pause = asked !== null && response.status === 429 ? asked : 0;
      await this.waitToRetry(wait, c, { kind: kindForStatus(response.status), status: response.status }, pause);
    }
  }

  /** Like sendWithRetry, but any answer other than 2xx becomes a JiraError. Returns the body. */
  async send(req: JiraRequest, what: string, check?: AnswerCheck): Promise<unknown> {
    const response = await this.sendWithRetry(req, what, check);
    if (response.status < 200 || response.status > 299) {
      throw errorForResponse(what, describeRequest(req), response.status, response.body);
    }
    return response.body;
  }

  /**
   * Like send, but `read` turns a 2xx body into what the caller keeps, on every try: an AnswerProblem
   * it gives back makes the answer malformed (retried like a cut-short body), and what it gives
   * otherwise is returned. For large answers read piece by piece (json-pieces.ts).
   */
  async sendAndRead<T>(req: JiraRequest, what: string, read: (body: unknown, status: number) => T | AnswerProblem | Promise<T | AnswerProblem>): Promise<T> {
    let value: { read: T } | null = null;
    await this.send(req, what, async (body, status) => {
      const result = await read(body, status);
      if (result instanceof AnswerProblem) return result.problem;
      value = { read: result };
      return null;
    });
    if (value === null) throw new Error(`No answer was read for ${describeRequest(req)}.`);
    return (value as { read: T }).read;
  }

  /**
   * One try: nothing is sent once the deadline has passed; a 2xx answer failing `check` is malformed.
   * The check runs while the request still holds its place under the limiter, since an answer that
   * streams in is read by it.
   */
  private async sendOnce(req: JiraRequest, c: WaitContext, check: AnswerCheck | undefined): Promise<JiraResponse> {
    return this.limiter.run(async () => {
      if (this.deadline && this.deadline.remainingMs() <= 0) throw errorForOutOfTime(c, this.deadline.budgetMs, null);
      this.sent += 1;
      const response = await this.transport.send(req);
      const problem = check && response.status >= 200 && response.status <= 299 ? await check(response.body, response.status) : null;
      if (problem !== null) throw errorForMalformedAnswer(c.what, c.endpoint, response.status, problem);
      return response;
    });
  }

  /** Waits `ms` before the next try (pausing the limiter `pauseMs` first), unless that would end after the deadline. */
  private async waitToRetry(ms: number, c: WaitContext, last: { kind: JiraErrorKind; status?: number }, pauseMs = 0): Promise<void> {
    if (this.deadline && !this.deadline.allows(ms)) throw errorForOutOfTime(c, this.deadline.budgetMs, last);
    if (pauseMs > 0) this.limiter.pause(pauseMs);
    await this.sleep(ms);
  }
}

/** A 429 without Retry-After: the wait until the window its X-RateLimit-Reset names ends, if it names one. */
function untilReset(reading: RateLimitReading | null, nowMs: number): number | null {
  const resetAtMs = reading?.resetAtMs ?? null;
  return resetAtMs !== null && resetAtMs > nowMs ? resetAtMs - nowMs : null;
}

/**
 * A failed try as a JiraError. A transport that let a network failure or a timeout through
 * unwrapped (Node's `TypeError: fetch failed`, an `AbortError`, a socket code) has it read by its
 * shape, from any realm (error-shapes.ts), and retried like a TransportError. Anything else (a bug,
 * or a platform signal such as Forge's NeedsAuthenticationError) is thrown on unchanged and never retried.
 */
function toJiraError(error: unknown, c: WaitContext): JiraError {
  if (error instanceof JiraError) return error;
  if (error instanceof TransportError) return errorForTransportFailure(c.what, c.endpoint, error.kind === 'malformed' ? 'malformed' : 'network', error.message);
  const failure = transportFailureOf(error);
  if (failure === null) throw error;
  return errorForTransportFailure(c.what, c.endpoint, 'network', failure.cause);
}

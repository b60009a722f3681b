/**
 * Sends requests for one JiraClient: counts them, runs them under the shared limiter, retries
 * 429 / 5xx / timeouts / network failures (see retry.ts), and turns what is left into JiraError.
 */
import { JiraError, errorForResponse, errorForTransportFailure, kindForStatus } from './errors';
import { DEFAULT_RETRY_POLICY, RequestLimiter, backoffDelayMs, isRetryableStatus, realSleep, retryAfterMs } from './retry';
import type { RetryPolicy, Sleep } from './retry';
import { TransportError, describeRequest } from './transport';
import type { JiraRequest, JiraResponse, Transport } from './transport';

export interface RequesterOptions {
  /** Requests in flight at once, shared by all calls of the client. Default 4. */
  maxConcurrency?: number;
  sleep?: Sleep;
  /** Uniform in [0, 1); used for backoff jitter. */
  random?: () => number;
  /** Epoch ms; used only to read a Retry-After given as an HTTP date. */
  nowMs?: () => number;
  retryPolicy?: RetryPolicy;
}

export class Requester {
  private sent = 0;
  private readonly limiter: RequestLimiter;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly nowMs: () => number;
  private readonly policy: RetryPolicy;

  constructor(
    private readonly transport: Transport,
    options: RequesterOptions = {},
  ) {
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.nowMs = options.nowMs ?? Date.now;
    this.policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    this.limiter = new RequestLimiter(options.maxConcurrency ?? 4, this.sleep);
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
   * status (the caller decides what a 4xx means); throws JiraError when no response came back, or
   * when Jira asks for a wait longer than the policy's maxRetryAfterMs.
   * `what` says in plain words what we were doing, for error messages ("read the list of boards").
   */
  async sendWithRetry(req: JiraRequest, what: string): Promise<JiraResponse> {
    const endpoint = describeRequest(req);
    for (let retryIndex = 0; ; retryIndex += 1) {
      const canRetry = retryIndex < this.policy.maxRetries;
      let response: JiraResponse;
      try {
        response = await this.limiter.run(() => {
          this.sent += 1;
          return this.transport.send(req);
        });
      } catch (error) {
        const failure = toJiraError(error, what, endpoint);
        const retryable = failure.kind === 'network';
        if (!retryable || !canRetry) throw failure;
        await this.sleep(backoffDelayMs(retryIndex, this.random, this.policy));
        continue;
      }
      if (!isRetryableStatus(response.status) || !canRetry) return response;
      const asked = retryAfterMs(response.headers['retry-after'], this.nowMs());
      if (asked !== null && asked > (this.policy.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs!)) {
        throw new JiraError({
          kind: kindForStatus(response.status),
          status: response.status,
          endpoint,
          message: `Could not ${what}: Jira asked us to wait ${Math.ceil(asked / 1000)} s before trying again, longer than a refresh can wait (HTTP ${response.status}, ${endpoint}). The next refresh will try again.`,
        });
      }
      if (asked !== null && response.status === 429) this.limiter.pause(asked);
      await this.sleep(asked ?? backoffDelayMs(retryIndex, this.random, this.policy));
    }
  }

  /** Like sendWithRetry, but any answer other than 2xx becomes a JiraError. Returns the body. */
  async send(req: JiraRequest, what: string): Promise<unknown> {
    const response = await this.sendWithRetry(req, what);
    if (response.status < 200 || response.status > 299) {
      throw errorForResponse(what, describeRequest(req), response.status, response.body);
    }
    return response.body;
  }
}

/**
 * A transport failure as a JiraError. Anything that is not a TransportError (a bug, or a platform
 * signal such as Forge's NeedsAuthenticationError) is thrown on unchanged and never retried.
 */
function toJiraError(error: unknown, what: string, endpoint: string): JiraError {
  if (error instanceof JiraError) return error;
  if (!(error instanceof TransportError)) throw error;
  const kind = error.kind === 'malformed' ? 'malformed' : 'network';
  return errorForTransportFailure(what, endpoint, kind, error.message);
}

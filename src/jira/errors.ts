/**
 * JiraError: the one error the Jira layer throws once retries are over. Its `kind` tells the
 * caller what to do (ask the user to sign in again, say "not allowed", try later...), and its
 * message says in plain words what failed. Messages never include credentials.
 */
import { errorShape } from './error-shapes';

export type JiraErrorKind =
  | 'rate-limited'
  | 'server'
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'network'
  | 'malformed'
  /** The time someone can wait for Jira (see deadline.ts) ran out before a usable answer came. */
  | 'out-of-time';

export class JiraError extends Error {
  readonly kind: JiraErrorKind;
  readonly status?: number;
  /** "GET /rest/agile/1.0/board/12/configuration" */
  readonly endpoint: string;
  /** How long Jira asked us to wait before asking again, when that was longer than we could wait. */
  readonly retryAfterMs?: number;

  constructor(init: { kind: JiraErrorKind; status?: number; endpoint: string; message: string; retryAfterMs?: number }) {
    super(init.message);
    this.name = 'JiraError';
    this.kind = init.kind;
    this.status = init.status;
    this.endpoint = init.endpoint;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

export function isJiraError(value: unknown): value is JiraError {
  return value instanceof JiraError;
}

/** Which kind of failure an HTTP status is (only called for statuses that are not 2xx). */
export function kindForStatus(status: number): JiraErrorKind {
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return 'bad-request';
}

const KIND_EXPLANATION: Record<JiraErrorKind, string> = {
  'rate-limited': 'Jira asked us to slow down and kept doing so after several polite retries',
  server: 'Jira had a problem on its side and kept having it after several retries',
  auth: 'Jira did not accept our sign-in',
  forbidden: 'Jira says we are not allowed to see this',
  'not-found': 'Jira could not find it (it may have been deleted, or it is hidden from us)',
  'bad-request': 'Jira did not accept the request',
  network: 'we could not reach Jira',
  malformed: 'Jira answered with something we could not read',
  'out-of-time': 'Jira did not give a usable answer in the time we could wait',
};

/**
 * Jira's own explanation from an error body ({ errorMessages: [...], errors: {...} }), if any.
 * These are Jira's words about the request, never our credentials.
 */
export function jiraMessagesFrom(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const messages: string[] = [];
  const errorMessages = (body as { errorMessages?: unknown }).errorMessages;
  if (Array.isArray(errorMessages)) {
    for (const m of errorMessages) if (typeof m === 'string' && m.trim()) messages.push(m.trim());
  }
  const errors = (body as { errors?: unknown }).errors;
  if (typeof errors === 'object' && errors !== null) {
    for (const [field, m] of Object.entries(errors)) if (typeof m === 'string' && m.trim()) messages.push(`${field}: ${m.trim()}`);
  }
  return messages;
}

/** Builds the JiraError for a non-2xx answer, e.g. "Could not read the board configuration: Jira says ... (HTTP 403, GET ...)." */
export function errorForResponse(what: string, endpoint: string, status: number, body: unknown): JiraError {
  const kind = kindForStatus(status);
  const details = jiraMessagesFrom(body);
  const detailText = details.length ? ` Jira said: "${details.join(' ')}".` : '';
  return new JiraError({
    kind,
    status,
    endpoint,
    message: `Could not ${what}: ${KIND_EXPLANATION[kind]} (HTTP ${status}, ${endpoint}).${detailText}`,
  });
}

export function errorForTransportFailure(what: string, endpoint: string, kind: 'network' | 'malformed', cause: string): JiraError {
  return new JiraError({ kind, endpoint, message: `Could not ${what}: ${KIND_EXPLANATION[kind]} (${endpoint}). ${cause}` });
}

/**
 * A 2xx answer without the shape its endpoint promises, e.g. "Could not search for issues: Jira's
 * answer to POST /rest/api/3/search/jql had no list of issues, so we could not read it."
 * `problem` completes "Jira's answer to <endpoint> ...".
 */
export function errorForMalformedAnswer(what: string, endpoint: string, status: number, problem: string): JiraError {
  return new JiraError({ kind: 'malformed', status, endpoint, message: `Could not ${what}: Jira's answer to ${endpoint} ${problem}, so we could not read it.` });
}

/** What went wrong before we gave up waiting, in words that fit "Could not X: <cause>, and ...". */
const WAIT_CAUSE: Partial<Record<JiraErrorKind, string>> = {
  'rate-limited': 'Jira asked us to slow down',
  server: 'Jira had a problem on its side',
  network: 'we could not reach Jira',
  malformed: 'Jira answered with something we could not read',
};

export interface WaitContext {
  what: string;
  endpoint: string;
  /** Who waits and what happens next, e.g. "this page", "Please try again in a moment." */
  waiter: string;
  tryAgain: string;
}

/** Jira asked (Retry-After) for a longer wait than the caller can afford. */
export function errorForLongRetryAfter(c: WaitContext, status: number, askedMs: number): JiraError {
  return new JiraError({
    kind: kindForStatus(status),
    status,
    endpoint: c.endpoint,
    retryAfterMs: askedMs,
    message: `Could not ${c.what}: Jira asked us to wait ${Math.ceil(askedMs / 1000)} s before trying again, longer than ${c.waiter} can wait (HTTP ${status}, ${c.endpoint}). ${c.tryAgain}`,
  });
}

/**
 * The caller's time budget (deadline.ts) would run out before the next try: `last` is the failure
 * that asked for another try, or null when the budget was spent before this request was sent.
 */
export function errorForOutOfTime(c: WaitContext, budgetMs: number, last: { kind: JiraErrorKind; status?: number } | null): JiraError {
  const seconds = Math.round(budgetMs / 1000);
  const message = last
    ? `Could not ${c.what}: ${WAIT_CAUSE[last.kind] ?? KIND_EXPLANATION[last.kind]}, and ${c.waiter} cannot wait more than ${seconds} s for Jira (${last.status ? `HTTP ${last.status}, ` : ''}${c.endpoint}). ${c.tryAgain}`
    : `Could not ${c.what}: ${c.waiter} had already waited the ${seconds} s it can wait for Jira, so we did not ask (${c.endpoint}). ${c.tryAgain}`;
  return new JiraError({ kind: 'out-of-time', status: last?.status, endpoint: c.endpoint, message });
}

/**
 * A one-line description for logs: the error's kind and name, never its payload (no tokens, headers
 * or bodies). Any error-like value (a name and a message, from any realm: error-shapes.ts) is
 * described by its name, message and code.
 */
export function describeForLog(err: unknown): string {
  if (err instanceof JiraError) return `JiraError ${err.kind} ${err.status ?? ''} ${err.endpoint}`.trim();
  const shape = errorShape(err);
  if (shape) return `${shape.name}: ${shape.message.slice(0, 200)}${shape.code ? ` (${shape.code})` : ''}`;
  return 'non-error value thrown';
}

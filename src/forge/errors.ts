/**
 * Turning failures into the error values resolvers answer with. Messages are plain words for
 * people; nothing secret (tokens, headers, stack traces) goes into them or into logs.
 */
import { errorShape } from '../jira/error-shapes';
import { JiraError } from '../jira/errors';
import type { ApiError } from '../shared/api';

/**
 * A call refused for a reason the caller should read (no permission, a board not of this project,
 * settings that do not validate): resolver functions throw it, and the resolver table answers with
 * its error value (src/forge/resolver-table.ts). It is an answer, not a failure: it is not logged.
 */
export class CallRefused extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'CallRefused';
  }
}

export function forbidden(message: string): CallRefused {
  return new CallRefused({ code: 'forbidden', message });
}

export function noProject(): CallRefused {
  return new CallRefused({ code: 'no-project', message: 'Open this page from inside a Jira project to see its health.' });
}

/**
 * Errors the Forge platform must see thrown: when a user has not yet allowed the app to act for
 * them, `asUser()` throws NEEDS_AUTHENTICATION_ERR and Forge shows the "Allow access" prompt only
 * if the resolver lets it through. (Matched by name, from any realm: this module does not import
 * @forge/api, and src/jira/error-shapes.ts reads errors by shape.)
 */
export function mustReachForge(err: unknown): boolean {
  return errorShape(err)?.name === 'NEEDS_AUTHENTICATION_ERR';
}

/** The error value for anything thrown while serving a call. */
export function errorFromException(err: unknown): { error: ApiError } {
  if (err instanceof CallRefused) return { error: err.apiError };
  if (err instanceof JiraError) {
    const code = err.kind === 'forbidden' || err.kind === 'auth' ? 'forbidden' : err.kind === 'not-found' ? 'not-found' : 'jira-unavailable';
    return { error: { code, message: err.message } };
  }
  return { error: { code: 'internal', message: 'Something went wrong on our side. Please try again in a moment.' } };
}

/** A one-line description for logs (in the Jira layer, so the engine can log too). */
export { describeForLog } from '../jira/errors';

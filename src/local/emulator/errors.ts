/**
 * Jira's error body (ErrorCollection: `{ errorMessages: [...], errors: {...} }`) and a throwable
 * carrying it, so handlers can stop with the right status from anywhere.
 */

export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

export class JiraHttpError extends Error {
  readonly status: number;
  readonly body: JiraErrorBody;

  constructor(status: number, messages: string | string[], fieldErrors: Record<string, string> = {}) {
    const list = Array.isArray(messages) ? messages : [messages];
    super(list.join(' ') || `HTTP ${status}`);
    this.name = 'JiraHttpError';
    this.status = status;
    this.body = { errorMessages: list, errors: fieldErrors };
  }
}

export function badRequest(message: string, fieldErrors?: Record<string, string>): JiraHttpError {
  return new JiraHttpError(400, message, fieldErrors);
}

export function notFound(message: string): JiraHttpError {
  return new JiraHttpError(404, message);
}

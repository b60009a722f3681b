/** A scripted Transport for tests: records every request and answers with a handler. */
import type { JiraRequest, JiraResponse, Transport } from '../../src/jira/transport';
import examples from './fixtures/spec-examples.json';

export type Handler = (req: JiraRequest, callIndex: number) => JiraResponse | Promise<JiraResponse>;

export class FakeTransport implements Transport {
  readonly requests: JiraRequest[] = [];
  constructor(private readonly handler: Handler) {}

  async send(req: JiraRequest): Promise<JiraResponse> {
    this.requests.push(structuredClone(req));
    return this.handler(req, this.requests.length - 1);
  }
}

export function ok(body: unknown, headers: Record<string, string> = {}): JiraResponse {
  return { status: 200, headers, body };
}

export function status(code: number, body: unknown = null, headers: Record<string, string> = {}): JiraResponse {
  return { status: code, headers, body };
}

/** Deep copy of a spec example, so tests can change it freely. */
export function example<K extends keyof typeof examples>(name: K): (typeof examples)[K] {
  return structuredClone(examples[name]);
}

/** A sleep that records what it was asked and returns at once. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** An issue in the search/jql shape, built on the spec example's issue. */
export function rawIssue(id: string, key: string, fields: Record<string, unknown> = {}): { id: string; key: string; self: string; expand: string; fields: Record<string, unknown> } {
  const base = example('searchJql').issues[0];
  return { ...base, id, key, self: base.self.replace(/EX-1$/, key), fields: { ...fields } };
}

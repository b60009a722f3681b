/**
 * Runs the real pipeline on a hand-built site: emulator (HTTP, optional faults) -> HTTP transport
 * -> JiraClient (sleep recorded, never waits) -> computeProjectReport. Each run gives the report,
 * or the error a caller would see, with the waits the client asked for.
 */
import { computeProjectReport } from '../../src/engine/compute';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../src/domain/settings';
import type { BoardData } from '../../src/domain/types';
import type { Report } from '../../src/domain/report';
import { JiraClient } from '../../src/jira/client';
import type { JiraClientOptions } from '../../src/jira/client';
import type { JiraRequest, JiraResponse, Transport } from '../../src/jira/transport';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import type { FaultSettings } from '../../src/local/emulator/faults';
import type { EmulatorStats } from '../../src/local/emulator/stats';
import { createHttpTransport } from '../../src/local/http-transport';
import type { Workspace } from '../../src/local/workspace';
import { validateReport } from '../../src/report/schema';
import { NOW, TOKEN, makeSite } from './site';

/** Answers instead of Jira when it returns a response; null lets the request through. */
export type Override = (req: JiraRequest, attempt: number, forward: () => Promise<JiraResponse>) => Promise<JiraResponse> | null;

export interface RunOptions {
  projectKey?: string;
  faults?: FaultSettings;
  override?: Override;
  /** Replaces global fetch under the HTTP transport (to hold an answer back, say). */
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  token?: string;
  /** The last load, for an incremental refresh. */
  previous?: BoardData | null;
  /** Default NOW (site.ts). */
  now?: Date;
  /**
   * Issues in the first (oldest) search page; default 1. The fault sites fit in one page, so Jira is made to
   * send a short first page (as it may when fields are large) and every full load also reads the created-date
   * slices large projects need. 0 leaves the page as Jira sends it.
   */
  firstPageSize?: number;
  /** More client options (a retry policy, a deadline); sleep, random and nowMs stay the harness's unless given here. */
  clientOptions?: JiraClientOptions;
  /** Default DEFAULT_SETTINGS. */
  settings?: ProjectSettings;
}

/** The request with maxResults lowered when it is the first page of a full load (`ORDER BY created ASC`). */
function shortenFirstPage(req: JiraRequest, size: number): JiraRequest {
  const body = req.body as { jql?: string; nextPageToken?: string } | undefined;
  if (size <= 0 || !body?.jql?.endsWith('ORDER BY created ASC') || body.nextPageToken) return req;
  return { ...req, body: { ...body, maxResults: size } };
}

export interface Outcome {
  report: Report | null;
  data: BoardData | null;
  error: Error | null;
  /** Milliseconds the client asked to sleep, in order. */
  sleeps: number[];
  requests: JiraRequest[];
  /** Faults the emulator served (429, 5xx, cut bodies). */
  faults: EmulatorStats['faults'];
}

const running: Emulator[] = [];

/** Call from afterEach: stops every emulator this file started. */
export async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map((e) => e.stop()));
}

/** A client as the fault runs use it, on an emulator of `workspace`, with what it sent and the waits it asked for. */
export interface FaultClient {
  client: JiraClient;
  emulator: Emulator;
  sleeps: number[];
  requests: JiraRequest[];
}

/** Starts an emulator (stopped by stopAll) and a client on it: HTTP transport, overrides, recorded sleep. */
export async function connect(workspace: Workspace = makeSite(), options: RunOptions = {}): Promise<FaultClient> {
  const emulator = await startEmulator({ workspace, faults: options.faults, seed: 7 });
  running.push(emulator);
  const http = createHttpTransport({ baseUrl: emulator.url, email: 'alice@example.com', apiToken: options.token ?? TOKEN, timeoutMs: options.timeoutMs, fetchImpl: options.fetchImpl });
  const requests: JiraRequest[] = [];
  const attempts = new Map<string, number>();
  const transport: Transport = {
    send(req) {
      requests.push(req);
      const id = `${req.method} ${req.path} ${JSON.stringify(req.query ?? {})} ${JSON.stringify(req.body ?? null)}`;
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      const sent = shortenFirstPage(req, options.firstPageSize ?? 1);
      return options.override?.(req, attempt, () => http.send(sent)) ?? http.send(sent);
    },
  };
  const sleeps: number[] = [];
  const client = new JiraClient(transport, { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, nowMs: () => (options.now ?? NOW).getTime(), ...options.clientOptions });
  return { client, emulator, sleeps, requests };
}

export async function run(workspace: Workspace = makeSite(), options: RunOptions = {}): Promise<Outcome> {
  const { client, emulator, sleeps, requests } = await connect(workspace, options);
  const outcome: Outcome = { report: null, data: null, error: null, sleeps, requests, faults: { rateLimited: 0, serverErrors: 0, malformed: 0, total: 0 } };
  try {
    const result = await computeProjectReport(client, { projectKey: options.projectKey ?? 'ABC', settings: options.settings ?? DEFAULT_SETTINGS, snapshots: [], now: options.now ?? NOW, site: workspace.site, previous: options.previous });
    outcome.report = result.report;
    outcome.data = result.data;
  } catch (error) {
    outcome.error = error as Error;
  }
  outcome.faults = emulator.stats().faults;
  return outcome;
}

/** The report of a run that must have ended with one, checked against the report schema. */
export function reportOf(outcome: Outcome): Report {
  if (outcome.error) throw new Error(`Expected a report, got: ${outcome.error.message}`);
  const report = outcome.report!;
  expect(validateReport(report)).toEqual([]);
  return report;
}

/** Data-quality notes of a report as [code, message], in order. */
export function noteTexts(report: Report): string[][] {
  return report.dataQuality.map((n) => [n.code, n.message]);
}

/** The outcome is a complete report, equal to `baseline` but for the time it was computed. */
export function expectSameReport(outcome: Outcome, baseline: Report): void {
  const report = reportOf(outcome);
  expect(report.partial).toBeNull();
  expect(comparable(report)).toEqual(comparable(baseline));
}

/** Data-quality note codes of a report, in order. */
export function noteCodes(report: Report): string[] {
  return report.dataQuality.map((n) => n.code);
}

/** What a reader compares between two reports: everything except the time it was computed. */
export function comparable(report: Report): unknown {
  return { ...report, computedAt: undefined };
}

export const ok = (body: unknown): JiraResponse => ({ status: 200, headers: {}, body });
export const answer = (status: number, body: unknown = null, headers: Record<string, string> = {}): Promise<JiraResponse> => Promise.resolve({ status, headers, body });
export const isPath = (req: JiraRequest, ending: string): boolean => req.path.endsWith(ending);

/**
 * Types of the Forge shell: what the app needs from its surroundings (AppDeps), who is calling
 * (CallContext), what a resolver function is given (ResolverCall, ProjectCall) and the refresh
 * events that travel through the queue.
 */
import type { JiraClient } from '../jira/client';
import type { KeyValueStore } from '../storage/key-value-store';
import type { ProjectStores } from '../storage/project-stores';
import type { ApiResult, ResolverDefs, ResolverName } from '../shared/api';
import type { LedgerSprintFields } from '../domain/sprint-ledger';

/**
 * Who is calling and from where. The project, the issue and a gadget's configuration always come from
 * the Forge context, never the payload (a coach's action names its project as the conversation does:
 * coach-binding.ts).
 */
export interface CallContext {
  accountId: string;
  projectKey: string | null;
  /** The issue the issue view is open on; absent elsewhere. */
  issueKey?: string | null;
  /** What Jira stores with a dashboard gadget (its edit view saved it); absent elsewhere. */
  gadgetConfiguration?: unknown;
}

/** One refresh of one project (and board), as pushed onto the refresh queue. */
export interface RefreshEvent {
  projectKey: string;
  /** Board asked for; null = the project's default board (settings, else the first Scrum board). */
  boardId: number | null;
  /** Why the refresh was started, kept for logs and tests; 'repair' (a stored record was damaged) is also said while it waits. */
  reason: 'page-open' | 'manual' | 'nightly' | 'settings' | 'portfolio' | 'repair' | 'sprint-event';
  /** Take a backlog snapshot when the last one is older than a day. */
  snapshot: boolean;
  requestedAt: string;
  /**
   * A run of a refresh in steps: go on from the checkpoint saved by run `step`, and do nothing when
   * the checkpoint has moved on or is gone (src/forge/stepped-refresh.ts). Absent for a new refresh.
   */
  step?: number;
}

/** The next wave of a nightly run or a "Refresh all" (src/forge/night.ts), pushed onto the same queue. */
export interface NightWaveEvent {
  kind: 'night-wave';
  requestedAt: string;
}

/** What travels through the refresh queue. */
export type QueueEvent = RefreshEvent | NightWaveEvent;

export function isNightWave(event: QueueEvent): event is NightWaveEvent {
  return (event as Partial<NightWaveEvent>).kind === 'night-wave';
}

export interface PushOptions {
  /** Deliver the events this many seconds from now (Forge accepts 0 to 900). */
  delayInSeconds?: number;
  /** Each event's own delay, in the events' order (instead of delayInSeconds): to spread a batch out. */
  delaysInSeconds?: number[];
}

export interface RefreshQueue {
  /** At most 50 events per call (Forge limit); the app batches for you. Options may be ignored locally. */
  push(events: QueueEvent[], options?: PushOptions): Promise<void>;
}

/**
 * Reading a sprint for the sprint ledger, queued by the sprint event handler (sprint-events.ts) and
 * done by the recording consumer (sprint-recording.ts).
 */
export interface LedgerJob {
  sprintId: number;
  moment: 'start' | 'close';
  /** When the event reached the app. */
  receivedAt: string;
  /** The sprint as the event carried it (kept if Jira cannot be read). */
  sprint: LedgerSprintFields;
}

export interface LedgerQueue {
  push(jobs: LedgerJob[]): Promise<void>;
}

export interface AppDeps {
  jiraAsUser(ctx: CallContext): JiraClient;
  jiraAsApp(): JiraClient;
  store: KeyValueStore;
  queue: RefreshQueue;
  /** The sprint ledger's queue (manifest: sprint-ledger-queue). */
  ledgerQueue: LedgerQueue;
  now(): Date;
  site: string;
}

/** What every resolver function is given: the app's surroundings, its stores, who calls, and when. */
export interface ResolverCall {
  deps: AppDeps;
  stores: ProjectStores;
  ctx: CallContext;
  now: Date;
}

/** A call about the project in context, once the permission gate has let the caller in. */
export interface ProjectCall extends ResolverCall {
  project: {
    key: string;
    /** The caller may administer the project (checked as the caller, like browsing). */
    administer: boolean;
  };
}

export type Resolvers = {
  [K in ResolverName]: (payload: unknown, ctx: CallContext) => Promise<ApiResult<ResolverDefs[K]['result']>>;
};

export interface App {
  resolvers: Resolvers;
  consume(event: QueueEvent): Promise<void>;
  nightly(): Promise<void>;
  /** A Jira Software sprint event, as the Forge trigger delivers it (sprint-events.ts). */
  sprintEvent(event: unknown): Promise<void>;
  /** A queued reading of a sprint for the sprint ledger (sprint-recording.ts). */
  recordSprint(job: unknown): Promise<void>;
}

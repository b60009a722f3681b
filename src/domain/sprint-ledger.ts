/**
 * The sprint ledger: what the app recorded of a sprint from Jira Software's sprint events, as it
 * happened (docs/metrics.md, "The sprint ledger"). The Forge shell records it (src/forge/sprint-events.ts,
 * src/forge/sprint-recording.ts); the analysis reads it beside the replay of the changelog
 * (src/analysis/sprints/ledger). Plain data: no clock, no I/O.
 */
import type { IsoDateTime, Sprint, SprintState, StatusCategory } from './types';

/** One issue of a sprint as the app read it when it recorded the sprint. */
export interface LedgerIssue {
  key: string;
  projectKey: string;
  summary: string;
  issueType: string;
  subtask: boolean;
  status: string;
  statusCategory: StatusCategory;
  /** The board's estimation field at that moment; null when unestimated or the board counts issues. */
  estimate: number | null;
}

/** The sprint's own fields as Jira gave them at one moment (an event, or a read of the sprint). */
export interface LedgerSprintFields {
  name: string;
  state: SprintState;
  startDate: IsoDateTime | null;
  endDate: IsoDateTime | null;
  completeDate: IsoDateTime | null;
  /** Empty goals are null. */
  goal: string | null;
  originBoardId: number | null;
}

/**
 * What the app read of a sprint's scope after its start or its close event: the sprint as Jira held it
 * at that moment and the issues in it. `missed` says why the capture cannot stand for its moment (the
 * sprint had already closed when the start was read, say); the issues are then empty.
 */
export interface LedgerCapture {
  sprintId: number;
  moment: 'start' | 'close';
  /** When the event reached the app. */
  receivedAt: IsoDateTime;
  /** When the app read the sprint and its issues. */
  recordedAt: IsoDateTime;
  sprint: LedgerSprintFields;
  issues: LedgerIssue[];
  missed: string | null;
}

/** The sprint fields an update event says changed, with their values before it (Forge's `oldValue`). */
export type LedgerPrevious = Partial<Pick<LedgerSprintFields, 'name' | 'goal' | 'startDate' | 'endDate'>>;

/** One sprint event as it reached the app: what it carried, and when. */
export interface LedgerEvent {
  kind: 'started' | 'updated' | 'closed';
  receivedAt: IsoDateTime;
  /** Account id of who caused it (Forge's `atlassianId`), when the event says. */
  by: string | null;
  sprint: LedgerSprintFields;
  /** Update events only. */
  previous: LedgerPrevious | null;
}

/** Everything recorded of one sprint. */
export interface SprintLedger {
  sprintId: number;
  start: LedgerCapture | null;
  close: LedgerCapture | null;
  /** Oldest first, without repeats. */
  events: LedgerEvent[];
}

/**
 * The ledgers a report is built with. `received: false` for a shell that receives no sprint events
 * (the command line): every sprint is then replayed, and the report says why.
 */
export interface LedgerInput {
  received: boolean;
  sprints: SprintLedger[];
}

/**
 * Where a shell finds the ledgers, once the board's sprints are known (src/engine/compute.ts): the
 * Forge app reads its storage; the command line, which receives no events, has none.
 */
export interface LedgerSource {
  received: boolean;
  /** The records of these sprints that exist (a shell may skip sprints that ended before it could record any). */
  read(sprints: readonly Sprint[]): Promise<SprintLedger[]>;
}

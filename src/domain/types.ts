/**
 * The domain: plain data that the Jira layer produces and the analysis consumes.
 * Nothing here knows about HTTP, Forge or the clock.
 *
 * Rules (see ../../docs and architecture.md):
 * - fields are matched by id, never by name (names are localised);
 * - statuses are judged by status category, never by status name;
 * - anything missing or malformed becomes null plus a DataQualityNote, never an exception.
 */

// The shapes the report holds (the board, data-quality notes, sprint states, signals and their
// roles and severities) are defined once with the report's schema and named here too.
export type { Board, BoardType, DataQualityNote, Role, Severity, Signal, SignalEvidence, SilentSignal, SprintState } from './report';
import type { Board, DataQualityNote, SprintState } from './report';

/** ISO 8601 date-time with offset, as Jira sends it (e.g. "2026-03-02T09:00:00.000+0000"). */
export type IsoDateTime = string;

/** Jira's status category keys. */
export type StatusCategory = 'new' | 'indeterminate' | 'done';

export interface Person {
  accountId: string;
  displayName: string;
  /** 48x48 avatar URL when Jira gave one. */
  avatarUrl: string | null;
  /** false for deactivated or deleted users. */
  active: boolean;
}

export type Estimation =
  /**
   * `source`: 'board' when the board's configuration names the field; 'site' when the board names
   * none (a Kanban board) and the site's story points field was taken instead. Data stored before
   * `source` existed has none, read as 'board'.
   */
  | { type: 'field'; fieldId: string; displayName: string; source: 'board' | 'site' }
  | { type: 'issueCount' }
  | { type: 'none' };

export interface BoardColumn {
  name: string;
  statusIds: string[];
}

export interface BoardConfig {
  boardId: number;
  estimation: Estimation;
  /** Custom field id of the rank field, e.g. "customfield_10019". */
  rankFieldId: string | null;
  columns: BoardColumn[];
  /** Status ids of the last column that has statuses (Jira treats it as "Done"). */
  doneColumnStatusIds: string[];
}

export interface Sprint {
  id: number;
  name: string;
  state: SprintState;
  startDate: IsoDateTime | null;
  /** Planned end. */
  endDate: IsoDateTime | null;
  /** Actual close, closed sprints only. */
  completeDate: IsoDateTime | null;
  originBoardId: number | null;
  /** Empty or missing goals are null. */
  goal: string | null;
}

/**
 * A sprint's goal as one load of the app read it. Jira keeps no history of sprint goals, so the app
 * keeps its own (see goal-observations.ts).
 */
export interface GoalObservation {
  at: IsoDateTime;
  /** null when the sprint had no goal then. */
  goal: string | null;
}

/** One item of one changelog history, flattened. Sorted oldest first per issue. */
export interface ChangeEvent {
  /** Jira field id: "status", "resolution", "assignee", or a custom field id (sprint, rank, estimate, flagged). */
  fieldId: string;
  /** Raw `from`/`to` (ids for status, sprint ids joined by ", " for Sprint, account ids for assignee). */
  from: string | null;
  to: string | null;
  /** Display values (`fromString`/`toString`); numbers such as story points live only here. */
  fromString: string | null;
  toString: string | null;
  /** null when Jira omits the author (automation, deleted user). */
  author: Person | null;
  at: IsoDateTime;
  /**
   * Epoch milliseconds of `at`, filled by the loader only when `at` has Jira's usual shape
   * ("2026-03-02T09:00:00.000+0000", "...Z", "...+01:00"), where every way of reading it agrees.
   * Optional: readers parse `at` when it is absent (older stored data, hand-made data).
   */
  atMs?: number;
  /** Id of the changelog history this item came from. */
  historyId: string;
}

export interface IssueLinkRef {
  /** Key of the other issue. */
  key: string;
  /** Status category of the other issue at fetch time. */
  statusCategory: StatusCategory | null;
}

export interface Issue {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  /**
   * Jira's issue type. `hierarchyLevel` as Jira Cloud gives it on the issue type: -1 for sub-tasks,
   * 0 for stories, tasks and bugs, 1 for epics, 2 and more for the levels above.
   */
  issueType: { id: string; name: string; subtask: boolean; hierarchyLevel: number };
  status: { id: string; name: string; category: StatusCategory };
  /** Value of the board's estimation field now; null when unestimated or no field. */
  estimate: number | null;
  labels: string[];
  components: string[];
  /** Parent (epic or, for sub-tasks, the parent issue). */
  parentKey: string | null;
  subtaskKeys: string[];
  /** Unresolved-or-not issues that block this one ("is blocked by" links). */
  blockedBy: IssueLinkRef[];
  flagged: boolean;
  /** Description as plain text (ADF flattened); null when empty. */
  description: string | null;
  /** Text of the configured acceptance-criteria field, when one is configured; else null. */
  acceptanceCriteria: string | null;
  created: IsoDateTime;
  updated: IsoDateTime;
  resolutionDate: IsoDateTime | null;
  assignee: Person | null;
  reporter: Person | null;
  /** Sprint ids currently in the Sprint field (may include sprints of other boards). */
  sprintIds: number[];
  /**
   * Position in the project's rank order (0 = top), from `ORDER BY Rank`.
   * Issues Jira could not rank share the highest value; ties keep key order.
   */
  rankIndex: number;
  /**
   * The rank field's raw value (LexoRank string, sorts lexicographically) when Jira gave one.
   * Kept by the Jira layer so an incremental refresh can restore rank order after a merge.
   */
  rank?: string;
  /** Full history of the fields the analysis reads, oldest first. */
  changelog: ChangeEvent[];
}

/** Field ids the analysis needs, discovered per site/board. null = not found on this site. */
export interface FieldIds {
  sprint: string | null;
  rank: string | null;
  estimate: string | null;
  flagged: string | null;
  /** Configured in settings; null when the Definition of Ready reads the description instead. */
  acceptanceCriteria: string | null;
}

/**
 * Everything the analysis needs about one board of one project, as fetched.
 * Produced by the Jira layer (src/jira/load.ts), consumed by src/analysis.
 */
export interface BoardData {
  /** Site identifier (cloud id or base URL host). */
  site: string;
  project: { key: string; name: string };
  board: Board;
  config: BoardConfig;
  fieldIds: FieldIds;
  /** All sprints of the board, every state. Empty for Kanban boards. */
  sprints: Sprint[];
  /** Issues of the project, in rank order (rankIndex ascending), sub-tasks included. */
  issues: Issue[];
  /** Status id -> category from the site's status list (statuses deleted since are absent). */
  statusCategories: Record<string, StatusCategory>;
  /** Data-quality notes raised while fetching and normalising. */
  notes: DataQualityNote[];
  /** Set when some data could not be fetched; the report is then marked partial. */
  partial: { reason: string } | null;
  fetchedAt: IsoDateTime;
  /**
   * When the last full load was done (an incremental refresh keeps it). Absent in data stored before
   * it existed: the next refresh is then a full one.
   */
  fullLoadAt?: IsoDateTime;
  /**
   * Sprint id -> the goals the app has observed, oldest first: one when the sprint was first seen,
   * then one each time its goal differed from the last. Carried from load to load. Absent in data
   * stored before it existed and in hand-made data: goals are then judged as Jira holds them now.
   */
  sprintGoals?: Record<number, GoalObservation[]>;
}

/** A rank-ordered snapshot of a board's backlog, taken daily. */
export interface BacklogSnapshot {
  boardId: number;
  takenAt: IsoDateTime;
  /** Issue keys in rank order, top first (the whole backlog, future sprints first). */
  keys: string[];
}

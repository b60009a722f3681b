/**
 * The one report shape. The engine builds it; the UI, the CLI and every export render it.
 * docs/report.schema.json describes exactly this shape (tests validate every built report).
 * Ratios are numbers in [0, 1] (or larger where stated) and null when their denominator is zero.
 * People are referenced by account id; `Report.people` holds their display names.
 */
import type { Board, DataQualityNote, IsoDateTime, Signal, SilentSignal, SprintState } from './types';

/** A group of issues and their points (null when the board does not estimate in points). */
export interface IssueSet {
  issues: string[];
  points: number | null;
}

export interface EstimateChange {
  issueKey: string;
  from: number | null;
  to: number | null;
  at: IsoDateTime;
  by: string | null;
}

export interface ScopeChange {
  issueKey: string;
  change: 'added' | 'removed';
  at: IsoDateTime;
  by: string | null;
}

export interface FlagPeriod {
  issueKey: string;
  from: IsoDateTime;
  /** null when still flagged at the sprint's end. */
  to: IsoDateTime | null;
  workingDays: number;
}

export interface Reopening {
  issueKey: string;
  at: IsoDateTime;
  by: string | null;
}

/** A change one named person made to an issue. */
export interface PersonChange {
  issueKey: string;
  at: IsoDateTime;
  by: string;
}

/** A sprint that has started (closed or active), with the goal it started with. */
export interface SprintStart {
  sprintId: number;
  name: string;
  startDate: IsoDateTime;
  goalAtStart: GoalAtStart;
}

/** A sprint's goal when it started, as the app observed it (Jira keeps no history of goals). */
export interface GoalAtStart {
  goal: string | null;
  /**
   * 'observed': seen at or before the start; 'later': the app first saw the sprint after it had
   * started, so this is the goal at that first sighting; 'current': never observed (or no start
   * date), the goal as Jira holds it now.
   */
  source: 'observed' | 'later' | 'current';
  /** When the observation used was made; null for 'current'. */
  observedAt: IsoDateTime | null;
}

/** One closed sprint reconstructed like Jira's sprint report. */
export interface SprintFigures {
  id: number;
  name: string;
  state: SprintState;
  startDate: IsoDateTime | null;
  endDate: IsoDateTime | null;
  completeDate: IsoDateTime | null;
  goal: string | null;
  committed: IssueSet;
  added: IssueSet;
  removed: IssueSet;
  completed: IssueSet;
  notCompleted: IssueSet;
  /** In the sprint at start but already done ("completed outside this sprint"). */
  doneBeforeStart: IssueSet;
  /** completed points of committed issues / committed points (issue counts without estimates). */
  commitmentReliability: number | null;
  /** all completed points / committed points. */
  completionRate: number | null;
  /** (added + removed) / committed, in issues. */
  scopeChurn: number | null;
  /** notCompleted / (committed + added), in issues. */
  carryOver: number | null;
  estimateChanges: EstimateChange[];
  scopeChanges: ScopeChange[];
  /** Sub-tasks are reported apart, as Jira does. */
  subtasks: { committed: string[]; added: string[]; completed: string[]; notCompleted: string[] };
  /** Planned length (start to end) in working days. */
  plannedWorkingDays: number | null;
  /** Working days between planned end and actual close (negative = early). */
  lateWorkingDays: number | null;
  impediments: FlagPeriod[];
  reopened: Reopening[];
  /** The goal at the start (`goal` above is the goal as Jira holds it now). */
  goalAtStart: GoalAtStart;
  /**
   * true when a goal observed after the start differs from the goal at the start; false when the
   * goal was observed by the start and seen unchanged since; null when that cannot be told.
   */
  goalChangedAfterStart: boolean | null;
}

export interface SprintTrendPoint {
  sprintId: number;
  name: string;
  commitmentReliability: number | null;
  completionRate: number | null;
  scopeChurn: number | null;
  carryOver: number | null;
}

export interface CarryOverChain {
  issueKey: string;
  summary: string;
  /** Sprint ids the issue went through unfinished, oldest first. */
  sprintIds: number[];
  done: boolean;
}

export interface SprintSection {
  /** Closed sprints, oldest first. */
  closed: SprintFigures[];
  active: {
    id: number;
    name: string;
    startDate: IsoDateTime | null;
    endDate: IsoDateTime | null;
    goal: string | null;
    issueCount: number;
    /** As in SprintFigures. */
    goalAtStart: GoalAtStart;
    goalChangedAfterStart: boolean | null;
    /** Flag periods from the start until the report's moment, as in SprintFigures (`to` null: still flagged). */
    impediments: FlagPeriod[];
  } | null;
  futureCount: number;
  /** The last `trendSprints` closed sprints, oldest first. */
  trend: SprintTrendPoint[];
  carryOverChains: CarryOverChain[];
  /** Who added or removed items after sprint start, across the trend sprints. */
  scopeChangers: { accountId: string | null; added: number; removed: number }[];
  /** The last `thresholds.missingSprintGoal.ofLast` sprints to start (closed or active), oldest first. */
  recentlyStarted: SprintStart[];
}

export type DorCheck = 'estimated' | 'description' | 'acceptanceCriteria' | 'notBlocked' | 'notFlagged' | 'smallEnough';

export interface NearTermItem {
  key: string;
  summary: string;
  estimate: number | null;
  technical: boolean;
  failedChecks: DorCheck[];
}

export interface BacklogSection {
  /** Items in the backlog (not done, not in an active sprint), sub-tasks excluded. */
  size: number;
  /** Median completed points (or issues) of the last closed sprints. */
  capacity: { value: number | null; unit: 'points' | 'issues'; sprintIds: number[] };
  nearTerm: NearTermItem[];
  /** Share of near-term items that are ready. */
  readiness: number | null;
  /** Ready points (or issues) from the top, in rank order, until the first unready item, / capacity. */
  readyRunwaySprints: number | null;
  overSpecification: { share: number | null; distantCount: number; detailedKeys: string[] };
  ordering: {
    /** Rank-biased overlap (p = 0.9) of the top 20 now vs 7 and 28 days ago; null without a snapshot. */
    rbo7: number | null;
    rbo28: number | null;
    /** Share of today's top 10 that were in the top 10 a week ago. */
    top10Overlap: number | null;
    /** One point per stored snapshot, oldest first. */
    history: { date: IsoDateTime; rbo7: number | null; top10Overlap: number | null }[];
    /** Rank changes per week on near-term items over the last 28 days. */
    rankChangesPerWeekNearTerm: number;
    rankers: { accountId: string | null; changes: number }[];
    distinctRankers: number;
    topRankerShare: number | null;
    lastRerankAt: IsoDateTime | null;
    snapshotCount: number;
    /** false when the site has no rank field the app could find: re-ranking cannot be seen. */
    rankFieldFound: boolean;
  };
  technical: {
    technicalCount: number;
    functionalCount: number;
    /** P(random technical ranks above random functional); 0.5 = interleaved. */
    interleaving: number | null;
    runs: { observed: number; expected: number | null; z: number | null };
    quota: { detected: boolean; shares: { sprintId: number; share: number | null }[]; mean: number | null };
    medianAgeDays: { technical: number | null; functional: number | null };
  };
  /** The backlog in rank order (first 200 items) for the strip chart. */
  strip: { key: string; technical: boolean; ready: boolean }[];
  /** Backlog size in sprints of capacity. */
  depthSprints: number | null;
  stale: { count: number; keys: string[] };
  /** Items (not sub-tasks, done or not) created in the last `windowDays` (thresholds.frozenBacklog.noRerankDays), in rank order. */
  newItems: { windowDays: number; keys: string[] };
}

export interface RolesSection {
  productOwners: string[];
  scrumMasters: string[];
  /** Most rank changes in the window, shown when no PO is named. */
  actingBacklogOwner: string | null;
  rankChangesBy: { accountId: string | null; changes: number }[];
  /** Assignee changes on sprint items, by who made them. */
  assigneeChangesBy: { accountId: string | null; changes: number }[];
  lastPoBacklogActivity: IsoDateTime | null;
  /** The assignee changes on sprint items (as counted in assigneeChangesBy) made by a named Product Owner. */
  productOwnerAssignments: PersonChange[];
  /** The rank changes (as counted in rankChangesBy) made by a named Scrum Master. */
  scrumMasterRankChanges: PersonChange[];
}

export type TrafficLight = 'green' | 'amber' | 'red';

/** The areas the score is split into; every signal counts against one. */
export type ScoreArea = 'backlog' | 'sprints' | 'roles';

export interface ScoreDeduction {
  signalId: string;
  area: ScoreArea;
  severity: 'info' | 'warning' | 'critical';
  points: number;
}

export interface HealthScore {
  /**
   * 100 minus the cost of each firing signal (critical 25, warning 10, info 0), floored at 0, over
   * the signals that could be checked; null when none could be (a project without a board).
   */
  total: number | null;
  trafficLight: TrafficLight | null;
  /** Each sub-score is null ("not assessed") when none of its area's signals could be checked. */
  backlog: number | null;
  sprints: number | null;
  roles: number | null;
  deductions: ScoreDeduction[];
  /** The signals that could not be checked, so the score leaves them out (reasons: Report.silentSignals). */
  notChecked: { signalId: string; area: ScoreArea }[];
}

/** Raised whenever the report's shape changes; a cached report of another version is rebuilt, not shown. */
export const REPORT_SCHEMA_VERSION = 3;

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  computedAt: IsoDateTime;
  site: string;
  project: { key: string; name: string };
  board: Board | null;
  /** What this report can and cannot show (a Kanban board has no sprints). */
  capabilities: { sprints: boolean; backlog: boolean; estimates: boolean; limitations: string[] };
  sprints: SprintSection | null;
  backlog: BacklogSection | null;
  roles: RolesSection;
  people: Record<string, { displayName: string; avatarUrl: string | null }>;
  signals: Signal[];
  silentSignals: SilentSignal[];
  score: HealthScore;
  dataQuality: DataQualityNote[];
  partial: { reason: string } | null;
}

/**
 * Facts about single issues that the issue view shows and the report does not hold: each backlog
 * item's place and the Definition-of-Ready checks it fails, who re-ranked which item lately, which
 * items are in the running sprint, and when items were flagged. Computed by every refresh together
 * with the report (src/analysis/issues/facts.ts) and stored beside it, so the report the project page
 * loads does not grow with the number of issues. docs/metrics.md ("Facts about one issue") defines
 * each; its size is bounded there too.
 */
import type { DorCheck } from './report';
import type { IsoDateTime } from './types';

/** Raised whenever the shape changes; stored facts of another version are treated as missing. */
export const ISSUE_FACTS_VERSION = 1;

export interface IssueFacts {
  version: typeof ISSUE_FACTS_VERSION;
  /** The report these facts belong to (its computedAt). */
  computedAt: IsoDateTime;
  /** When Jira was read for them: an issue changed after this is shown as it was then. */
  readAt: IsoDateTime;
  boardId: number;
  backlog: {
    /** Items in the backlog (docs/metrics.md, "The backlog itself"). */
    size: number;
    /** The first `nearTermCount` items are the near-term horizon. */
    nearTermCount: number;
    /** The first items in rank order (at most ISSUE_FACTS_BACKLOG_LIMIT), with the checks each fails. */
    items: { key: string; failedChecks: DorCheck[] }[];
  };
  /** Keys of the items in the board's running sprint, sub-tasks included. */
  activeSprintKeys: string[];
  /** Rank changes made in the last `windowDays` days, oldest first. */
  reranks: { windowDays: number; changes: { issueKey: string; at: IsoDateTime; by: string | null }[] };
  /** Spells an item was flagged that lasted into the last `windowDays` days, oldest first; `to` null = still flagged. */
  flagged: { windowDays: number; spells: { issueKey: string; from: IsoDateTime; to: IsoDateTime | null }[] };
}

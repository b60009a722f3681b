/**
 * The facts the issue view needs about single issues (src/domain/issue-facts.ts), computed from the
 * board data, the settings and the report built from them in the same refresh. Pure: `now` is a
 * parameter. docs/metrics.md, "Facts about one issue", says what each is for.
 *
 * - Backlog items: the backlog in rank order and the Definition-of-Ready checks each fails, worked
 *   out exactly as the Backlog tab's figures are (sizeBacklog and failedChecks, with the closed
 *   sprints of the report for the capacity), for the first ISSUE_FACTS_BACKLOG_LIMIT items.
 * - Near-term horizon: the report's own near-term list is its first `nearTermCount` items.
 * - Re-ranks: every rank change of the last `committeeOrdering.windowDays` days (the window the
 *   Backlog tab's "people re-ranking" looks at), with who made it and when.
 * - Flagged spells: from the flagged timeline of each issue's history (src/analysis/history),
 *   each spell from the moment the flag was set (the issue's creation when it was set from the start)
 *   to the moment it was cleared; kept when it lasted into the last FLAGGED_WINDOW_DAYS days.
 */
import type { ProjectSettings } from '../../domain/settings';
import type { Report } from '../../domain/report';
import type { BoardData } from '../../domain/types';
import { ISSUE_FACTS_VERSION, type IssueFacts } from '../../domain/issue-facts';
import { sizeBacklog } from '../backlog/backlog';
import { acceptancePattern, failedChecks } from '../backlog/readiness';
import type { BoardHistory } from '../history/board-history';
import { compareText, toIso } from '../history/parse';
import type { StepTimeline } from '../history/timeline';
import { rankChanges, windowStart } from '../roles/events';

/** Backlog items whose place and checks are kept: far more than any team plans, and a bound on the record's size. */
export const ISSUE_FACTS_BACKLOG_LIMIT = 5000;
/** Flagged spells are kept when they lasted into this many days before the refresh. */
export const FLAGGED_WINDOW_DAYS = 90;

export interface IssueFactsInput {
  data: BoardData;
  /** The board's history, read from the same data (src/analysis/history). */
  history: BoardHistory;
  settings: ProjectSettings;
  /** The report built from the same data (its closed sprints give the capacity, its near-term list the horizon). */
  report: Report;
  now: Date;
  /** Default ISSUE_FACTS_BACKLOG_LIMIT (tests pass a small one). */
  backlogLimit?: number;
}

export function issueFactsOf(input: IssueFactsInput): IssueFacts {
  const { data, history, settings, report, now } = input;
  const closed = (report.sprints?.closed ?? []).filter((s) => s.state === 'closed');
  const sized = sizeBacklog(data, closed, settings.capacitySprints);
  const kept = sized.issues.slice(0, input.backlogLimit ?? ISSUE_FACTS_BACKLOG_LIMIT);
  const activeSprintIds = new Set(data.sprints.filter((s) => s.state === 'active').map((s) => s.id));
  const rerankDays = settings.thresholds.committeeOrdering.windowDays;
  const pattern = acceptancePattern(settings.definitionOfReady.acceptanceCriteria.descriptionPattern);
  return {
    version: ISSUE_FACTS_VERSION,
    computedAt: report.computedAt,
    readAt: data.fetchedAt,
    boardId: data.board.id,
    backlog: {
      size: sized.issues.length,
      nearTermCount: report.backlog?.nearTerm.length ?? 0,
      items: kept.map((issue) => ({ key: issue.key, failedChecks: failedChecks(issue, settings.definitionOfReady, data, sized, pattern) })),
    },
    activeSprintKeys: data.issues.filter((issue) => issue.sprintIds.some((id) => activeSprintIds.has(id))).map((issue) => issue.key),
    reranks: {
      windowDays: rerankDays,
      changes: rankChanges(history, windowStart(now, rerankDays), now.getTime())
        .sort((a, b) => a.atMs - b.atMs)
        .map(({ issueKey, at, by }) => ({ issueKey, at, by })),
    },
    flagged: { windowDays: FLAGGED_WINDOW_DAYS, spells: flaggedSpellsSince(history, windowStart(now, FLAGGED_WINDOW_DAYS)) },
  };
}

/** The spells of a flagged timeline: from each step to true until the next step to false (null: still flagged). */
export function flaggedSpells(flagged: StepTimeline<boolean>, createdMs: number): { fromMs: number; toMs: number | null }[] {
  const spells: { fromMs: number; toMs: number | null }[] = [];
  let since: number | null = flagged.initial ? createdMs : null;
  for (let i = 0; i < flagged.times.length; i++) {
    if (flagged.values[i] && since === null) since = flagged.times[i];
    else if (!flagged.values[i] && since !== null) {
      spells.push({ fromMs: since, toMs: flagged.times[i] });
      since = null;
    }
  }
  if (since !== null) spells.push({ fromMs: since, toMs: null });
  return spells;
}

function flaggedSpellsSince(history: BoardHistory, sinceMs: number): IssueFacts['flagged']['spells'] {
  const spells: (IssueFacts['flagged']['spells'][number] & { fromMs: number })[] = [];
  for (const issue of history.issues) {
    const { initial, times } = issue.flagged;
    if (!initial && times.length === 0) continue; // never flagged, as most issues
    for (const spell of flaggedSpells(issue.flagged, issue.createdMs)) {
      if (spell.toMs !== null && spell.toMs < sinceMs) continue;
      spells.push({ issueKey: issue.issue.key, from: toIso(spell.fromMs), to: spell.toMs === null ? null : toIso(spell.toMs), fromMs: spell.fromMs });
    }
  }
  return spells.sort((a, b) => a.fromMs - b.fromMs || compareText(a.issueKey, b.issueKey)).map(({ issueKey, from, to }) => ({ issueKey, from, to }));
}

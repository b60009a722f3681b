/**
 * Where the app's record of a sprint and the replay of Jira's history count an item differently,
 * and why (docs/metrics.md, "Record and replay: the differences"). An item differs when its groups
 * differ, or, in the same groups, its points (the committed estimate at the start, the completed
 * estimate at the close). The reason looks for what the item's history shows between the moment
 * (the start t0, the close t1) and the app's reading of it (r0, r1): a move into or out of the
 * sprint, a status moving into or out of done, a new estimate; failing that, it says the two
 * disagree. Reasons name no issue key (the key is beside them).
 */
import type { LedgerDifference, SprintGroup } from '../../../domain/report';
import type { IssueHistory } from '../../history/issue-history';
import { valueAt } from '../../history/timeline';
import { decimal, elapsed, groupsInWords } from '../../../vocabulary';
import type { SprintGroupsOf } from '../groups';
import type { SprintReading } from '../reading';

const GROUP_ORDER: readonly SprintGroup[] = ['committed', 'added', 'doneBeforeStart', 'removed', 'completed', 'notCompleted'];
const START_GROUPS: readonly SprintGroup[] = ['committed', 'added', 'doneBeforeStart'];

function groupsOf(groups: SprintGroupsOf<string>): Map<string, SprintGroup[]> {
  const byKey = new Map<string, SprintGroup[]>();
  for (const group of GROUP_ORDER) {
    for (const key of groups[group]) {
      const list = byKey.get(key) ?? [];
      list.push(group);
      byKey.set(key, list);
    }
  }
  return byKey;
}

export interface DifferenceInput {
  /** The replay's groups and readings at t0 and t1. */
  replayed: SprintReading;
  /** The record's (recorded.ts). */
  recorded: SprintReading;
  /** When the app read the sprint after its start and its close (epoch ms; null when that recording is not used). */
  r0: number | null;
  r1: number | null;
  pointsEnabled: boolean;
}

export function ledgerDifferences(input: DifferenceInput): LedgerDifference[] {
  const { replayed, recorded } = input;
  const byReplay = groupsOf(replayed.groups);
  const byRecord = groupsOf(recorded.groups);
  const keys = [...new Set([...byRecord.keys(), ...byReplay.keys()])];
  const differences: LedgerDifference[] = [];
  for (const key of keys) {
    const recordedGroups = byRecord.get(key) ?? [];
    const replayedGroups = byReplay.get(key) ?? [];
    const issue = replayed.history.byKey.get(key);
    if (recordedGroups.join() !== replayedGroups.join()) {
      const atStart = recordedGroups.filter((g) => START_GROUPS.includes(g)).join() !== replayedGroups.filter((g) => START_GROUPS.includes(g)).join() && input.r0 !== null;
      const moment = atStart ? 'start' : 'close';
      const cause = issue ? groupCause(issue, replayed.sprintId, moment === 'start' ? replayed.t0 : replayed.t1, moment === 'start' ? input.r0 : input.r1, moment) : null;
      const counted = `the app’s record counts it as ${groupsInWords(recordedGroups)}, the replay of Jira’s history as ${groupsInWords(replayedGroups)}`;
      const why = issue ? cause ?? `Jira’s history and the app’s record of the ${moment} disagree about it` : 'It is not among the issues this report could read (deleted, moved to another project or hidden from the app since it was recorded)';
      differences.push({ issueKey: key, moment, recorded: recordedGroups, replayed: replayedGroups, reason: `${capitalised(why)}: ${counted}.` });
      continue;
    }
    if (!input.pointsEnabled || !issue) continue;
    const estimate = estimateDifference(input, key, issue, recordedGroups);
    if (estimate) differences.push({ issueKey: key, moment: estimate.moment, recorded: recordedGroups, replayed: replayedGroups, reason: estimate.reason });
  }
  return differences;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the history shows in (moment, read] that explains a different group: a move or a status change. */
function groupCause(issue: IssueHistory, sprintId: number, momentMs: number, readMs: number | null, moment: 'start' | 'close'): string | null {
  if (readMs === null || readMs <= momentMs) return null;
  const when = (ms: number) => `${elapsed(ms - momentMs)} after the ${moment}, before the app recorded the sprint`;
  for (const period of issue.membership.get(sprintId) ?? []) {
    if (period.fromMs > momentMs && period.fromMs <= readMs) return `added ${when(period.fromMs)}`;
    if (period.toMs > momentMs && period.toMs <= readMs) return `taken out of the sprint ${when(period.toMs)}`;
  }
  const { times, values } = issue.done;
  for (let i = 0; i < times.length; i++) {
    if (times[i] > momentMs && times[i] <= readMs) return values[i] ? `finished ${when(times[i])}` : `moved out of done ${when(times[i])}`;
  }
  return null;
}

/** A committed estimate that differs at the start, or a completed one at the close. */
function estimateDifference(input: DifferenceInput, key: string, issue: IssueHistory, groups: SprintGroup[]): { moment: 'start' | 'close'; reason: string } | null {
  const { replayed, recorded } = input;
  const check = (moment: 'start' | 'close', momentMs: number, readMs: number | null, recordedValue: number | null, replayedValue: number | null) => {
    if (readMs === null || recordedValue === replayedValue) return null;
    const pointsText = (value: number | null) => (value === null ? 'no estimate' : `${decimal(value)} points`);
    const counted = `the app’s record counts ${pointsText(recordedValue)} for it, the replay of Jira’s history ${pointsText(replayedValue)}`;
    const changedAt = firstChange(issue, momentMs, readMs);
    const why = changedAt === null ? `Jira’s history and the app’s record of the ${moment} give it different estimates` : `Re-estimated ${elapsed(changedAt - momentMs)} after the ${moment}, before the app recorded the sprint`;
    return { moment, reason: `${why}: ${counted}.` };
  };
  if (groups.includes('committed')) {
    const found = check('start', replayed.t0, input.r0, recorded.atStart(key).estimate, valueAt(issue.estimate, replayed.t0));
    if (found) return found;
  }
  if (groups.includes('completed')) return check('close', replayed.t1, input.r1, recorded.atEnd(key).estimate, valueAt(issue.estimate, replayed.t1));
  return null;
}

function firstChange(issue: IssueHistory, afterMs: number, untilMs: number): number | null {
  for (const ms of issue.estimate.times) if (ms > afterMs && ms <= untilMs) return ms;
  return null;
}

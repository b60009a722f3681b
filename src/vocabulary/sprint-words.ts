/**
 * The words of a sprint in detail: its groups, how long something took, where its figures come
 * from (the app's record or the replay of Jira's history), and the names of the hygiene notes and
 * of the risks of a running sprint. One place, for the analysis's sentences, the pages and the CLI.
 */
import type { HygieneNote, RecordSource, SprintFieldChange, SprintGroup, SprintIssueRow, SprintRecord } from '../domain/report';
import { listInWords } from './numbers';

/** Each group of the sprint report, as a sentence names it. */
export const SPRINT_GROUP_WORD: Readonly<Record<SprintGroup, string>> = {
  committed: 'committed',
  added: 'added',
  removed: 'removed',
  completed: 'completed',
  notCompleted: 'not completed',
  doneBeforeStart: 'done before the start',
};

/** Each group of the sprint report as a label names it (a choice, a column's value), in the report's order. */
export const SPRINT_GROUP_LABEL: Readonly<Record<SprintGroup, string>> = {
  committed: 'Committed',
  added: 'Added',
  removed: 'Removed',
  completed: 'Completed',
  notCompleted: 'Not completed',
  doneBeforeStart: 'Done before the start',
};

/** Each group as the sprint report's table heads its row: the label, with when it applies where that helps. */
export const SPRINT_GROUP_HEADING: Readonly<Record<SprintGroup, string>> = {
  ...SPRINT_GROUP_LABEL,
  committed: 'Committed at start',
  added: 'Added after start',
  removed: 'Removed during the sprint',
};

/** "committed and completed"; no group at all reads "not in the sprint". */
export function groupsInWords(groups: readonly SprintGroup[]): string {
  return groups.length === 0 ? 'not in the sprint' : listInWords(groups.map((group) => SPRINT_GROUP_WORD[group]));
}

/** How an issue came into a sprint and how it left it, as the per-issue report's columns say it. */
export const ENTRY_WORD: Readonly<Record<SprintIssueRow['entry'], string>> = {
  committed: SPRINT_GROUP_LABEL.committed,
  added: SPRINT_GROUP_LABEL.added,
  doneBeforeStart: SPRINT_GROUP_LABEL.doneBeforeStart,
};

export const OUTCOME_WORD: Readonly<Record<SprintIssueRow['outcome'], string>> = {
  completed: SPRINT_GROUP_LABEL.completed,
  notCompleted: SPRINT_GROUP_LABEL.notCompleted,
  removed: SPRINT_GROUP_LABEL.removed,
  doneBeforeStart: SPRINT_GROUP_LABEL.doneBeforeStart,
};

/** Where a sprint's figures come from, in a word or two for a badge. */
export const RECORD_WORD: Readonly<Record<RecordSource, string>> = {
  recorded: 'Recorded by the app',
  replayed: 'Replayed from Jira’s history',
};

/** The same, as the badge beside the sentence that says how (the sentence names the app or Jira's history). */
export const RECORD_BADGE: Readonly<Record<RecordSource, string>> = { recorded: 'Recorded', replayed: 'Replayed' };

/** Where a sprint's figures come from, in one word: recorded when either of its moments was recorded by the app. */
export function recordSourceOf(record: Pick<SprintRecord, 'commitment' | 'close'>): RecordSource {
  return record.commitment === 'recorded' || record.close === 'recorded' ? 'recorded' : 'replayed';
}

/** The sprint's own fields an update event can change. */
export const SPRINT_FIELD_WORD: Readonly<Record<SprintFieldChange['field'], string>> = { goal: 'Goal', name: 'Name', startDate: 'Start date', endDate: 'Planned end' };

/** The title of each kind of hygiene note. */
export const HYGIENE_NAME: Readonly<Record<HygieneNote['kind'], string>> = {
  'removed-before-close': 'Removed in the last hour before the close',
  'estimate-changed': 'Estimates changed after the start',
  'finished-outside': 'Finished outside the sprint',
  'several-boards': 'Also in sprints of other boards',
};

/** The risks of an item of a running sprint, as listed beside it. */
export const RISK_WORD = {
  flagged: 'flagged as impeded',
  notStarted: 'not started, with half the sprint gone',
  carried: 'carried over before',
} as const;

function count(value: number, one: string): string {
  return `${value} ${value === 1 ? one : `${one}s`}`;
}

/**
 * How long, in the largest unit that reads naturally: "40 seconds", "3 minutes", "2 hours",
 * "3 days"; under half a second "less than a second". Each unit is rounded from the one below, so
 * 59.6 seconds reads "1 minute", never "60 seconds".
 */
export function elapsed(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 1) return 'less than a second';
  if (seconds < 60) return count(seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return count(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return count(hours, 'hour');
  return count(Math.round(hours / 24), 'day');
}

/**
 * Sprint hygiene, as data quality (docs/metrics.md, "Sprint hygiene"): what in the way a sprint was
 * run bends its figures, each with its effect and, where it does, why our figure differs from
 * Jira's sprint report.
 *
 * - removed in the last hour before the close: a removal in [t1 - 1 hour, t1];
 * - estimates changed after the start: an estimate change in (t0, t1] while the item was in the sprint;
 * - finished outside the sprint: done at the start, or added already done (done when it joined);
 * - in sprints of other boards: an item of the sprint that was ever in a sprint this board does not hold.
 */
import type { EstimateChange, HygieneNote, ScopeChange } from '../../domain/report';
import { toMs } from '../history/parse';
import { addedDone } from './issue-rows';
import type { SprintReading } from './reading';

export const LAST_HOUR_MS = 60 * 60 * 1000;

export interface HygieneInput {
  reading: SprintReading;
  scopeChanges: readonly ScopeChange[];
  estimateChanges: readonly EstimateChange[];
  /** The sprints of this board (an item in any other sprint is in a sprint of another board). */
  boardSprintIds: ReadonlySet<number>;
  /** A running sprint has no close yet. */
  running: boolean;
}

const unique = (keys: readonly string[]) => [...new Set(keys)];

export function sprintHygiene(input: HygieneInput): HygieneNote[] {
  const { reading } = input;
  const notes: HygieneNote[] = [];
  const inSprint = unique([...reading.groups.committed, ...reading.groups.added, ...reading.groups.doneBeforeStart]);

  if (!input.running) {
    const late = input.scopeChanges.filter((c) => c.change === 'removed' && reading.t1 - (toMs(c.at) ?? -Infinity) <= LAST_HOUR_MS);
    if (late.length > 0) {
      notes.push({
        kind: 'removed-before-close',
        issueKeys: unique(late.map((c) => c.issueKey)),
        effect: 'Taken out just before the close, they count as removed rather than not completed: carry-over reads lower and scope churn higher than for a sprint that kept them.',
        jiraDiffers: null,
      });
    }
  }

  const reestimated = unique(input.estimateChanges.map((c) => c.issueKey));
  if (reestimated.length > 0) {
    const unplanned = input.estimateChanges.filter((c) => reading.groups.committed.includes(c.issueKey) && reading.atStart(c.issueKey).estimate === null).map((c) => c.issueKey);
    notes.push({
      kind: 'estimate-changed',
      issueKeys: reestimated,
      effect: 'Commitment reliability and completion rate weigh completed items at their estimate at the close, so an item that grew raises them and one that shrank lowers them.',
      jiraDiffers:
        unplanned.length > 0
          ? 'Some were committed without an estimate: Jira counts their new points as completed work, while our commitment reliability leaves them out, as they were not part of the plan.'
          : null,
    });
  }

  const doneBefore = reading.groups.doneBeforeStart;
  const addedDoneKeys = reading.groups.added.filter((key) => addedDone(reading, key));
  if (doneBefore.length + addedDoneKeys.length > 0) {
    notes.push({
      kind: 'finished-outside',
      issueKeys: unique([...doneBefore, ...addedDoneKeys]),
      effect:
        addedDoneKeys.length > 0
          ? 'Done before they were in the sprint: one done at the start counts in no group, but one added already done counts as added and completed, which raises the completion rate.'
          : 'Done before the sprint started, they count in no group and leave the figures alone.',
      jiraDiffers:
        addedDoneKeys.length > 0
          ? 'Jira’s sprint report lists an item added already done as completed outside the sprint and leaves it out of the completed work; we count it as added and completed.'
          : null,
    });
  }

  const elsewhere = inSprint.filter((key) => {
    const issue = reading.history.byKey.get(key);
    if (!issue) return false;
    return [...issue.membership.keys()].some((id) => !input.boardSprintIds.has(id)) || issue.issue.sprintIds.some((id) => !input.boardSprintIds.has(id));
  });
  if (elsewhere.length > 0) {
    notes.push({
      kind: 'several-boards',
      issueKeys: elsewhere,
      effect: 'Also planned in sprints of another board: their work counts in that board’s figures too, so adding up boards counts it twice.',
      jiraDiffers: null,
    });
  }
  return notes;
}

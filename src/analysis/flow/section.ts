/**
 * The flow section of the report (docs/metrics.md, "Flow" and "Forecasts"): every standard item's
 * way through the board read once (item-flow.ts), the figures over them (figures.ts), the items
 * the figures cannot measure as they should (as data-quality notes too), and the forecasts.
 */
import type { BoardData, DataQualityNote } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import type { BacklogSection, FlowSection, SprintSection } from '../../domain/report';
import { hashString } from '../../domain/seeded-random';
import { listInWords, plural } from '../../vocabulary';
import type { BoardHistory } from '../history/board-history';
import { CYCLE_TIME_WINDOW_DAYS, ageing, cycleTimes, finishedInWindow, flowDays, hasCycleTime, throughput } from './figures';
import { forecast } from './forecast';
import { type ItemFlow, inProgressAt, newStatusSteps, readItemFlow } from './item-flow';
import { runningSprintChance } from './sprint-chance';
import { readWorkflow } from './workflow';
import { isBacklogKind } from '../backlog/backlog';

export interface FlowInput {
  data: BoardData;
  history: BoardHistory;
  settings: ProjectSettings;
  /** The sprint section, on a board with sprints (the forecast then draws from its sprints). */
  sprints: SprintSection | null;
  backlog: BacklogSection | null;
  now: Date;
}

/**
 * Why the flow figures cannot be worked out from this data, or null when they can: they need the
 * change history of the issues (each item's moves) and the board's columns (what is in progress).
 */
export function flowUnavailable(data: BoardData): string | null {
  if (data.notes.some((note) => note.code === 'changelog-unavailable')) {
    return 'The change history of the issues could not be read from Jira this time, so flow figures and forecasts are not shown. The next refresh will try again.';
  }
  if (!data.config.columns.some((column) => column.statusIds.length > 0)) {
    return 'The columns of this board could not be read (or none has a status), so the app cannot tell which work is in progress: flow figures and forecasts are not shown.';
  }
  return null;
}

export function analyseFlow(input: FlowInput): { section: FlowSection; notes: DataQualityNote[] } {
  const { data, history, sprints, now } = input;
  const nowMs = now.getTime();
  const workflow = readWorkflow(data, input.settings.flow.inProgressColumns);
  const steps = newStatusSteps();
  const items = history.issues.filter((h) => isBacklogKind(h.issue)).map((h) => readItemFlow(h, workflow, nowMs, steps));
  const weekly = throughput(items, nowMs);
  // The items the figures stand on: finished in the window, or in progress now, in rank order.
  const measured = items.filter((item) => finishedInWindow(item, nowMs) || inProgressAt(item, workflow, nowMs));
  const keysOf = (list: ItemFlow[]) => list.map((item) => item.history.issue.key);
  // Each board's trials are its own, and the same on every refresh of the same data.
  const seed = hashString(`${data.project.key}/${data.board.id}`);
  const section: FlowSection = {
    columns: workflow.columns,
    throughput: weekly,
    cycleTime: { windowDays: CYCLE_TIME_WINDOW_DAYS, ...cycleTimes(items, nowMs) },
    ageing: ageing(items, workflow, nowMs),
    days: flowDays(items, workflow, nowMs),
    finishedWithoutStart: keysOf(measured.filter((item) => finishedInWindow(item, nowMs) && !hasCycleTime(item))),
    movedBackward: keysOf(measured.filter((item) => item.movedBackward)),
    movedAfterDone: keysOf(measured.filter((item) => item.movedAfterDone)),
    forecast: forecast(
      { seed, sprints, backlog: input.backlog, weeks: weekly.weeks, weeksOfHistory: weekly.weeksOfHistory, nowMs },
      sprints ? runningSprintChance(sprints, history, nowMs, seed) : null,
    ),
  };
  return { section, notes: flowNotes(section) };
}

/** The items the flow figures could not measure as they should, said once per kind. */
function flowNotes(section: FlowSection): DataQualityNote[] {
  const window = `in the last ${CYCLE_TIME_WINDOW_DAYS} days`;
  const some = (keys: string[]) => (keys.length <= 5 ? listInWords(keys) : `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more`);
  const notes: DataQualityNote[] = [];
  const { finishedWithoutStart, movedBackward, movedAfterDone } = section;
  if (finishedWithoutStart.length > 0) {
    notes.push({
      code: 'flow-finished-without-start',
      message: `${plural(finishedWithoutStart.length, 'item was', 'items were')} finished ${window} without ever being in an in-progress column, so ${finishedWithoutStart.length === 1 ? 'it has' : 'they have'} no cycle time: ${some(finishedWithoutStart)}.`,
      issueKey: finishedWithoutStart[0],
    });
  }
  if (movedBackward.length > 0) {
    notes.push({
      code: 'flow-moved-backward',
      message: `${plural(movedBackward.length, 'item')} moved back to an earlier column before being done; cycle time still runs from the first move into progress: ${some(movedBackward)}.`,
      issueKey: movedBackward[0],
    });
  }
  if (movedAfterDone.length > 0) {
    notes.push({
      code: 'flow-moved-after-done',
      message: `${plural(movedAfterDone.length, 'item')} changed status after being done (reopened or moved on); cycle time runs to the last move into done: ${some(movedAfterDone)}.`,
      issueKey: movedAfterDone[0],
    });
  }
  return notes;
}

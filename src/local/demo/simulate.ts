/**
 * Runs one project's story day by day, from a few weeks before its first sprint to the last working
 * day before `now`, and takes the daily backlog snapshots of the last 35 days on the way.
 *
 * Order of a working day: snapshots due before 08:00; a sprint close (09:15) and the planning and
 * start of the next sprint (10:00); the team's work; the story's sprint-day behaviour; new backlog
 * items; the story's backlog care.
 */
import type { BacklogSnapshot } from '../../domain/types';
import { addWorkingDays, DAY, DayClock, HOUR, jiraTime, utcDayStart, workingDaysBetween } from './calendar';
import type { IdCounters, SimIssue } from './issue-factory';
import { ProjectState, type SimSprint } from './project-state';
import type { Random } from './random';
import { sprintCalendar } from './schedule';
import { closeSprint, planAndStart, workDay } from './sprint-cycle';
import type { StoryPolicy } from './story';
import { runKanbanDay } from './kanban';

const SNAPSHOT_DAYS = 35;
/** How far back a Kanban project's history goes. */
const KANBAN_WORKING_DAYS = 80;
/** Items written per day at most when the backlog is below its target. */
const MAX_NEW_ITEMS_PER_DAY = 3;

export interface SimulationResult {
  state: ProjectState;
  snapshots: BacklogSnapshot[];
}

function makeSprint(state: ProjectState, index: number, dates: { startDay: number; start: number; end: number; close: number | null }, createdAt: number): SimSprint {
  state.counters.sprintId += 1;
  const goal = state.policy.goal(index, state.random);
  const sprint: SimSprint = {
    ws: {
      id: state.counters.sprintId,
      originBoardId: state.boardId,
      name: `${state.policy.key} Sprint ${index + 1}`,
      state: 'future',
      createdDate: jiraTime(createdAt),
      ...(goal === null ? {} : { goal }),
    },
    index,
    start: dates.start,
    end: dates.end,
    close: dates.close,
    startDay: dates.startDay,
    plans: new Map(),
  };
  state.sprints.push(sprint);
  return sprint;
}

/** The initial backlog, written over the weeks before the simulation's first day (no histories). */
function writeInitialBacklog(state: ProjectState, firstDay: number): void {
  const count = state.policy.backlogTarget;
  const times = Array.from({ length: count }, () => firstDay - state.random.int(1, 60) * DAY + state.random.int(9 * 60, 17 * 60) * 60_000).sort((a, b) => a - b);
  for (const at of times) state.createItem(state.policy.newItem(state, at, state.random), at);
}

function writeNewItems(state: ProjectState): void {
  for (let n = 0; n < MAX_NEW_ITEMS_PER_DAY && (state.policy.countBacklog?.(state) ?? state.unplanned().length) < state.policy.backlogTarget; n++) {
    const at = state.tick(5, 40);
    state.createItem(state.policy.newItem(state, at, state.random), at);
  }
}

export function simulateProject(policy: StoryPolicy, projectId: string, boardId: number, counters: IdCounters, random: Random, now: number): SimulationResult {
  const state = new ProjectState(policy, projectId, boardId, counters, random);
  const scrum = policy.boardType === 'scrum';
  const calendar = sprintCalendar(now, scrum ? policy.closedSprints : 0, (i) => policy.lateWorkingDays(i, random));
  const lastDay = addWorkingDays(utcDayStart(now), -1);
  const firstDay = scrum ? addWorkingDays(calendar[0].startDay, -10) : addWorkingDays(lastDay, -KANBAN_WORKING_DAYS);
  writeInitialBacklog(state, firstDay);

  // Taken nightly at 01:00 UTC: the last SNAPSHOT_DAYS such moments up to now, oldest first.
  const lastSnapshot = utcDayStart(now) + HOUR <= now ? utcDayStart(now) + HOUR : utcDayStart(now) + HOUR - DAY;
  const snapshotTimes = Array.from({ length: SNAPSHOT_DAYS }, (_, i) => lastSnapshot - (SNAPSHOT_DAYS - 1 - i) * DAY);
  const snapshots: BacklogSnapshot[] = [];
  const flushSnapshots = (upTo: number) => {
    while (scrum && snapshotTimes.length > 0 && snapshotTimes[0] < upTo) {
      const takenAt = snapshotTimes.shift()!;
      snapshots.push({ boardId, takenAt: jiraTime(takenAt), keys: state.backlog().map((i) => i.key) });
    }
  };

  const stuck = new Map<SimIssue, number>();
  const sprints: SimSprint[] = [];
  for (let day = firstDay; day <= lastDay; day = addWorkingDays(day, 1)) {
    flushSnapshots(day + 8 * HOUR);
    state.clock = new DayClock(day + 9 * HOUR);
    if (!scrum) {
      runKanbanDay(state, day);
    } else {
      const startingIndex = calendar.findIndex((d) => d.startDay === day);
      const closing = state.activeSprint;
      if (closing && closing.close !== null && utcDayStart(closing.close) === day) {
        const next = startingIndex >= 0 ? makeSprint(state, startingIndex, calendar[startingIndex], addWorkingDays(day, -3) + 11 * HOUR) : null;
        if (next) sprints.push(next);
        state.clock = new DayClock(closing.close);
        closeSprint(state, closing, next);
        for (const [item, left] of stuck) if (left <= 1) stuck.delete(item); else stuck.set(item, left - 1);
      } else if (startingIndex >= 0 && !sprints[startingIndex]) {
        sprints.push(makeSprint(state, startingIndex, calendar[startingIndex], addWorkingDays(day, -3) + 11 * HOUR));
        state.clock = new DayClock(day + 9 * HOUR + 15 * 60_000);
      }
      if (startingIndex >= 0) {
        const sprint = sprints[startingIndex];
        state.clock = new DayClock(state.clock.time + 60_000);
        policy.onPlanning?.(state, sprint, stuck, random);
        planAndStart(state, sprint, new Set(stuck.keys()));
        if (startingIndex === calendar.length - 1) {
          state.futureSprint = makeSprint(state, calendar.length, { startDay: calendar[startingIndex].startDay, start: 0, end: 0, close: null }, sprint.start + 2 * HOUR);
        }
      }
      const active = state.activeSprint;
      if (active) {
        const dayIndex = workingDaysBetween(active.startDay, day);
        workDay(state, active, dayIndex);
        policy.onSprintDay?.(state, active, dayIndex, random);
        if (state.futureSprint && dayIndex === 3) fillFutureSprint(state);
      }
    }
    writeNewItems(state);
    policy.onBacklogDay?.(state, day, random);
  }
  flushSnapshots(now + 1);
  return { state, snapshots };
}

function fillFutureSprint(state: ProjectState): void {
  const future = state.futureSprint!;
  const planner = state.policy.planner(state.random);
  for (const item of state.unplanned().slice(0, state.policy.futureSprintItems)) state.addToSprint(item, future, state.tick(), planner);
}

/**
 * CALM: a healthy team. Sprints finish (85-100% of committed points), nothing is added mid-sprint,
 * every sprint has a goal and closes on time, one product owner orders the backlog, about two
 * sprints of work at the top are ready, technical items sit among the rest, flags clear the same day.
 * At planning the developers split the larger items into sub-tasks, and now and then one of them
 * writes a small task into the new sprint and finishes it before the sprint starts (done before start).
 * No warning or critical signal should fire.
 */
import { linkBlocks } from '../issue-factory';
import type { Random } from '../random';
import { commitItem } from '../sprint-cycle';
import type { StoryPolicy } from '../story';
import { basePolicy, plainItem, reorderWithinTop, shortFlag, SIGNAL_IDS, team } from './base';

/** Where the product owner places a fresh idea: below the refined top, among the rest. */
const NEW_ITEM_POSITION = { min: 28, max: 45 };
/** Refined depth in sprints of velocity (estimates and acceptance criteria). */
const REFINED_SPRINTS = 2;
/** Items of this many points or more are split into sub-tasks at planning. */
const SPLIT_FROM_POINTS = 5;
/** Every this many sprints, a small task is finished during planning, before the start. */
const DONE_AT_PLANNING_EVERY = 4;

export function calmPolicy(options: { key?: string; name?: string; closedSprints?: number; velocity?: number; names?: string[]; random?: Random } = {}): StoryPolicy {
  const names = options.names ?? ['Priya Nair', 'Tom Becker', 'Ana Lopez', 'Ben Okafor', 'Chen Wei', 'Dora Kiss', 'Emil Berg', 'Farah Haddad', 'Gus Moreau'];
  const t = team(names[0], names[1], names.slice(2, 7), names.slice(7));
  const po = t.productOwner;
  const key = options.key ?? 'CALM';
  return basePolicy({
    key,
    name: options.name ?? 'Calm Waters',
    story: 'A steady team: sprints finish, goals are set, one product owner orders a backlog that is ready about two sprints ahead.',
    team: t,
    closedSprints: options.closedSprints ?? 14,
    velocity: options.velocity ?? 30,
    backlogTarget: 60,
    expectedSignals: [],
    silentSignals: [...SIGNAL_IDS],
    newItem: (_state, _at, random) => plainItem(random, [po, po, ...t.stakeholders], 0.25),
    selectForSprint: (state, sprint, budget, random) => {
      // Technical and functional items both come from the top, in rank order; the technical share
      // of the sprint swings with what matters now (light one sprint, heavy the next), never fixed.
      const share = sprint.index % 2 === 0 ? 0.08 + random.next() * 0.06 : 0.38 + random.next() * 0.12;
      let technical = 0;
      let functional = 0;
      for (const item of state.unplanned()) {
        if (technical + functional >= budget) break;
        const size = item.points ?? 3;
        if (item.technical ? technical + size > budget * share + 1 : functional + size > budget * (1 - share) + 2) continue;
        commitItem(state, sprint, item);
        if ((item.points ?? 0) >= SPLIT_FROM_POINTS && item.subtasks.length === 0) {
          state.splitIntoSubtasks(item, random.int(2, 3), random.pick(t.developers), () => state.tick(0, 0));
        }
        if (item.technical) technical += item.points ?? 0;
        else functional += item.points ?? 0;
      }
    },
    onPlanning: (state, sprint, _stuck, random) => {
      // Now and then the team writes an item straight into the new sprint during planning.
      if (random.chance(0.3)) state.createItem({ kind: 'task', reporter: random.pick(t.developers), points: 2, acceptanceCriteria: true }, state.tick(0, 0), [sprint.ws.id]);
      if (sprint.index % DONE_AT_PLANNING_EVERY === 2) {
        // A two-minute fix written into the sprint and finished while planning goes on.
        const developer = random.pick(t.developers);
        const fix = state.createItem({ kind: 'task', reporter: developer, points: 1, acceptanceCriteria: true }, state.tick(0, 0), [sprint.ws.id]);
        state.writer.assignee(fix, developer, state.tick(0, 0), developer);
        state.writer.status(fix, 'In Progress', state.tick(0, 0), developer);
        state.writer.status(fix, 'Done', state.tick(0, 0), developer);
      }
    },
    onSprintDay: (state, sprint, dayIndex, random) => {
      if (random.chance(0.15)) shortFlag(state, sprint, random);
      if (dayIndex === 8 && random.chance(0.3)) {
        // A finished item that had waited on another finished one: a resolved link.
        const done = state.issues.filter((i) => i.sprintIds.includes(sprint.ws.id) && i.status === 'Done' && i.parent === null);
        if (done.length >= 2) linkBlocks(state.counters, done[0], done[1]);
      }
      if (dayIndex === 4 || dayIndex === 8) state.refineTop(REFINED_SPRINTS, random.pick([po, ...t.developers]));
    },
    onBacklogDay: (state, _day, random) => {
      if (random.chance(0.6)) reorderWithinTop(state, po, random);
      const fresh = state.backlog().filter((i) => i.changelog.length === 0 && i.created > state.clock.time - 24 * 3600_000);
      for (const item of fresh) {
        const position = random.int(NEW_ITEM_POSITION.min, NEW_ITEM_POSITION.max);
        if (position < state.backlog().length - 1) state.rankToBacklogPosition(item, position, state.tick(), po);
      }
      if (state.activeSprint && state.activeSprint.plans.size > 0 && state.clock.time < state.activeSprint.start + 3600_000 * 12) {
        state.refineTop(REFINED_SPRINTS, po);
      }
    },
  });
}

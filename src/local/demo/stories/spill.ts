/**
 * SPILL: sprints that do not finish. The team commits 130% of what it finishes, recent sprints end
 * with under 70% of committed points done, some items ride along for three or more sprints, a sales
 * lead adds work mid-sprint, impediments stay flagged for days, finished items come back from Done,
 * and recent sprints close two working days late. Only a Scrum Master is named.
 */
import { linkBlocks, type SimIssue } from '../issue-factory';
import { planFor } from '../sprint-cycle';
import type { ProjectState, SimSprint } from '../project-state';
import type { Random } from '../random';
import type { StoryPolicy } from '../story';
import { basePolicy, plainItem, reorderWithinTop, signals, team } from './base';

const CLOSED_SPRINTS = 16;
/** Sprints from this index on show the trouble at full strength. */
const RECENT_FROM = CLOSED_SPRINTS - 6;

function addMidSprint(state: ProjectState, sprint: SimSprint, dayIndex: number, random: Random): void {
  const stakeholder = random.pick(state.policy.team.stakeholders);
  let item: SimIssue;
  if (random.chance(0.5)) {
    const at = state.tick();
    item = state.createItem({ kind: random.chance(0.5) ? 'bug' : 'story', reporter: stakeholder, points: state.randomPoints() }, at, [sprint.ws.id]);
    state.truth.joined(sprint.ws.id, item.key);
  } else {
    const candidate = state.unplanned()[random.int(0, 5)];
    if (!candidate) return;
    item = candidate;
    state.addToSprint(item, sprint, state.tick(), stakeholder);
  }
  const developer = random.pick(state.policy.team.developers);
  state.writer.assignee(item, developer, state.tick(), developer);
  sprint.plans.set(item.key, planFor(random, random.chance(0.5), dayIndex + 1));
}

export function spillPolicy(): StoryPolicy {
  const t = team('Olivia Grant', 'Raj Patel', ['Kim Yoon', 'Luca Romano', 'Maya Cohen', 'Nils Dahl'], ['Victor Hale (Sales)', 'Wendy Park (Marketing)']);
  const flagged = new Map<number, SimIssue>();
  const committedCounts = new Map<number, number>();
  return basePolicy({
    key: 'SPILL',
    name: 'Spillover Express',
    story: 'Sprints rarely finish: work is added mid-sprint, items ride along for several sprints, impediments linger, and sprints close late.',
    team: t,
    closedSprints: CLOSED_SPRINTS,
    velocity: 26,
    backlogTarget: 70,
    settings: { roles: { productOwners: [], scrumMasters: [t.scrumMaster.accountId] } },
    expectedSignals: signals('unfinishedSprints', 'chronicCarryOver', 'unprotectedSprint', 'timeboxDrift', 'lingeringImpediments', 'doneReopened'),
    silentSignals: signals('onePersonTwoRoles', 'missingSprintGoal'),
    lateWorkingDays: (index, random) => (index >= RECENT_FROM ? 2 : random.int(0, 1)),
    reliability: (index) => (index >= RECENT_FROM ? { min: 0.3, max: 0.55 } : { min: 0.55, max: 0.8 }),
    commitLoad: () => 1.3,
    carriedItemsMustFinish: false,
    newItem: (_state, _at, random) => plainItem(random, [t.productOwner, ...t.stakeholders]),
    onPlanning: (state, sprint, stuck, random) => {
      if (sprint.index % 3 !== 1 || sprint.index < 4) return;
      const carried = state.issues.filter((i) => i.parent === null && i.sprintIds.includes(sprint.ws.id) && !stuck.has(i) && i.status !== 'Done');
      if (carried.length > 0) stuck.set(random.pick(carried), 2);
    },
    onSprintDay: (state, sprint, dayIndex, random) => {
      const recent = sprint.index >= RECENT_FROM;
      if (!committedCounts.has(sprint.ws.id)) committedCounts.set(sprint.ws.id, sprint.plans.size);
      const committedCount = committedCounts.get(sprint.ws.id)!;
      if (dayIndex >= 2 && dayIndex <= 5) {
        const perDay = Math.ceil((committedCount * (recent ? 0.35 : 0.15)) / 4);
        for (let n = 0; n < perDay; n++) addMidSprint(state, sprint, dayIndex, random);
      }
      if (dayIndex === 5 && recent) {
        const untouched = state.issues.filter((i) => i.sprintIds.includes(sprint.ws.id) && i.status === 'To Do' && i.parent === null);
        if (untouched.length > 0) state.removeFromSprint(random.pick(untouched), sprint, state.tick(), t.productOwner);
      }
      if (dayIndex === 2 && recent) {
        const open = state.issues.filter((i) => i.sprintIds.includes(sprint.ws.id) && i.status !== 'Done' && i.parent === null);
        if (open.length > 0) {
          const item = random.pick(open);
          state.writer.flag(item, true, state.tick(), item.assignee ?? t.developers[0]);
          flagged.set(sprint.ws.id, item);
        }
      }
      if (dayIndex === 3 && recent) {
        // Work waits on something nobody has planned yet.
        const open = state.issues.filter((i) => i.sprintIds.includes(sprint.ws.id) && i.status !== 'Done' && i.parent === null && i.blockedBy.length === 0);
        const blocker = state.unplanned()[random.int(8, 20)];
        if (open.length > 0 && blocker) linkBlocks(state.counters, blocker, random.pick(open));
      }
      if (dayIndex === 4) {
        // Work turns out bigger than thought: an item in progress is re-estimated upwards.
        const working = state.issues.filter((i) => i.sprintIds.includes(sprint.ws.id) && i.status === 'In Progress' && i.parent === null);
        if (working.length > 0) {
          const item = random.pick(working);
          const bigger = ({ 1: 2, 2: 3, 3: 5, 5: 8, 8: 13 } as Record<number, number>)[item.points ?? 3] ?? 13;
          state.reEstimate(item, bigger, state.tick(), item.assignee ?? t.developers[0]);
        }
      }
      if (dayIndex === 6 && flagged.has(sprint.ws.id)) {
        const item = flagged.get(sprint.ws.id)!;
        state.writer.flag(item, false, state.tick(), item.assignee ?? t.developers[0]);
        flagged.delete(sprint.ws.id);
      }
      if (dayIndex === 7 && recent && sprint.index % 2 === 0) {
        const done = state.issues.filter((i) => i.sprintIds.includes(sprint.ws.id) && i.status === 'Done' && i.parent === null);
        if (done.length > 0) {
          const item = random.pick(done);
          state.writer.status(item, 'In Progress', state.tick(), random.pick(t.stakeholders));
          sprint.plans.set(item.key, { startDay: null, reviewDay: 8, doneDay: 9 });
        }
      }
    },
    onBacklogDay: (state, _day, random) => {
      if (random.chance(0.3)) reorderWithinTop(state, t.productOwner, random);
      if (state.activeSprint && random.chance(0.2)) state.refineTop(1.5, t.productOwner);
    },
  });
}

/**
 * CHURN: a committee orders the backlog. The product owner, the Scrum Master and two stakeholders
 * all re-rank, several times a day, pulling items from the middle into the top five (the developers
 * refine what arrives there); no one makes 60% of the rank
 * changes, the Scrum Master makes about a quarter, and the top ten is mostly new every week.
 * The shifting reaches into the sprints now and then: an item not yet started is taken back out to
 * the middle of the backlog, and an item in progress is re-estimated when it turns out bigger.
 */
import type { SimPerson } from '../people';
import type { ProjectState, SimSprint } from '../project-state';
import type { Random } from '../random';
import type { StoryPolicy } from '../story';
import { basePolicy, plainItem, signals, team } from './base';

/** Estimates one step up the usual scale (13 stays 13). */
const NEXT_SIZE: Record<number, number> = { 1: 2, 2: 3, 3: 5, 5: 8, 8: 13, 13: 13 };

/**
 * Day 3 of every other sprint: the product owner takes one item nobody has started, and that is not
 * planned to finish, back out of the sprint and down to the middle of the backlog. Day 4 of every third sprint: a developer re-estimates an
 * item in progress one step up.
 */
function sprintDay(state: ProjectState, sprint: SimSprint, dayIndex: number, random: Random, productOwner: SimPerson): void {
  const members = state.issues.filter((i) => i.parent === null && i.sprintIds.includes(sprint.ws.id));
  if (dayIndex === 3 && sprint.index % 2 === 1) {
    const untouched = members.filter((i) => i.status === 'To Do' && sprint.plans.get(i.key)?.doneDay === null);
    if (untouched.length > 0) {
      // Something else came first: the item goes back to the middle of the backlog.
      const item = random.pick(untouched);
      state.removeFromSprint(item, sprint, state.tick(), productOwner);
      state.rankToBacklogPosition(item, random.int(20, 40), state.tick(), productOwner);
    }
  }
  if (dayIndex === 4 && sprint.index % 3 === 0) {
    const working = members.filter((i) => i.status === 'In Progress' && i.points !== null);
    if (working.length > 0) {
      const item = random.pick(working);
      state.reEstimate(item, NEXT_SIZE[item.points!] ?? item.points, state.tick(), item.assignee ?? random.pick(state.policy.team.developers));
    }
  }
}

export function churnPolicy(): StoryPolicy {
  const t = team('Grace Liu', 'Hugo Martin', ['Ivy Chen', 'Jon Reyes', 'Kai Novak', 'Lena Fischer'], ['Marco Bianchi (Sales)', 'Dana Wright (Support)']);
  const rankers: { value: SimPerson; weight: number }[] = [
    { value: t.productOwner, weight: 38 },
    { value: t.scrumMaster, weight: 32 },
    { value: t.stakeholders[0], weight: 16 },
    { value: t.stakeholders[1], weight: 14 },
  ];
  return basePolicy({
    key: 'CHURN',
    name: 'Shifting Sands',
    story: 'Four people re-rank the backlog, the Scrum Master among them, and the top ten changes from week to week.',
    team: t,
    closedSprints: 12,
    velocity: 28,
    backlogTarget: 105,
    // No sprint is planned ahead: a future sprint would pin its items to the top.
    futureSprintItems: 0,
    expectedSignals: signals('churningPriorities', 'committeeOrdering', 'smOrdersBacklog'),
    silentSignals: signals('onePersonTwoRoles', 'missingSprintGoal', 'timeboxDrift', 'doneReopened'),
    newItem: (_state, _at, random) => plainItem(random, [t.productOwner, ...t.stakeholders]),
    onSprintDay: (state, sprint, dayIndex, random) => sprintDay(state, sprint, dayIndex, random, t.productOwner),
    onBacklogDay: (state, _day, random) => {
      // Items are pulled from the middle of the backlog into the top five; the far end is left alone.
      const moves = random.int(4, 6);
      for (let n = 0; n < moves; n++) {
        const view = state.backlog();
        if (view.length < 45) break;
        state.rankToBacklogPosition(view[random.int(20, 40)], random.int(0, 4), state.tick(), random.weighted(rankers));
      }
      // A stakeholder escalates a never-sized request from the middle to just below the refined top.
      // (Every move starts within the top 40, so sized items never sink to the far end.)
      const stakeholder = random.pick(t.stakeholders);
      const unsized = state.backlog().slice(20, 41).filter((i) => i.points === null);
      if (unsized.length > 0) state.rankToBacklogPosition(random.pick(unsized), random.int(14, 18), state.tick(), stakeholder);
      // The developers size and describe the first sprint and a half.
      if (state.activeSprint) state.refineTop(1.5, random.pick(t.developers));
    },
  });
}

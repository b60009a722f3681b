/**
 * CHURN: a committee orders the backlog. The product owner, the Scrum Master and two stakeholders
 * all re-rank, several times a day, pulling items into the top ten; no one makes 60% of the rank
 * changes, the Scrum Master makes about a quarter, and the top ten is mostly new every week.
 */
import type { SimPerson } from '../people';
import type { StoryPolicy } from '../story';
import { basePolicy, plainItem, team } from './base';

export function churnPolicy(): StoryPolicy {
  const t = team('Grace Liu', 'Hugo Martin', ['Ivy Chen', 'Jon Reyes', 'Kai Novak', 'Lena Fischer'], ['Marco Bianchi (Sales)', 'Dana Wright (Support)']);
  const rankers: { value: SimPerson; weight: number }[] = [
    { value: t.productOwner, weight: 35 },
    { value: t.scrumMaster, weight: 27 },
    { value: t.stakeholders[0], weight: 20 },
    { value: t.stakeholders[1], weight: 18 },
  ];
  return basePolicy({
    key: 'CHURN',
    name: 'Shifting Sands',
    story: 'Four people re-rank the backlog, the Scrum Master among them, and the top ten changes from week to week.',
    team: t,
    closedSprints: 12,
    velocity: 28,
    backlogTarget: 70,
    // No sprint is planned ahead: a future sprint would pin its items to the top.
    futureSprintItems: 0,
    expectedSignals: ['churning-priorities', 'committee-ordering', 'sm-orders-backlog'],
    silentSignals: ['one-person-two-roles', 'missing-sprint-goal', 'timebox-drift', 'done-reopened'],
    newItem: (_state, _at, random) => plainItem(random, [t.productOwner, ...t.stakeholders]),
    onBacklogDay: (state, _day, random) => {
      const moves = random.int(4, 6);
      for (let n = 0; n < moves; n++) {
        const author = random.weighted(rankers);
        const view = state.backlog();
        if (view.length < 20) break;
        if (random.chance(0.75)) {
          const item = view[random.int(12, view.length - 1)];
          state.rankToBacklogPosition(item, random.int(0, 4), state.tick(), author);
        } else {
          const item = view[random.int(0, 9)];
          state.rankToBacklogPosition(item, random.int(20, Math.min(40, view.length - 2)), state.tick(), author);
        }
      }
      if (state.activeSprint && random.chance(0.3)) state.refineTop(2, random.pick(t.developers));
    },
  });
}

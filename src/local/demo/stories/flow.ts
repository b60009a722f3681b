/**
 * FLOW: a Kanban team. No sprints at all (the board is a Kanban board and the Sprint field stays
 * empty); items flow from the top of the backlog through review to done.
 */
import type { StoryPolicy } from '../story';
import { basePolicy, plainItem, reorderWithinTop, signals, team } from './base';

const SPRINT_SIGNALS = signals('unfinishedSprints', 'chronicCarryOver', 'unprotectedSprint', 'missingSprintGoal', 'timeboxDrift');

export function flowPolicy(): StoryPolicy {
  const t = team('Elena Petrova', 'Felix Wagner', ['Gina Russo', 'Hal Kim', 'Iris Moss'], ['Jay Singh (Partners)']);
  return basePolicy({
    key: 'FLOW',
    name: 'Steady Flow',
    story: 'A Kanban team with no sprints: work is pulled from the top of an ordered backlog.',
    boardType: 'kanban',
    team: t,
    closedSprints: 0,
    backlogTarget: 45,
    expectedSignals: [],
    silentSignals: SPRINT_SIGNALS,
    newItem: (_state, _at, random) => plainItem(random, [t.productOwner, ...t.stakeholders]),
    onBacklogDay: (state, _day, random) => {
      if (random.chance(0.5)) reorderWithinTop(state, t.productOwner, random);
    },
  });
}

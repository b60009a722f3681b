/**
 * FLOW: a Kanban team. No sprints at all (the board is a Kanban board and the Sprint field stays
 * empty); items flow from the top of the backlog through review to done, most within two weeks.
 * About six weeks before now, three items in progress came to wait on work of the partner team:
 * they were flagged and have waited since, far older than the team's usual cycle time (ageing-wip).
 */
import type { StoryPolicy } from '../story';
import { basePolicy, plainItem, reorderWithinTop, signals, team } from './base';

const SPRINT_SIGNALS = signals('unfinishedSprints', 'chronicCarryOver', 'unprotectedSprint', 'missingSprintGoal', 'timeboxDrift');
/** The working day of the simulation (of 81) on which the items start waiting: about six weeks before now. */
const WAITING_FROM_DAY = 50;
const WAITING_ITEMS = 3;

export function flowPolicy(): StoryPolicy {
  const t = team('Elena Petrova', 'Felix Wagner', ['Gina Russo', 'Hal Kim', 'Iris Moss'], ['Jay Singh (Partners)']);
  let day = 0;
  return basePolicy({
    key: 'FLOW',
    name: 'Steady Flow',
    story: 'A Kanban team with no sprints: work is pulled from the top of an ordered backlog; three items have waited on a partner team for weeks.',
    boardType: 'kanban',
    team: t,
    closedSprints: 0,
    backlogTarget: 45,
    expectedSignals: signals('ageingWip'),
    silentSignals: [...SPRINT_SIGNALS, ...signals('wipGrowing', 'finishedWithoutStart')],
    newItem: (_state, _at, random) => plainItem(random, [t.productOwner, ...t.stakeholders]),
    onBacklogDay: (state, _day, random) => {
      day += 1;
      if (day === WAITING_FROM_DAY) {
        const working = state.issues.filter((i) => i.parent === null && !i.flagged && (i.status === 'In Progress' || i.status === 'In Review'));
        for (const item of working.slice(0, WAITING_ITEMS)) state.writer.flag(item, true, state.tick(), item.assignee ?? random.pick(t.developers));
      }
      if (random.chance(0.5)) reorderWithinTop(state, t.productOwner, random);
    },
  });
}

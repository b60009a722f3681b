/**
 * SOLO: one person is both product owner and Scrum Master, and the backlog has been left alone.
 * Nobody has re-ranked for three months, that person has not touched the backlog for five weeks
 * while others keep adding items, and recent sprints started without a goal.
 */
import type { StoryPolicy } from '../story';
import { DAY } from '../calendar';
import { basePolicy, plainItem, reorderWithinTop, signals, team } from './base';
import { goalFor } from '../text';

const LAST_RERANK_DAYS_AGO = 95;
const LAST_ACTIVITY_DAYS_AGO = 35;
const CLOSED_SPRINTS = 12;

export function soloPolicy(now: number): StoryPolicy {
  const t = team('Sam Rivera', 'Sam Rivera', ['Ada Park', 'Bo Lindqvist', 'Cy Mensah'], ['Dee Foster (Customer Care)']);
  const sam = t.productOwner;
  return basePolicy({
    key: 'SOLO',
    name: 'One Hat Too Many',
    story: 'The same person is product owner and Scrum Master; the backlog has had no care for weeks and recent sprints have no goal.',
    team: { ...t, scrumMaster: sam },
    closedSprints: CLOSED_SPRINTS,
    velocity: 20,
    backlogTarget: 55,
    settings: { roles: { productOwners: [sam.accountId], scrumMasters: [sam.accountId] } },
    expectedSignals: signals('onePersonTwoRoles', 'frozenBacklog', 'absentPo', 'missingSprintGoal'),
    silentSignals: signals('doneReopened', 'timeboxDrift', 'smOrdersBacklog'),
    goal: (index, random) => (index >= CLOSED_SPRINTS - 4 ? null : goalFor(index, random)),
    newItem: (_state, at, random) => plainItem(random, at < now - LAST_ACTIVITY_DAYS_AGO * DAY ? [sam, ...t.stakeholders] : [...t.developers, ...t.stakeholders]),
    onBacklogDay: (state, day, random) => {
      if (day < now - LAST_RERANK_DAYS_AGO * DAY && random.chance(0.5)) reorderWithinTop(state, sam, random);
      if (day < now - LAST_ACTIVITY_DAYS_AGO * DAY && state.activeSprint && random.chance(0.2)) state.refineTop(1, sam);
      // The developers keep the next sprint or so sized and described, whoever orders the backlog.
      if (state.activeSprint && random.chance(0.3)) state.refineTop(1.5, random.pick(t.developers));
    },
  });
}

/**
 * THIN: refinement in the wrong place. The items at the top of the backlog are one-line ideas
 * without estimates or acceptance criteria (the team sizes them only in planning), while a roadmap
 * workshop five weeks ago produced dozens of far-off items that are already estimated and split
 * into sub-tasks.
 */
import { addWorkingDays, DAY, utcDayStart } from '../calendar';
import { linkBlocks } from '../issue-factory';
import type { StoryPolicy } from '../story';
import { basePolicy, plainItem, signals, team } from './base';

const ROADMAP_ITEMS = 40;
const VAGUE_TARGET = 32;

export function thinPolicy(now: number): StoryPolicy {
  const t = team('Noah Brooks', 'Mia Schulz', ['Pedro Silva', 'Rita Moreno', 'Sven Olsen', 'Tara Quinn'], ['Uma Rao (Finance)']);
  const po = t.productOwner;
  const workshopDay = addWorkingDays(utcDayStart(now - 35 * DAY), 0);
  let workshopHeld = false;
  let linksMade = false;
  return basePolicy({
    key: 'THIN',
    name: 'Far Horizon',
    story: 'The next sprint’s items are barely written, while work months away is already estimated and split into sub-tasks.',
    team: t,
    closedSprints: 12,
    velocity: 30,
    backlogTarget: VAGUE_TARGET,
    settings: { roles: { productOwners: [po.accountId], scrumMasters: [] } },
    expectedSignals: signals('thinReadyRunway', 'overRefinedBacklog'),
    silentSignals: signals('onePersonTwoRoles', 'missingSprintGoal', 'timeboxDrift', 'doneReopened'),
    countBacklog: (state) => state.unplanned().filter((i) => !i.detailed).length,
    newItem: (_state, _at, random) => plainItem(random, [po, po, ...t.stakeholders]),
    onItemCreated: (state, item) => {
      // New ideas go above the roadmap items, which stay at the bottom.
      if (item.detailed || item.sprintIds.length > 0) return;
      const firstDetailed = state.backlog().find((i) => i.detailed && !state.inFutureSprint(i));
      if (firstDetailed) state.rankAbove(item, firstDetailed, item.created + 60_000, po);
    },
    onBacklogDay: (state, day, random) => {
      if (!linksMade && day >= now - 4 * DAY) {
        // Two of the vague items near the top wait on others.
        linksMade = true;
        const vague = state.unplanned().filter((i) => !i.detailed);
        if (vague.length > 12) {
          linkBlocks(state.counters, vague[10], vague[1]);
          linkBlocks(state.counters, vague[11], vague[3]);
        }
      }
      if (!workshopHeld && day >= workshopDay) {
        workshopHeld = true;
        for (let n = 0; n < ROADMAP_ITEMS; n++) {
          const at = state.tick(1, 4);
          state.createItem({ ...plainItem(random, [po], 0.2), points: random.pick([3, 5, 5, 8, 8, 13]), detailed: true, subtasks: random.int(2, 3) }, at);
        }

      }
    },
  });
}

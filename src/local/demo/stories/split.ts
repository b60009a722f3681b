/**
 * SPLIT: technical work lives in a separate pool. Technical items (label "tech-debt") are parked at
 * the bottom of the backlog, each sprint takes a fixed fifth of its points from that pool, and the
 * product owner hands out the work by setting assignees.
 */
import { commitItem } from '../sprint-cycle';
import type { StoryPolicy } from '../story';
import { basePolicy, pickKind, signals, team } from './base';

/** Splits `total` points into estimates of 2, 3 or 5 (and a final 1 when needed). */
function splitPoints(total: number): number[] {
  const parts: number[] = [];
  let left = total;
  while (left > 0) {
    const part = left >= 8 ? 5 : left >= 5 ? 3 : left >= 2 ? 2 : 1;
    parts.push(part);
    left -= part;
  }
  return parts;
}

export function splitPolicy(): StoryPolicy {
  const t = team('Sofia Alvarez', 'Liam Walsh', ['Mona Said', 'Nate Cole', 'Omar Ali', 'Pia Jensen', 'Quinn Hart'], ['Rosa Diaz (Operations)']);
  const po = t.productOwner;
  return basePolicy({
    key: 'SPLIT',
    name: 'Two Pools',
    story: 'Technical work waits in its own pool at the bottom of the backlog and gets a fixed fifth of every sprint; the product owner assigns the work.',
    team: t,
    closedSprints: 12,
    velocity: 30,
    backlogTarget: 60,
    settings: { roles: { productOwners: [po.accountId], scrumMasters: [] } },
    expectedSignals: signals('separateTechPool', 'poAssignsWork'),
    silentSignals: signals('onePersonTwoRoles', 'missingSprintGoal', 'timeboxDrift', 'doneReopened', 'unfinishedSprints'),
    reliability: () => ({ min: 1, max: 1 }),
    assigner: (developer, random) => (random.chance(0.8) ? po : developer),
    newItem: (_state, _at, random) => {
      const kind = pickKind(random, 0.3);
      const technical = kind === 'technical' || kind === 'spike';
      return { kind, reporter: technical ? random.pick(t.developers) : po, labels: technical ? ['tech-debt'] : [] };
    },
    onItemCreated: (state, item) => {
      if (item.technical || item.sprintIds.length > 0) return;
      const firstTechnical = state.backlog().find((i) => i.technical && !state.inFutureSprint(i));
      if (firstTechnical) state.rankAbove(item, firstTechnical, item.created + 60_000, po);
    },
    selectForSprint: (state, sprint, budget) => {
      // Functional work from the top for four fifths of the budget, then the technical quota
      // (a quarter of the functional points, so a fifth of the sprint) from the technical pool.
      let functionalPoints = 0;
      for (const item of state.unplanned().filter((i) => !i.technical)) {
        if (functionalPoints >= budget * 0.8) break;
        commitItem(state, sprint, item);
        functionalPoints += item.points ?? 0;
      }
      const quota = splitPoints(Math.round(functionalPoints / 4));
      const pool = state.unplanned().filter((i) => i.technical);
      quota.forEach((points, n) => {
        if (pool[n]) commitItem(state, sprint, pool[n], points);
      });
    },
    onBacklogDay: (state, _day, random) => {
      if (random.chance(0.5)) {
        const functional = state.backlog().filter((i) => !i.technical && !state.inFutureSprint(i));
        if (functional.length > 3) state.rankAbove(functional[random.int(1, Math.min(9, functional.length - 1))], functional[random.int(0, 1)], state.tick(), po);
      }
      if (state.activeSprint && random.chance(0.3)) state.refineTop(2, po);
    },
  });
}

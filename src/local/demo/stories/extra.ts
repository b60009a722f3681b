/**
 * Extra projects P001, P002, ... for portfolio tests: mild variations of the CALM story with their
 * own invented people, in six flavours taken in turn:
 * steady (as CALM), counted (the board estimates by issue count, so the truth has no points),
 * busy (finishes 75-95% and now and then takes one extra item mid-sprint), long-running (more
 * sprints, a bigger team), goal-gaps (the last two sprints started without a goal: one warning),
 * late-closer (the last two sprints closed two working days late: one warning).
 */
import type { Random } from '../random';
import { planFor } from '../sprint-cycle';
import type { StoryPolicy } from '../story';
import { calmPolicy } from './calm';
import { signals } from './base';

const FIRST = ['Alex', 'Bea', 'Cal', 'Dev', 'Eve', 'Finn', 'Gia', 'Hank', 'Ines', 'Joel', 'Kira', 'Leo', 'Mina', 'Ned', 'Ola', 'Pat', 'Rae', 'Sid', 'Tess', 'Uli'];
const LAST = ['Abbott', 'Baker', 'Cruz', 'Dunn', 'Ellis', 'Frost', 'Gray', 'Hayes', 'Irwin', 'Jones', 'Keller', 'Lamb', 'Mills', 'Nash', 'Owens', 'Price'];
const PRODUCTS = ['Atlas', 'Beacon', 'Compass', 'Delta', 'Ember', 'Fjord', 'Harbor', 'Ion', 'Juniper', 'Kestrel', 'Lumen', 'Meadow'];
const FLAVOURS = ['steady', 'counted', 'busy', 'long-running', 'goal-gaps', 'late-closer'] as const;
/** Signals none of the flavours gives cause for. */
const QUIET = signals('onePersonTwoRoles', 'doneReopened', 'timeboxDrift', 'missingSprintGoal', 'chronicCarryOver');

function flavoured(policy: StoryPolicy, flavour: (typeof FLAVOURS)[number], random: Random): StoryPolicy {
  switch (flavour) {
    case 'steady':
      return { ...policy, story: 'A steady team (one of many, for portfolio views).' };
    case 'counted':
      return { ...policy, estimateByCount: true, story: 'A steady team whose board counts issues instead of points.' };
    case 'busy': {
      const calmDay = policy.onSprintDay;
      return {
        ...policy,
        story: 'A busy team: most of each sprint gets done, and now and then one extra item slips in mid-sprint.',
        reliability: () => ({ min: 0.75, max: 0.95 }),
        onSprintDay: (state, sprint, dayIndex, r) => {
          calmDay?.(state, sprint, dayIndex, r);
          const extra = state.unplanned()[0];
          if (dayIndex === 3 && extra && r.chance(0.4)) {
            state.addToSprint(extra, sprint, state.tick(), r.pick(policy.team.stakeholders.length > 0 ? policy.team.stakeholders : [policy.team.productOwner]));
            const developer = r.pick(policy.team.developers);
            state.writer.assignee(extra, developer, state.tick(), developer);
            sprint.plans.set(extra.key, planFor(r, r.chance(0.7), dayIndex + 1));
          }
        },
      };
    }
    case 'long-running':
      return { ...policy, closedSprints: random.int(20, 25), velocity: 40, story: 'A long-running, larger team.' };
    case 'goal-gaps':
      return {
        ...policy,
        story: 'A steady team whose last two sprints started without a goal.',
        goal: (index, r) => (index >= policy.closedSprints - 1 ? null : policy.goal(index, r)),
        expectedSignals: signals('missingSprintGoal'),
      };
    case 'late-closer':
      return {
        ...policy,
        story: 'A steady team whose last two sprints closed two working days late.',
        lateWorkingDays: (index) => (index >= policy.closedSprints - 2 ? 2 : 0),
        expectedSignals: signals('timeboxDrift'),
      };
  }
}

export function extraPolicies(count: number, random: Random): StoryPolicy[] {
  return Array.from({ length: count }, (_, n) => {
    const key = `P${String(n + 1).padStart(3, '0')}`;
    const names = Array.from({ length: 8 }, (_, i) => `${FIRST[(n * 3 + i * 7) % FIRST.length]} ${LAST[(n * 5 + i * 3) % LAST.length]} ${key}`);
    const policy = calmPolicy({
      key,
      name: `${PRODUCTS[n % PRODUCTS.length]} ${n + 1}`,
      closedSprints: random.int(10, 20),
      velocity: random.pick([20, 25, 30, 35]),
      names,
    });
    const flavour = flavoured({ ...policy, expectedSignals: [] }, FLAVOURS[n % FLAVOURS.length], random);
    return { ...flavour, silentSignals: QUIET.filter((id) => !flavour.expectedSignals.includes(id)) };
  });
}

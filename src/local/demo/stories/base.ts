/**
 * Shared pieces of the stories: the signal catalogue, a default policy (a steady team) that each
 * story adjusts, and small behaviours several stories use.
 */
import { SIGNAL, SIGNAL_DECLARATIONS, type SignalId, type SignalsByKey } from '../../../signals/declarations';
import { makePerson, type SimPerson } from '../people';
import type { ProjectState, SimSprint } from '../project-state';
import type { Random } from '../random';
import type { NewItemSpec, StoryPolicy, Team } from '../story';
import { goalFor, type ItemKind } from '../text';

/** Every signal id of the catalogue. */
export const SIGNAL_IDS: readonly SignalId[] = SIGNAL_DECLARATIONS.map((signal) => signal.id);

/** The ids of the signals named by their key: signals('thinReadyRunway') -> the id of SIGNAL.thinReadyRunway. */
export function signals(...keys: (keyof SignalsByKey)[]): SignalId[] {
  return keys.map((key) => SIGNAL[key].id);
}

export function team(productOwner: string, scrumMaster: string, developers: string[], stakeholders: string[]): Team {
  return {
    productOwner: makePerson(productOwner),
    scrumMaster: makePerson(scrumMaster),
    developers: developers.map((name) => makePerson(name)),
    stakeholders: stakeholders.map((name) => makePerson(name)),
  };
}

export function pickKind(random: Random, technicalShare = 0.2): ItemKind {
  if (random.chance(technicalShare)) return random.chance(0.8) ? 'technical' : 'spike';
  return random.weighted<ItemKind>([{ value: 'story', weight: 6 }, { value: 'bug', weight: 2 }, { value: 'task', weight: 1 }]);
}

/** A new item as most teams write them: a one-line idea, no estimate, no acceptance criteria yet. */
export function plainItem(random: Random, reporters: SimPerson[], technicalShare = 0.2): NewItemSpec {
  return { kind: pickKind(random, technicalShare), reporter: random.pick(reporters) };
}

/** A steady, healthy team; stories override what their story needs. */
export function basePolicy(fields: Pick<StoryPolicy, 'key' | 'name' | 'story' | 'team' | 'closedSprints'> & Partial<StoryPolicy>): StoryPolicy {
  const t = fields.team;
  return {
    boardType: 'scrum',
    velocity: 30,
    backlogTarget: 60,
    settings: { roles: { productOwners: [t.productOwner.accountId], scrumMasters: [t.scrumMaster.accountId] } },
    expectedSignals: [],
    silentSignals: [],
    goal: (index, random) => goalFor(index, random),
    lateWorkingDays: () => 0,
    reliability: () => ({ min: 0.88, max: 1 }),
    commitLoad: () => 1,
    planner: (random) => random.pick(t.developers),
    assigner: (developer) => developer,
    newItem: (_state, _at, random) => plainItem(random, [t.productOwner, t.productOwner, ...t.stakeholders]),
    carriedItemsMustFinish: true,
    futureSprintItems: 3,
    ...fields,
  };
}

/** Items of the active sprint that are being worked on. */
export function inProgress(state: ProjectState, sprint: SimSprint): ProjectState['issues'] {
  return state.issues.filter((i) => i.sprintIds.includes(sprint.ws.id) && (i.status === 'In Progress' || i.status === 'In Review'));
}

/** A short impediment: flagged and cleared within the same working day. */
export function shortFlag(state: ProjectState, sprint: SimSprint, random: Random): void {
  const working = inProgress(state, sprint);
  if (working.length === 0) return;
  const item = random.pick(working);
  const who = item.assignee ?? random.pick(state.policy.team.developers);
  state.writer.flag(item, true, state.tick(), who);
  state.writer.flag(item, false, state.tick(30, 90), who);
}

/** The product owner keeps the top in order: a move among the top ten (their membership stays). */
export function reorderWithinTop(state: ProjectState, author: SimPerson, random: Random, top = 10): void {
  const view = state.backlog().filter((i) => !state.inFutureSprint(i));
  if (view.length < 3) return;
  const item = view[random.int(1, Math.min(top, view.length) - 1)];
  state.rankToBacklogPosition(item, random.int(0, Math.min(top, view.length) - 2) + state.backlog().filter((i) => state.inFutureSprint(i)).length, state.tick(), author);
}

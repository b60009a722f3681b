/**
 * One sprint's life: planning (commit items from the backlog just before the start), the team's
 * daily work (status transitions by the assignee), and the close (unfinished items carried into the
 * next sprint). The ground truth is recorded at start and close from the simulation's own state.
 */
import { isDone, type SimIssue } from './issue-factory';
import type { ProjectState, SimSprint, WorkPlan } from './project-state';
import { DayClock, jiraTime, MINUTE } from './calendar';

/** Default selection: from the top of the unplanned backlog until the points budget is used. */
function selectFromTop(state: ProjectState, sprint: SimSprint, budget: number): void {
  let remaining = budget;
  for (const item of state.unplanned()) {
    if (remaining <= 0) break;
    commitItem(state, sprint, item);
    remaining -= item.points ?? 0;
  }
}

/** Puts an item in a sprint during planning: estimated first if it has no estimate. */
export function commitItem(state: ProjectState, sprint: SimSprint, item: SimIssue, points?: number): void {
  const planner = state.policy.planner(state.random);
  const estimate = points ?? item.points ?? state.randomPoints();
  if (item.points !== estimate) state.writer.points(item, estimate, planningTick(state), planner);
  item.hasAcceptanceCriteria = true;
  state.addToSprint(item, sprint, planningTick(state), planner);
}

/** Planning events are seconds apart, so that all of them fall before the sprint start. */
function planningTick(state: ProjectState): number {
  return state.clock.tick((a, b) => state.random.int(a, b), 0, 0);
}

/**
 * Plans and starts `sprint`: carried-over items are already in it; the story's selection (or the
 * top of the backlog) fills the rest of the budget; each unassigned item gets an assignee; then the
 * sprint starts and its members are recorded.
 */
export function planAndStart(state: ProjectState, sprint: SimSprint, stuck: Set<SimIssue>): void {
  const { policy, random } = state;
  const carried = state.issues.filter((i) => i.parent === null && i.sprintIds.includes(sprint.ws.id) && !isDone(i));
  const carriedPoints = carried.reduce((sum, i) => sum + (i.points ?? 0), 0);
  const budget = policy.commitLoad(sprint.index) * policy.velocity - carriedPoints;
  if (policy.selectForSprint) policy.selectForSprint(state, sprint, budget, random);
  else selectFromTop(state, sprint, budget);

  const members = state.issues.filter((i) => i.parent === null && i.sprintIds.includes(sprint.ws.id) && !isDone(i));
  for (const item of members) {
    if (item.assignee !== null) continue;
    const developer = random.pick(policy.team.developers);
    state.writer.assignee(item, developer, planningTick(state), policy.assigner(developer, random));
  }
  if (state.clock.time >= sprint.start) throw new Error('Demo generator bug: planning ran past the sprint start');

  sprint.ws.state = 'active';
  sprint.ws.startDate = jiraTime(sprint.start);
  sprint.ws.endDate = jiraTime(sprint.end);
  state.activeSprint = sprint;
  state.truth.start(sprint.ws.id, state.membersOf(sprint));
  planWork(state, sprint, members, new Set(policy.carriedItemsMustFinish ? carried : []), stuck);
  state.clock = new DayClock(sprint.start + MINUTE);
}

/**
 * Decides who finishes what: a target share r of committed points is drawn from the story's
 * reliability range; items are taken in random order while they fit under r × committed points,
 * then the smallest remaining ones until the minimum is reached. Carried items that must finish
 * are taken first; stuck items never finish.
 */
function planWork(state: ProjectState, sprint: SimSprint, members: SimIssue[], mustFinish: Set<SimIssue>, stuck: Set<SimIssue>): void {
  const { random } = state;
  const range = state.policy.reliability(sprint.index);
  const size = (i: SimIssue) => i.points ?? 1;
  const total = members.reduce((sum, i) => sum + size(i), 0);
  const target = (range.min + random.next() * (range.max - range.min)) * total;
  const finishing = new Set<SimIssue>();
  let finished = 0;
  const take = (i: SimIssue) => { finishing.add(i); finished += size(i); };
  members.filter((i) => mustFinish.has(i) && !stuck.has(i)).forEach(take);
  const candidates = random.shuffle(members.filter((i) => !finishing.has(i) && !stuck.has(i)));
  for (const item of candidates) if (finished + size(item) <= target) take(item);
  const rest = candidates.filter((i) => !finishing.has(i)).sort((a, b) => size(a) - size(b));
  for (const item of rest) if (finished < range.min * total) take(item);
  for (const item of members) {
    const plan = planFor(random, finishing.has(item));
    sprint.plans.set(item.key, plan);
    for (const sub of item.subtasks) if (!isDone(sub) && sub.sprintIds.includes(sprint.ws.id)) sprint.plans.set(sub.key, subtaskPlan(random, plan));
  }
}

/**
 * A sub-task's work follows its parent's: started when the parent is, and, when the parent
 * finishes, done before it (so the parent is never done while a sub-task is open).
 */
function subtaskPlan(random: ProjectState['random'], parent: WorkPlan): WorkPlan {
  if (parent.doneDay === null || parent.startDay === null) return { startDay: parent.startDay, reviewDay: null, doneDay: null };
  return { startDay: parent.startDay, reviewDay: null, doneDay: random.int(parent.startDay, parent.doneDay - 1) };
}

export function planFor(random: ProjectState['random'], finishes: boolean, fromDay = 0): WorkPlan {
  if (finishes) {
    const doneDay = random.int(Math.max(2, fromDay + 1), 9);
    const startDay = random.int(fromDay, doneDay - 1);
    return { startDay, reviewDay: random.int(startDay, doneDay), doneDay };
  }
  return { startDay: random.chance(0.6) ? random.int(Math.max(1, fromDay), 8) : null, reviewDay: null, doneDay: null };
}

/** The team's work on working day `dayIndex` of the sprint: each assignee moves their items on. */
export function workDay(state: ProjectState, sprint: SimSprint, dayIndex: number): void {
  for (const item of state.issues) {
    const plan = sprint.plans.get(item.key);
    if (!plan || !item.sprintIds.includes(sprint.ws.id) || isDone(item)) continue;
    const worker = item.assignee ?? state.random.pick(state.policy.team.developers);
    if (plan.startDay === dayIndex) state.writer.status(item, 'In Progress', state.tick(), worker);
    if (plan.reviewDay === dayIndex) state.writer.status(item, 'In Review', state.tick(), worker);
    if (plan.doneDay === dayIndex) state.writer.status(item, 'Done', state.tick(), worker);
  }
}

/** Closes the sprint at its close time: records the ground truth, then carries unfinished items over. */
export function closeSprint(state: ProjectState, sprint: SimSprint, next: SimSprint | null): void {
  const at = sprint.close!;
  state.truth.close(sprint.ws.id, state.membersOf(sprint), (key) => state.memberState(state.issues.find((i) => i.key === key)!));
  sprint.ws.state = 'closed';
  sprint.ws.completeDate = jiraTime(at);
  state.activeSprint = null;
  if (!next) return;
  const closer = state.policy.planner(state.random);
  for (const item of state.issues) {
    if (item.parent === null && item.sprintIds.includes(sprint.ws.id) && !isDone(item)) state.addToSprint(item, next, at, closer);
  }
}

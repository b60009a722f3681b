/**
 * A project of a requested size for the benchmark: `issues` issues over `closedSprints` closed
 * sprints, one active and one future sprint, with a realistic changelog (about 10-20 histories per
 * issue: estimate, re-ranks, sprint moves, carry-overs, assignee, status steps, the odd flag).
 * Written straight from each issue's planned life (no day-by-day simulation), so 20,000 issues take
 * a few seconds. Histories of each issue are in time order.
 */
import type { Workspace, WsSprint } from '../workspace';
import { assembleWorkspace } from './assemble';
import { addWorkingDays, DAY, HOUR, jiraTime, MINUTE } from './calendar';
import { newCounters, type SimIssue } from './issue-factory';
import { ProjectState, type SimSprint } from './project-state';
import { Random } from './random';
import { sprintCalendar } from './schedule';
import type { StatusName } from './site';
import { basePolicy, plainItem, team } from './stories/base';

export interface SizedOptions {
  issues: number;
  closedSprints: number;
  seed?: number;
  now: Date;
}

function validate(options: SizedOptions): void {
  if (!Number.isInteger(options.issues) || options.issues < 1) throw new Error('issues must be a whole number of at least 1');
  if (!Number.isInteger(options.closedSprints) || options.closedSprints < 1) throw new Error('closedSprints must be a whole number of at least 1');
  if (!Number.isFinite(options.now.getTime())) throw new Error('now must be a valid date');
}

/** Writes one issue's life inside sprint `sprint` (or the backlog when null): histories in time order. */
function liveIssue(state: ProjectState, item: SimIssue, sprints: SimSprint[], sprintIndex: number | null, now: number): void {
  const { random, writer, policy } = state;
  const dev = random.pick(policy.team.developers);
  const po = policy.team.productOwner;
  let at = item.created;
  const step = (maxMinutes: number) => (at += random.int(1, maxMinutes) * MINUTE);
  writer.points(item, state.randomPoints(), step(600), dev);
  for (let n = random.int(3, 8); n > 0; n--) writer.rank(item, random.chance(0.6), step(1500), random.chance(0.8) ? po : dev);
  if (sprintIndex === null) return;
  const first = sprints[sprintIndex];
  const carried = sprintIndex + 1 < sprints.length && sprints[sprintIndex + 1].close !== null && random.chance(0.15);
  at = Math.max(at, first.start - 2 * HOUR);
  if (at >= first.start) return; // written too late for this sprint: stays in the backlog
  writer.sprints(item, [first.ws.id], step(5), dev);
  writer.assignee(item, dev, step(5), dev);
  at = first.start;
  const last = carried ? sprints[sprintIndex + 1] : first;
  const endOfWork = Math.min(last.close ?? now - HOUR, now - HOUR);
  const statuses: StatusName[] = ['In Progress', 'In Review', 'Done'];
  const span = Math.max(endOfWork - at, HOUR);
  let stepIndex = 0;
  let carryWritten = false;
  const carryOver = () => {
    carryWritten = true;
    writer.sprints(item, [first.ws.id, last.ws.id], first.close!, policy.team.scrumMaster);
  };
  for (const status of statuses) {
    const next = at + Math.floor(((stepIndex + 1) * span) / 5) + random.int(0, 30) * MINUTE;
    if (next >= endOfWork) break;
    if (carried && !carryWritten && next > first.close!) carryOver();
    if (stepIndex === 1 && random.chance(0.1)) {
      writer.flag(item, true, next - 30 * MINUTE, dev);
      writer.flag(item, false, next - 10 * MINUTE, dev);
    }
    writer.status(item, status, next, dev);
    stepIndex++;
  }
  if (carried && !carryWritten && item.status !== 'Done') carryOver();
}

export function generateSizedProject(options: SizedOptions): { workspace: Workspace } {
  validate(options);
  const counters = newCounters();
  const state = sizedProjectState('BENCH', 'Benchmark', options, counters, new Random(options.seed ?? 7), 0);
  return { workspace: assembleWorkspace([state], '') };
}

/**
 * A site of `projects` projects of the same size (keys N0001, N0002...), each with its own Scrum
 * board and team, for the benchmark's night of many projects.
 */
export function generateSizedSite(options: SizedOptions & { projects: number }): { workspace: Workspace; projectKeys: string[] } {
  validate(options);
  if (!Number.isInteger(options.projects) || options.projects < 1) throw new Error('projects must be a whole number of at least 1');
  const counters = newCounters();
  const random = new Random(options.seed ?? 7);
  const states = Array.from({ length: options.projects }, (_, index) => sizedProjectState(`N${String(index + 1).padStart(4, '0')}`, `Night ${index + 1}`, options, counters, random, index));
  return { workspace: assembleWorkspace(states, ''), projectKeys: states.map((state) => state.policy.key) };
}

/** One sized project: its sprints, issues and their lives, the `index`th of its site. */
function sizedProjectState(key: string, name: string, options: SizedOptions, counters: ReturnType<typeof newCounters>, random: Random, index: number): ProjectState {
  const now = options.now.getTime();
  counters.boardId += 1;
  const t = team('Petra Size', 'Scott Scale', ['Dev One', 'Dev Two', 'Dev Three', 'Dev Four', 'Dev Five', 'Dev Six'], ['Stella Holder']);
  const policy = basePolicy({ key, name, story: 'A project of a given size for timing.', team: t, closedSprints: options.closedSprints });
  const state = new ProjectState(policy, String(10000 + index), counters.boardId, counters, random);
  const calendar = sprintCalendar(now, options.closedSprints, () => 0);
  const sprints: SimSprint[] = calendar.map((dates, sprintIndex) => {
    counters.sprintId += 1;
    const closed = dates.close !== null;
    const ws: WsSprint = {
      id: counters.sprintId, originBoardId: counters.boardId, name: `${key} Sprint ${sprintIndex + 1}`, state: closed ? 'closed' : 'active',
      startDate: jiraTime(dates.start), endDate: jiraTime(dates.end), createdDate: jiraTime(dates.start - 3 * DAY),
      ...(closed ? { completeDate: jiraTime(dates.close!) } : {}), goal: `Sprint goal ${sprintIndex + 1}`,
    };
    return { ws, index: sprintIndex, start: dates.start, end: dates.end, close: dates.close, startDay: dates.startDay, plans: new Map() };
  });
  counters.sprintId += 1;
  const future: SimSprint = { ws: { id: counters.sprintId, originBoardId: counters.boardId, name: `${key} Sprint ${sprints.length + 1}`, state: 'future', createdDate: jiraTime(now - DAY) }, index: sprints.length, start: 0, end: 0, close: null, startDay: 0, plans: new Map() };
  state.sprints.push(...sprints, future);

  // Four in five issues belong to a sprint (spread evenly); the rest are the backlog.
  const firstDay = addWorkingDays(calendar[0].startDay, -20);
  const sprintItems = Math.floor(options.issues * 0.8);
  for (let n = 0; n < options.issues; n++) {
    const sprintIndex = n < sprintItems ? Math.floor((n * sprints.length) / sprintItems) : null;
    const created = sprintIndex === null
      ? firstDay + Math.floor(((n - sprintItems) / Math.max(1, options.issues - sprintItems)) * (now - 10 * DAY - firstDay))
      : sprints[sprintIndex].start - random.int(3, 20) * DAY;
    const item = state.createItem(plainItem(random, [t.productOwner, ...t.stakeholders]), created);
    liveIssue(state, item, sprints, sprintIndex, now);
  }
  state.order = random.shuffle(state.order);
  return state;
}

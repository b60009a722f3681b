/**
 * The state of one simulated project: its issues in rank order, its sprints, the clock of the day
 * being simulated, and the operations people perform (write an item, re-rank, move into a sprint).
 * Every operation writes the matching changelog history through the ChangeWriter.
 */
import type { WsSprint } from '../workspace';
import { DayClock } from './calendar';
import { ChangeWriter, isDone, type IdCounters, type SimIssue } from './issue-factory';
import type { SimPerson } from './people';
import type { Random } from './random';
import type { NewItemSpec, StoryPolicy } from './story';
import { subtaskSummary, summaryFor, type ItemKind } from './text';
import type { IssueTypeName } from './site';
import { type MemberState, SprintTruthRecorder } from './truth';

export interface WorkPlan {
  /** Working-day index in the sprint (0 = start day) of each step; null = not reached. */
  startDay: number | null;
  reviewDay: number | null;
  doneDay: number | null;
}

export interface SimSprint {
  ws: WsSprint;
  index: number;
  /** Planned start, planned end and actual close (ms); close is null for the active and future sprints. */
  start: number;
  end: number;
  close: number | null;
  startDay: number;
  plans: Map<string, WorkPlan>;
}

const TYPE_OF_KIND: Record<ItemKind, IssueTypeName> = { story: 'Story', bug: 'Bug', task: 'Task', technical: 'Technical task', spike: 'Spike' };

export class ProjectState {
  readonly issues: SimIssue[] = [];
  /** Every issue in rank order, top first (sub-tasks included; they are left out of backlog views). */
  order: SimIssue[] = [];
  readonly sprints: SimSprint[] = [];
  readonly writer: ChangeWriter;
  readonly truth: SprintTruthRecorder;
  clock = new DayClock(0);
  activeSprint: SimSprint | null = null;
  futureSprint: SimSprint | null = null;
  private nextNumber = 1;

  constructor(
    readonly policy: StoryPolicy,
    readonly projectId: string,
    readonly boardId: number,
    readonly counters: IdCounters,
    readonly random: Random,
  ) {
    this.writer = new ChangeWriter(counters, (id) => this.sprintName(id));
    this.truth = new SprintTruthRecorder(policy.estimateByCount === true);
  }

  sprintName(id: number): string {
    return this.sprints.find((s) => s.ws.id === id)?.ws.name ?? `Sprint ${id}`;
  }

  /** Time of the next event of the day. */
  tick(minMinutes = 1, maxMinutes = 9): number {
    return this.clock.tick((a, b) => this.random.int(a, b), minMinutes, maxMinutes);
  }

  randomPoints(): number {
    return this.random.weighted([
      { value: 1, weight: 1 }, { value: 2, weight: 3 }, { value: 3, weight: 4 }, { value: 5, weight: 3 }, { value: 8, weight: 1 },
    ]);
  }

  inActiveSprint(issue: SimIssue): boolean {
    return this.activeSprint !== null && issue.sprintIds.includes(this.activeSprint.ws.id);
  }

  inFutureSprint(issue: SimIssue): boolean {
    return this.futureSprint !== null && issue.sprintIds.includes(this.futureSprint.ws.id);
  }

  /** The backlog: not sub-tasks, not done, not in the active sprint; future-sprint items first, then rank. */
  backlog(): SimIssue[] {
    const open = this.order.filter((i) => i.parent === null && !isDone(i) && !this.inActiveSprint(i));
    return [...open.filter((i) => this.inFutureSprint(i)), ...open.filter((i) => !this.inFutureSprint(i))];
  }

  /** Backlog items that are in no sprint at all (the pool planning draws from). */
  unplanned(): SimIssue[] {
    return this.order.filter((i) => i.parent === null && !isDone(i) && i.sprintIds.every((id) => this.isClosedSprint(id)));
  }

  isClosedSprint(id: number): boolean {
    return this.sprints.some((s) => s.ws.id === id && s.ws.state === 'closed');
  }

  private newIssue(kind: ItemKind | 'subtask', summary: string, reporter: SimPerson, at: number, parent: SimIssue | null): SimIssue {
    this.counters.issueId += 1;
    const technical = kind === 'technical' || kind === 'spike';
    const issue: SimIssue = {
      id: String(this.counters.issueId),
      key: `${this.policy.key}-${this.nextNumber++}`,
      projectKey: this.policy.key,
      kind,
      type: kind === 'subtask' ? 'Sub-task' : TYPE_OF_KIND[kind],
      summary,
      labels: [],
      components: [],
      technical,
      created: at,
      updated: at,
      reporter,
      status: 'To Do',
      resolvedAt: null,
      points: null,
      assignee: null,
      sprintIds: [],
      flagged: false,
      hasAcceptanceCriteria: false,
      detailed: false,
      parent,
      subtasks: [],
      blockedBy: [],
      blocks: [],
      changelog: [],
      lastChangeAt: at,
      textSeed: this.random.int(1, 2 ** 31),
    };
    this.issues.push(issue);
    this.order.push(issue);
    return issue;
  }

  /** Writes a new item at the bottom of the backlog (Jira's default), with its sub-tasks. */
  createItem(spec: NewItemSpec, at: number, sprintIds: number[] = []): SimIssue {
    const item = this.newIssue(spec.kind, summaryFor(spec.kind, this.random), spec.reporter, at, null);
    item.points = spec.points ?? null;
    item.hasAcceptanceCriteria = spec.acceptanceCriteria === true;
    item.detailed = spec.detailed === true;
    item.labels = spec.labels ?? (item.technical && this.random.chance(0.5) ? ['tech-debt'] : []);
    if (item.kind === 'bug') item.labels = [...item.labels, 'customer-reported'];
    item.sprintIds = sprintIds.slice();
    for (let i = 0; i < (spec.subtasks ?? 0); i++) {
      const sub = this.newIssue('subtask', subtaskSummary(i), spec.reporter, at + (i + 1) * 1000, item);
      item.subtasks.push(sub);
    }
    this.policy.onItemCreated?.(this, item, this.random);
    return item;
  }

  /** Re-ranks `item` to sit just above `target` (or at the very bottom when target is null). */
  rankAbove(item: SimIssue, target: SimIssue | null, at: number, author: SimPerson): void {
    if (item === target) return;
    const oldIndex = this.order.indexOf(item);
    const rest = this.order.filter((i) => i !== item);
    const targetIndex = target === null ? rest.length : rest.indexOf(target);
    if (targetIndex === oldIndex) return; // already there
    rest.splice(targetIndex, 0, item);
    this.order = rest;
    this.writer.rank(item, targetIndex < oldIndex, at, author);
  }

  /** Re-ranks `item` to position `position` of the current backlog view. */
  rankToBacklogPosition(item: SimIssue, position: number, at: number, author: SimPerson): void {
    const view = this.backlog().filter((i) => i !== item);
    this.rankAbove(item, position < view.length ? view[position] : null, at, author);
  }

  /**
   * Moves an item into a sprint, with its open sub-tasks (as Jira moves them with their parent); if
   * the sprint is running, the ground truth notes that they joined.
   */
  addToSprint(item: SimIssue, sprint: SimSprint, at: number, author: SimPerson): void {
    for (const issue of [item, ...item.subtasks.filter((sub) => !isDone(sub))]) {
      if (issue.sprintIds.includes(sprint.ws.id)) continue;
      this.writer.sprints(issue, [...issue.sprintIds, sprint.ws.id], at, author);
      if (sprint === this.activeSprint && at > sprint.start) this.truth.joined(sprint.ws.id, issue.key);
    }
  }

  /** Takes an item, and its sub-tasks, out of a sprint. */
  removeFromSprint(item: SimIssue, sprint: SimSprint, at: number, author: SimPerson): void {
    for (const issue of [item, ...item.subtasks]) {
      if (!issue.sprintIds.includes(sprint.ws.id)) continue;
      this.writer.sprints(issue, issue.sprintIds.filter((id) => id !== sprint.ws.id), at, author);
      sprint.plans.delete(issue.key);
    }
  }

  /** A new estimate; while the item is in the running sprint, the ground truth notes the change. */
  reEstimate(item: SimIssue, points: number | null, at: number, author: SimPerson): void {
    const from = item.points;
    if (from === points) return;
    this.writer.points(item, points, at, author);
    const sprint = this.activeSprint;
    if (sprint !== null && at > sprint.start && item.sprintIds.includes(sprint.ws.id)) this.truth.estimateChanged(sprint.ws.id, item.key, from, points);
  }

  /** Splits an item into `count` sub-tasks written by `author`, created in the item's sprints. */
  splitIntoSubtasks(item: SimIssue, count: number, author: SimPerson, tick: () => number): void {
    for (let i = 0; i < count; i++) {
      const at = tick();
      const sub = this.newIssue('subtask', subtaskSummary(item.subtasks.length), author, at, item);
      sub.sprintIds = item.sprintIds.slice();
      item.subtasks.push(sub);
      const sprint = this.activeSprint;
      if (sprint !== null && at > sprint.start && sub.sprintIds.includes(sprint.ws.id)) this.truth.joined(sprint.ws.id, sub.key);
    }
  }

  /**
   * Refinement: from the top of the unplanned backlog, give items an estimate (a changelog entry)
   * and acceptance criteria, until the refined items cover `depthSprints` of velocity.
   */
  refineTop(depthSprints: number, author: SimPerson): void {
    let covered = 0;
    for (const item of this.backlog()) {
      if (covered >= depthSprints * this.policy.velocity) break;
      if (item.points === null) this.writer.points(item, this.randomPoints(), this.tick(), author);
      item.hasAcceptanceCriteria = true;
      covered += item.points ?? 0;
    }
  }

  /** Members of a sprint (sub-tasks marked) with done state and estimate, for the ground truth. */
  membersOf(sprint: SimSprint): MemberState[] {
    return this.issues.filter((i) => i.sprintIds.includes(sprint.ws.id)).map((i) => this.memberState(i));
  }

  memberState(issue: SimIssue): MemberState {
    return { key: issue.key, done: isDone(issue), points: issue.points, subtask: issue.parent !== null };
  }
}

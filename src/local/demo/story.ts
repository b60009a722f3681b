/**
 * What a project's story decides: its people, its rhythm, and hooks that add the story's own
 * behaviour to the shared simulation (see simulate.ts for when each hook runs).
 */
import type { ProjectSettings } from '../../domain/settings';
import type { SignalId } from '../../signals/declarations';
import type { SimPerson } from './people';
import type { ProjectState } from './project-state';
import type { SimSprint } from './project-state';
import type { Random } from './random';
import type { ItemKind } from './text';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface Team {
  productOwner: SimPerson;
  scrumMaster: SimPerson;
  developers: SimPerson[];
  stakeholders: SimPerson[];
}

/** What a new backlog item looks like when it is written. */
export interface NewItemSpec {
  kind: ItemKind;
  reporter: SimPerson;
  points?: number | null;
  acceptanceCriteria?: boolean;
  detailed?: boolean;
  /** Number of sub-tasks written with it. */
  subtasks?: number;
  labels?: string[];
}

export interface StoryPolicy {
  key: string;
  name: string;
  /** One or two sentences: what the data of this project shows. */
  story: string;
  boardType: 'scrum' | 'kanban';
  /** true: the board estimates by issue count (no points in the ground truth). */
  estimateByCount?: boolean;
  closedSprints: number;
  team: Team;
  /** Points the team finishes in a normal sprint. */
  velocity: number;
  /** The daily writing of new items keeps the backlog (outside sprints) near this size. */
  backlogTarget: number;
  settings: DeepPartial<ProjectSettings>;
  expectedSignals: SignalId[];
  silentSignals: SignalId[];

  /** Sprint goal, or null for an empty goal. */
  goal(sprintIndex: number, random: Random): string | null;
  /** Working days the sprint closes after its planned end (0 = on time). */
  lateWorkingDays(sprintIndex: number, random: Random): number;
  /** Share of committed points the team finishes, as a range. */
  reliability(sprintIndex: number): { min: number; max: number };
  /** Committed points as a multiple of velocity. */
  commitLoad(sprintIndex: number): number;
  /** Who moves items into sprints at planning. */
  planner(random: Random): SimPerson;
  /** Who sets the assignee of a committed item (the developer themselves by default). */
  assigner(developer: SimPerson, random: Random): SimPerson;
  /** Writes a new backlog item spec (called when the backlog is below target). */
  newItem(state: ProjectState, at: number, random: Random): NewItemSpec;
  /** Items carried over are finished in the next sprint unless this says they stay stuck. */
  carriedItemsMustFinish: boolean;
  /** Items to put in the future sprint during the active one. */
  futureSprintItems: number;

  /** Optional: the backlog size compared with backlogTarget (default: items in no open sprint). */
  countBacklog?(state: ProjectState): number;
  /** Optional: choose the items committed to a sprint (default: from the top of the backlog). */
  selectForSprint?(state: ProjectState, sprint: SimSprint, budget: number, random: Random): void;
  /** Optional: before planning (items carried in are already in the sprint); may mark items stuck for n more sprints. */
  onPlanning?(state: ProjectState, sprint: SimSprint, stuck: Map<import('./issue-factory').SimIssue, number>, random: Random): void;
  /** Optional: extra behaviour on each working day of a sprint (after the team's own work). */
  onSprintDay?(state: ProjectState, sprint: SimSprint, dayIndex: number, random: Random): void;
  /** Optional: backlog care on each working day (re-ranking, refinement), after new items are written. */
  onBacklogDay?(state: ProjectState, day: number, random: Random): void;
  /** Optional: after an item is written (e.g. rank it somewhere). */
  onItemCreated?(state: ProjectState, item: import('./issue-factory').SimIssue, random: Random): void;
}

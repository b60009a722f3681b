/** Hand-built signal contexts: sprint figures and role counts written out directly. */
import type { RolesSection, SprintFigures, SprintSection } from '../../src/domain/report';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../../src/domain/settings';
import type { Person } from '../../src/domain/types';
import type { SignalContext } from '../../src/signals/rule';
import type { PeopleDirectory } from '../../src/analysis/history/people';
import { emptyRolesSection } from '../../src/analysis/roles/section';
import { noVelocity, quietRunning, replayedExtras } from '../support/sprint-parts';

export const NOW = new Date('2026-03-02T12:00:00.000Z');

export function figures(id: number, overrides: Partial<SprintFigures> = {}): SprintFigures {
  const set = (issues: string[] = []) => ({ issues, points: issues.length });
  return {
    id,
    name: `Sprint ${id}`,
    state: 'closed',
    startDate: '2026-01-05T09:00:00.000Z',
    endDate: '2026-01-16T17:00:00.000Z',
    completeDate: '2026-01-16T17:00:00.000Z',
    goal: 'A goal',
    committed: set(['A-1', 'A-2']),
    added: set(),
    removed: set(),
    completed: set(['A-1', 'A-2']),
    notCompleted: set(),
    doneBeforeStart: set(),
    commitmentReliability: 1,
    completionRate: 1,
    scopeChurn: 0,
    carryOver: 0,
    estimateChanges: [],
    scopeChanges: [],
    subtasks: { committed: [], added: [], completed: [], notCompleted: [] },
    plannedWorkingDays: 9,
    lateWorkingDays: 0,
    impediments: [],
    reopened: [],
    ...unobservedGoal(overrides.goal === undefined ? 'A goal' : overrides.goal),
    ...replayedExtras(),
    ...overrides,
  };
}

/** The goal fields of a sprint whose goal the app never observed: judged as Jira holds it now. */
export function unobservedGoal(goal: string | null) {
  return { goalAtStart: { goal, source: 'current' as const, observedAt: null }, goalChangedAfterStart: null };
}

/** The running part of an active sprint that tests about something else leave empty. */
export function running() {
  return { running: quietRunning() };
}

export function section(closed: SprintFigures[], overrides: Partial<SprintSection> = {}): SprintSection {
  return { closed, active: null, futureCount: 0, trend: [], carryOverChains: [], scopeChangers: [], recentlyStarted: [], velocity: noVelocity(), ...overrides };
}

export function roles(overrides: Partial<RolesSection> = {}): RolesSection {
  return { ...emptyRolesSection({ productOwners: [], scrumMasters: [] }), ...overrides };
}

/** A people directory of the given people. */
export function directory(...people: Person[]): PeopleDirectory {
  return new Map(people.map((p) => [p.accountId, p]));
}

export function withRoles(productOwners: string[], scrumMasters: string[]): ProjectSettings {
  return { ...DEFAULT_SETTINGS, roles: { productOwners, scrumMasters } };
}

export function context(parts: Partial<SignalContext> = {}): SignalContext {
  return {
    people: parts.people ?? directory(),
    settings: parts.settings ?? DEFAULT_SETTINGS,
    now: parts.now ?? NOW,
    runsSprints: parts.runsSprints ?? true,
    sprints: parts.sprints === undefined ? section([]) : parts.sprints,
    backlog: parts.backlog ?? null,
    flow: parts.flow ?? null,
    roles: parts.roles ?? roles(),
  };
}

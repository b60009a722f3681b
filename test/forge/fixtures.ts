/** Hand-made fixtures for the Forge shell tests: a report that mentions issues in every place. */
import type { Report, SprintFigures } from '../../src/domain/report';
import { emptyReport } from '../../src/engine/empty-report';
import type { ProjectStores } from '../../src/storage/project-stores';
import { harbourFlow } from '../report/format/flow-fixture';
import { noVelocity, quietRunning, replayedExtras, replayedRecord } from '../support/sprint-parts';

export function closedSprint(id: number, keys: { committed: string[]; notCompleted: string[] }): SprintFigures {
  const set = (issues: string[]) => ({ issues, points: null });
  return {
    id, name: `Sprint ${id}`, state: 'closed', startDate: '2026-01-05T09:00:00.000Z', endDate: '2026-01-16T17:00:00.000Z',
    completeDate: '2026-01-16T17:00:00.000Z', goal: 'Ship it',
    committed: set(keys.committed), added: set([]), removed: set([]),
    completed: set(keys.committed.filter((k) => !keys.notCompleted.includes(k))), notCompleted: set(keys.notCompleted),
    doneBeforeStart: set([]), commitmentReliability: 0.5, completionRate: 0.5, scopeChurn: 0, carryOver: 0.5,
    estimateChanges: [], scopeChanges: [{ issueKey: keys.notCompleted[0], change: 'added', at: '2026-01-07T09:00:00.000Z', by: 'acc-po' }],
    subtasks: { committed: [], added: [], completed: [], notCompleted: [] },
    plannedWorkingDays: 10, lateWorkingDays: 0,
    impediments: [{ issueKey: keys.notCompleted[0], from: '2026-01-08T09:00:00.000Z', to: null, workingDays: 6 }],
    reopened: [], goalAtStart: { goal: 'Ship it', source: 'current', observedAt: null }, goalChangedAfterStart: null,
    ...replayedExtras(),
  };
}

/** ABC-1 and ABC-2 in every place of a sprint's record, per-issue report and hygiene notes. */
function sprintDetail(): Pick<SprintFigures, 'record' | 'issues' | 'hygiene'> {
  const row = (key: string, summary: string, outcome: 'completed' | 'notCompleted') => ({
    key, summary, issueType: 'Story', entry: 'committed' as const, outcome, status: 'To Do', estimateAtStart: null, estimateAtEnd: null,
    addedAt: null, addedBy: null, removedAt: null, removedBy: null, finishedOutside: false,
  });
  const difference = (issueKey: string) => ({ issueKey, moment: 'start' as const, recorded: ['committed' as const], replayed: ['added' as const], reason: 'Added 40 seconds after the start.' });
  return {
    record: { ...replayedRecord(), commitment: 'recorded', differences: [difference('ABC-1'), difference('ABC-2')] },
    issues: [row('ABC-1', 'Public item', 'completed'), row('ABC-2', 'Secret item', 'notCompleted')],
    hygiene: [
      { kind: 'estimate-changed', issueKeys: ['ABC-1', 'ABC-2'], effect: 'Weighed at the close.', jiraDiffers: null },
      { kind: 'removed-before-close', issueKeys: ['ABC-2'], effect: 'Counted as removed.', jiraDiffers: null },
    ],
  };
}

function runningDetail() {
  const { record, issues, hygiene } = sprintDetail();
  return { record, issues: issues ?? [], hygiene, atRisk: [{ issueKey: 'ABC-2', summary: 'Secret item', flagged: true, notStarted: false, carriedFrom: [1] }] };
}

/**
 * A report of project ABC on board 7, computed at `computedAt`. It names ABC-1 (visible to everyone
 * in the tests) and ABC-2 (secret) in signals, sprints, the backlog and data-quality notes.
 */
export function sampleReport(computedAt = '2026-11-22T01:00:00.000Z'): Report {
  const base = emptyReport({ site: 'cloud-1', project: { key: 'ABC', name: 'Alphabet' }, now: new Date(computedAt), reason: 'x' });
  return {
    ...base,
    board: { id: 7, name: 'ABC board', type: 'scrum', projectKey: 'ABC' },
    capabilities: { sprints: true, backlog: true, estimates: false, runsSprints: true, limitations: [] },
    people: { 'acc-po': { displayName: 'Pat Owner', avatarUrl: null }, 'acc-sm': { displayName: 'Sam Master', avatarUrl: null } },
    signals: [
      {
        id: 'chronic-carry-over', role: 'SM', alsoFor: [], area: 'sprints', severity: 'warning', title: 'Work that keeps rolling over',
        observation: 'ABC-2 and ABC-1 went through 3 sprints unfinished; ABC-20 is fine.',
        evidence: { issueKeys: ['ABC-1', 'ABC-2'], sprintIds: [1], people: [], dates: [] },
        question: 'What keeps ABC-2 from finishing?', rule: 'carried over 3 or more sprints',
      },
      {
        id: 'missing-sprint-goal', role: 'SM', alsoFor: ['PO'], area: 'sprints', severity: 'critical', title: 'Sprints without a goal',
        observation: '2 of the last 3 sprints started without a goal.',
        evidence: { issueKeys: [], sprintIds: [1], people: [], dates: [] }, question: 'What is each sprint for?', rule: 'empty goal',
      },
    ],
    dataQuality: [
      { code: 'unknown-status', message: 'A status we do not know', issueKey: 'ABC-2' },
      { code: 'flow-moved-backward', message: '2 items moved back: ABC-1 and ABC-2.', issueKey: 'ABC-1' },
      { code: 'missing-estimation-field', message: 'No estimate field' },
    ],
    sprints: {
      closed: [{ ...closedSprint(1, { committed: ['ABC-1', 'ABC-2'], notCompleted: ['ABC-2'] }), ...sprintDetail() }],
      active: {
        id: 2, name: 'Sprint 2', startDate: '2026-01-19T09:00:00.000Z', endDate: '2026-01-30T17:00:00.000Z', goal: null, issueCount: 2,
        goalAtStart: { goal: null, source: 'current', observedAt: null }, goalChangedAfterStart: null,
        impediments: [{ issueKey: 'ABC-2', from: '2026-01-20T09:00:00.000Z', to: null, workingDays: 3 }],
        running: { ...quietRunning(), committed: { issues: ['ABC-1', 'ABC-2'], points: null }, done: { issues: ['ABC-1'], points: null }, ...runningDetail() },
      },
      futureCount: 0,
      trend: [{ sprintId: 1, name: 'Sprint 1', commitmentReliability: 0.5, completionRate: 0.5, scopeChurn: 0, carryOver: 0.5 }],
      carryOverChains: [
        { issueKey: 'ABC-1', summary: 'Public item', sprintIds: [1], done: true },
        { issueKey: 'ABC-2', summary: 'Secret item', sprintIds: [1], done: false },
      ],
      scopeChangers: [],
      recentlyStarted: [{ sprintId: 1, name: 'Sprint 1', startDate: '2026-01-05T09:00:00.000Z', goalAtStart: { goal: 'Ship it', source: 'current', observedAt: null } }],
      velocity: noVelocity(),
    },
    backlog: {
      size: 2,
      capacity: { value: 2, unit: 'issues', sprintIds: [1] },
      nearTerm: [
        { key: 'ABC-1', summary: 'Public item', estimate: null, technical: false, failedChecks: [] },
        { key: 'ABC-2', summary: 'Secret item', estimate: null, technical: true, failedChecks: ['estimated'] },
      ],
      checksInForce: ['description', 'acceptanceCriteria', 'notBlocked', 'notFlagged'],
      readiness: 0.5, readyRunwaySprints: 0.5, readyRunwayItems: 1,
      overSpecification: { share: 0, distantCount: 0, detailedKeys: ['ABC-2'] },
      ordering: {
        rbo7: null, rbo28: null, top10Overlap: 0.4, history: [], rankChangesPerWeekNearTerm: 0, rankers: [],
        weekAgo: { takenAt: '2026-05-25T00:00:00.000Z', survivors: 1, keptKeys: ['ABC-1'], fellKeys: [], leftCount: 0, leftKeys: [], newcomerCount: 1, newcomerKeys: ['ABC-2'] },
        distinctRankers: 0, topRankerShare: null, lastRerankAt: null, snapshotCount: 0, rankFieldFound: true,
      },
      technical: {
        technicalCount: 1, functionalCount: 1, interleaving: 0.1, runs: { observed: 2, expected: null, z: null },
        quota: { detected: false, shares: [], mean: null }, medianAgeDays: { technical: 3, functional: 4 },
      },
      strip: [{ key: 'ABC-1', technical: false, ready: true }, { key: 'ABC-2', technical: true, ready: false }],
      depthSprints: 1,
      stale: { count: 1, keys: ['ABC-2'] },
      newItems: { windowDays: 30, keys: ['ABC-1', 'ABC-2'] },
    },
    roles: {
      ...base.roles,
      productOwnerAssignments: [{ issueKey: 'ABC-2', at: '2026-01-06T10:00:00.000Z', by: 'acc-po' }],
      scrumMasterRankChanges: [{ issueKey: 'ABC-1', at: '2026-01-06T11:00:00.000Z', by: 'acc-sm' }, { issueKey: 'ABC-2', at: '2026-01-06T12:00:00.000Z', by: 'acc-sm' }],
    },
    flow: {
      ...harbourFlow(),
      cycleTime: { windowDays: 90, finished: [{ issueKey: 'ABC-1', startedAt: '2026-01-05T09:00:00.000Z', finishedAt: '2026-01-07T09:00:00.000Z', cycleDays: 3 }], percentiles: { p50: 3, p85: 3, p95: 3 } },
      ageing: [{ issueKey: 'ABC-2', summary: 'Secret item', column: 'In Progress', startedAt: '2026-01-08T09:00:00.000Z', ageDays: 9 }],
      finishedWithoutStart: ['ABC-2'],
      movedBackward: ['ABC-1'],
      movedAfterDone: ['ABC-2'],
    },
    silentSignals: [],
    score: {
      total: 65, trafficLight: 'amber', provisional: false, backlog: 100, sprints: 65, flow: 100, roles: 100, deductions: [], pointsLost: 35,
      applicable: 20, checked: 20, notChecked: [], notApplicable: [], switchedOff: [],
    },
  };
}

/** Stores sampleReport as project ABC's default-board report, and a backlog snapshot of that day when given. */
export async function seedReport(stores: ProjectStores, computedAt: string, snapshotDay: string | null): Promise<void> {
  await stores.writeReport('ABC', null, sampleReport(computedAt));
  if (snapshotDay) await stores.appendSnapshot('ABC', null, { boardId: 7, takenAt: `${snapshotDay}T01:00:00.000Z`, keys: ['ABC-1'] });
}

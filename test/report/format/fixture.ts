/**
 * A hand-made report for the formatter tests: project HARB ("Harbour Payments") with two closed
 * trend sprints, an active sprint, a small backlog and four signals. The figures agree with each
 * other as the engine would compute them (worked out by hand in the comments).
 */
import { REPORT_SCHEMA_VERSION, type Report, type SprintFigures } from '../../../src/domain/report';
import { replayedExtras } from '../../support/sprint-parts';
import { harbourFlow } from './flow-fixture';
import { harbourVelocity, runningSprint43, sprint42Detail } from './sprint-detail-fixture';
import { CURRENT_POINT, PREVIOUS_POINT } from './fixture-history';

export { CURRENT_POINT, PREVIOUS_POINT };

const noSubtasks = { committed: [], added: [], completed: [], notCompleted: [] };

// Sprint 41: committed 101(3) 102(5) 103(2) 104(3) = 13 pts; added 110(2); completed 101 102 104 = 11 pts.
// reliability 11/13 = 0.846153..; completion 11/13; churn (1 added + 0 removed)/4 = 0.25; carry-over 2/(4+1) = 0.4.
const sprint41: SprintFigures = {
  id: 41,
  name: 'Harbour Sprint 41',
  state: 'closed',
  startDate: '2026-10-12T09:00:00.000+0000',
  endDate: '2026-10-23T17:00:00.000+0000',
  completeDate: '2026-10-23T16:30:00.000+0000',
  goal: 'Refunds reach the customer within a day',
  committed: { issues: ['HARB-101', 'HARB-102', 'HARB-103', 'HARB-104'], points: 13 },
  added: { issues: ['HARB-110'], points: 2 },
  removed: { issues: [], points: 0 },
  completed: { issues: ['HARB-101', 'HARB-102', 'HARB-104'], points: 11 },
  notCompleted: { issues: ['HARB-103', 'HARB-110'], points: 4 },
  doneBeforeStart: { issues: [], points: 0 },
  commitmentReliability: 11 / 13,
  completionRate: 11 / 13,
  scopeChurn: 0.25,
  carryOver: 0.4,
  estimateChanges: [],
  scopeChanges: [{ issueKey: 'HARB-110', change: 'added', at: '2026-10-15T10:00:00.000+0000', by: 'acc-kit' }],
  subtasks: noSubtasks,
  plannedWorkingDays: 10,
  lateWorkingDays: 0,
  impediments: [],
  reopened: [],
  // Seen the night before the start as "Refunds within a day", reworded during the sprint.
  goalAtStart: { goal: 'Refunds within a day', source: 'observed', observedAt: '2026-10-12T01:00:00.000+0000' },
  goalChangedAfterStart: true,
  ...replayedExtras(),
};

// Sprint 42: committed 103(2) 110(2) 120(5) 121(3) = 12 pts; added 125(1); removed 121;
// completed 103 120 125 = 8 pts, of which committed 103 120 = 7 pts.
// reliability 7/12 = 0.583333..; completion 8/12 = 0.666..; churn (1 + 1)/4 = 0.5; carry-over 1/(4+1) = 0.2.
const sprint42: SprintFigures = {
  id: 42,
  name: 'Harbour Sprint 42',
  state: 'closed',
  startDate: '2026-10-26T09:00:00.000+0000',
  endDate: '2026-11-06T17:00:00.000+0000',
  completeDate: '2026-11-10T11:00:00.000+0000',
  goal: null,
  committed: { issues: ['HARB-103', 'HARB-110', 'HARB-120', 'HARB-121'], points: 12 },
  added: { issues: ['HARB-125'], points: 1 },
  removed: { issues: ['HARB-121'], points: 3 },
  completed: { issues: ['HARB-103', 'HARB-120', 'HARB-125'], points: 8 },
  notCompleted: { issues: ['HARB-110'], points: 2 },
  doneBeforeStart: { issues: [], points: 0 },
  commitmentReliability: 7 / 12,
  completionRate: 8 / 12,
  scopeChurn: 0.5,
  carryOver: 0.2,
  estimateChanges: [{ issueKey: 'HARB-120', from: 3, to: 5, at: '2026-10-28T14:00:00.000+0000', by: 'acc-sam' }],
  scopeChanges: [
    { issueKey: 'HARB-125', change: 'added', at: '2026-10-29T09:30:00.000+0000', by: 'acc-kit' },
    { issueKey: 'HARB-121', change: 'removed', at: '2026-11-02T15:00:00.000+0000', by: 'acc-ana' },
  ],
  subtasks: noSubtasks,
  plannedWorkingDays: 10,
  lateWorkingDays: 2,
  impediments: [{ issueKey: 'HARB-110', from: '2026-10-27T09:00:00.000+0000', to: '2026-10-30T09:00:00.000+0000', workingDays: 3 }],
  reopened: [],
  // First seen the morning after the start, without a goal.
  goalAtStart: { goal: null, source: 'later', observedAt: '2026-10-27T01:00:00.000+0000' },
  goalChangedAfterStart: null,
  ...sprint42Detail(),
};

// Strip: 24 backlog items top first; T = technical, F = functional, lower case = not ready.
const STRIP = 'FfttFFTFFfFTFFfFFTFFFfTF';

export function makeReport(): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    computedAt: '2026-11-20T08:00:00.000Z',
    site: 'harbour.atlassian.net',
    project: { key: 'HARB', name: 'Harbour Payments' },
    board: { id: 7, name: 'HARB board', type: 'scrum', projectKey: 'HARB' },
    capabilities: { sprints: true, backlog: true, estimates: true, runsSprints: true, limitations: [] },
    sprints: {
      closed: [sprint41, sprint42],
      active: { id: 43, name: 'Harbour Sprint 43', startDate: '2026-11-10T12:00:00.000+0000', endDate: '2026-11-24T17:00:00.000+0000', goal: 'Card payouts in two currencies', issueCount: 6,
        goalAtStart: { goal: 'Card payouts in two currencies', source: 'observed', observedAt: '2026-11-10T01:00:00.000+0000' }, goalChangedAfterStart: false,
        impediments: [], running: runningSprint43() },
      futureCount: 1,
      trend: [sprint41, sprint42].map((s) => ({
        sprintId: s.id,
        name: s.name,
        commitmentReliability: s.commitmentReliability,
        completionRate: s.completionRate,
        scopeChurn: s.scopeChurn,
        carryOver: s.carryOver,
      })),
      carryOverChains: [{ issueKey: 'HARB-110', summary: 'Retry failed payouts | nightly', sprintIds: [41, 42], done: false }],
      scopeChangers: [
        { accountId: 'acc-kit', added: 2, removed: 0 },
        { accountId: 'acc-ana', added: 0, removed: 1 },
      ],
      recentlyStarted: [
        ...[sprint41, sprint42].map((s) => ({ sprintId: s.id, name: s.name, startDate: s.startDate!, goalAtStart: s.goalAtStart })),
        {
          sprintId: 43, name: 'Harbour Sprint 43', startDate: '2026-11-10T12:00:00.000+0000',
          goalAtStart: { goal: 'Card payouts in two currencies', source: 'observed', observedAt: '2026-11-10T01:00:00.000+0000' },
        },
      ],
      velocity: harbourVelocity(),
    },
    backlog: {
      size: 24,
      // Median of the completed points of sprints 41 and 42: (11 + 8) / 2 = 9.5.
      capacity: { value: 9.5, unit: 'points', sprintIds: [41, 42] },
      nearTerm: [
        { key: 'HARB-130', summary: 'Show refund status on the receipt page', estimate: 5, technical: false, failedChecks: [] },
        { key: 'HARB-131', summary: 'Escape <script> tags in comment previews', estimate: 3, technical: false, failedChecks: ['acceptanceCriteria'] },
        { key: 'HARB-132', summary: 'Upgrade the payment SDK', estimate: null, technical: true, failedChecks: ['estimated', 'description'] },
        { key: 'HARB-133', summary: 'Split settlement files by currency', estimate: 8, technical: true, failedChecks: ['smallEnough'] },
      ],
      checksInForce: ['estimated', 'description', 'acceptanceCriteria', 'notBlocked', 'notFlagged', 'smallEnough'],
      // 1 ready of 4 near-term items.
      readiness: 0.25,
      // Only HARB-130 (5 points) is ready before the first unready item: 5 / 9.5 = 0.526..
      readyRunwaySprints: 5 / 9.5,
      readyRunwayItems: 1,
      overSpecification: { share: 0.125, distantCount: 8, detailedKeys: ['HARB-160'] },
      ordering: {
        rbo7: 0.8123,
        rbo28: 0.5561,
        // 6 of last week's top 10 survivors are still among today's top 10 survivors.
        top10Overlap: 0.6,
        weekAgo: {
          takenAt: '2026-11-13T00:00:00.000Z',
          survivors: 20,
          keptKeys: ['HARB-130', 'HARB-131', 'HARB-132', 'HARB-133', 'HARB-134', 'HARB-135'],
          fellKeys: ['HARB-140', 'HARB-141', 'HARB-142', 'HARB-143'],
          leftCount: 3,
          leftKeys: ['HARB-101', 'HARB-102', 'HARB-103'],
          newcomerCount: 2,
          newcomerKeys: ['HARB-150', 'HARB-151'],
        },
        history: [
          { date: '2026-11-13T00:00:00.000Z', rbo7: 0.79, top10Overlap: 0.7, newcomers: 1 },
          { date: '2026-11-20T00:00:00.000Z', rbo7: 0.8123, top10Overlap: 0.6, newcomers: 2 },
        ],
        rankChangesPerWeekNearTerm: 3.25,
        rankers: [
          { accountId: 'acc-ana', changes: 14 },
          { accountId: 'acc-sam', changes: 2 },
        ],
        distinctRankers: 2,
        // 14 of 16 rank changes.
        topRankerShare: 0.875,
        lastRerankAt: '2026-11-19T15:42:00.000+0000',
        snapshotCount: 12,
        rankFieldFound: true,
      },
      technical: {
        technicalCount: 6,
        functionalCount: 18,
        interleaving: 0.4259,
        runs: { observed: 9, expected: 10, z: -0.42 },
        quota: { detected: false, shares: [{ sprintId: 41, share: 0.1818 }, { sprintId: 42, share: 0.25 }], mean: 0.2159 },
        medianAgeDays: { technical: 40, functional: 22 },
      },
      strip: [...STRIP].map((letter, i) => ({ key: `HARB-${130 + i}`, technical: letter.toUpperCase() === 'T', ready: letter === letter.toUpperCase() })),
      // 70 points of backlog / 9.5 = 7.368..
      depthSprints: 70 / 9.5,
      stale: { count: 1, keys: ['HARB-12'] },
      newItems: { windowDays: 30, keys: ['HARB-150', 'HARB-151'] },
    },
    flow: harbourFlow(),
    roles: {
      productOwners: ['acc-ana'],
      scrumMasters: ['acc-sam'],
      actingBacklogOwner: null,
      rankChangesBy: [
        { accountId: 'acc-ana', changes: 14 },
        { accountId: 'acc-sam', changes: 2 },
      ],
      assigneeChangesBy: [
        { accountId: 'acc-sam', changes: 3 },
        { accountId: null, changes: 1 },
      ],
      lastPoBacklogActivity: '2026-11-19T15:42:00.000+0000',
      productOwnerAssignments: [],
      scrumMasterRankChanges: [{ issueKey: 'HARB-131', at: '2026-11-12T09:30:00.000+0000', by: 'acc-sam' }, { issueKey: 'HARB-133', at: '2026-11-17T14:05:00.000+0000', by: 'acc-sam' }],
    },
    people: {
      'acc-ana': { displayName: 'Ana Ortiz', avatarUrl: null },
      'acc-sam': { displayName: 'Sam Lee', avatarUrl: null },
      'acc-kit': { displayName: 'Kit Moreau', avatarUrl: 'https://avatar.example/kit.png' },
    },
    signals: [
      {
        id: 'unprotected-sprint',
        role: 'SM',
        alsoFor: [],
        area: 'sprints',
        severity: 'critical',
        title: 'Work keeps arriving mid-sprint',
        observation: 'Scope churn was 25% in Harbour Sprint 41 and 50% in Harbour Sprint 42.',
        evidence: { issueKeys: ['HARB-110', 'HARB-125'], sprintIds: [41, 42], people: ['acc-kit'], dates: ['2026-10-15T10:00:00.000+0000'] },
        question: 'How might new requests reach the Product Owner for a later sprint instead?',
        rule: 'scope churn above 20% in 2 of the last 3 sprints',
      },
      {
        id: 'unfinished-sprints',
        role: 'SM',
        alsoFor: [],
        area: 'sprints',
        severity: 'warning',
        title: 'Sprints often end unfinished',
        observation: 'Commitment reliability was 58% in Harbour Sprint 42.',
        evidence: { issueKeys: ['HARB-110'], sprintIds: [42], people: [], dates: [] },
        question: 'What got in the way of finishing what we planned?',
        rule: 'commitment reliability below 70% in 2 of the last 3 sprints',
      },
      {
        id: 'thin-ready-runway',
        role: 'PO',
        alsoFor: [],
        area: 'backlog',
        severity: 'warning',
        title: 'Little ready work ahead',
        observation: 'Ready items cover about half a sprint.',
        evidence: { issueKeys: ['HARB-131', 'HARB-132'], sprintIds: [], people: ['acc-ana'], dates: [] },
        question: 'What would help the next items get ready before planning?',
        rule: 'ready runway below 1 sprint',
      },
      {
        id: 'missing-sprint-goal',
        role: 'SM',
        alsoFor: ['PO'],
        area: 'sprints',
        severity: 'info',
        title: 'A sprint started without a goal',
        observation: 'Harbour Sprint 42 had no sprint goal.',
        evidence: { issueKeys: [], sprintIds: [42], people: [], dates: ['2026-10-26T09:00:00.000+0000'] },
        question: 'What outcome would make the next sprint worth it?',
        rule: 'a sprint of the last 3 started with an empty goal',
      },
    ],
    silentSignals: [{ id: 'absent-po', reason: 'The Product Owner has been active on the backlog this sprint.' }],
    notApplicableSignals: [],
    // 100 - 25 (critical) - 10 - 10 (warnings) - 0 (info) = 55: red. Sprints 100 - 25 - 10 - 0 = 65, backlog 90, roles 100.
    score: {
      total: 55,
      trafficLight: 'red',
      provisional: false,
      backlog: 90,
      sprints: 65,
      flow: 100,
      roles: 100,
      deductions: [
        { signalId: 'unprotected-sprint', area: 'sprints', severity: 'critical', points: 25 },
        { signalId: 'unfinished-sprints', area: 'sprints', severity: 'warning', points: 10 },
        { signalId: 'thin-ready-runway', area: 'backlog', severity: 'warning', points: 10 },
      ],
      pointsLost: 45,
      // All 17 signals apply; absent-po could not be checked.
      applicable: 17,
      checked: 16,
      notChecked: [{ signalId: 'absent-po', area: 'roles' }],
      notApplicable: [],
      switchedOff: [],
    },
    // Changed from their defaults: churning-priorities' 0.5 and unfinished-sprints' 0.7.
    customThresholds: [
      { signalId: 'unfinished-sprints', threshold: 'reliabilityBelow', value: 0.6, defaultValue: 0.7 },
      { signalId: 'churning-priorities', threshold: 'top10OverlapBelow', value: 0.4, defaultValue: 0.5 },
    ],
    history: {
      points: [PREVIOUS_POINT, CURRENT_POINT],
      // Raised: thin-ready-runway (new warning), missing-sprint-goal (new info); cleared: frozen-backlog (info);
      // moved: score 65 -> 55, readiness 50% -> 25%, runway 1.2 -> 0.5 sprints, top 10 kept 70% -> 60%,
      // size 22 -> 24 items, reliability 85% -> 58%; interleaving reads 43% both times.
      changes: {
        since: PREVIOUS_POINT.computedAt,
        raised: [
          { id: 'missing-sprint-goal', title: 'Sprints without a goal', severity: 'info', before: null },
          { id: 'thin-ready-runway', title: 'Little ready work ahead', severity: 'warning', before: null },
        ],
        cleared: [{ id: 'frozen-backlog', title: 'Backlog order not moving', severity: 'info', after: null }],
        figures: [
          { id: 'healthScore', before: 65, after: 55 },
          { id: 'readiness', before: 0.5, after: 0.25 },
          { id: 'readyRunway', before: 1.2, after: 5 / 9.5 },
          { id: 'top10Kept', before: 0.7, after: 0.6 },
          { id: 'backlogSize', before: 22, after: 24 },
          { id: 'commitmentReliability', before: 11 / 13, after: 7 / 12 },
        ],
      },
    },
    dataQuality: [{ code: 'unknown-status', message: 'A status in the history no longer exists; resolution was used instead.', issueKey: 'HARB-99' }],
    partial: null,
  };
}

const SPRINT_SIGNALS = ['unfinished-sprints', 'chronic-carry-over', 'unprotected-sprint', 'missing-sprint-goal', 'timebox-drift', 'lingering-impediments', 'done-reopened'];

/** A second, healthier project for portfolio tests: a Kanban board (no sprints), no signals. */
export function makeKanbanReport(): Report {
  const base = makeReport();
  return {
    ...base,
    project: { key: 'FLOW', name: 'Flow Support' },
    board: { id: 9, name: 'FLOW board', type: 'kanban', projectKey: 'FLOW' },
    capabilities: { sprints: false, backlog: true, estimates: false, runsSprints: false, limitations: ['This board has no sprints, so sprint figures cannot be shown.'] },
    sprints: null,
    backlog: { ...base.backlog!, readyRunwaySprints: null, ordering: { ...base.backlog!.ordering, top10Overlap: null, weekAgo: null }, technical: { ...base.backlog!.technical, interleaving: 0.5 } },
    // A young board: 10 items over 4 weeks of history, too little to forecast from.
    flow: {
      ...base.flow!,
      throughput: { ...base.flow!.throughput, weeksOfHistory: 4, perWeek: 2.5 },
      forecast: { ...base.flow!.forecast, basis: 'weeks', periodDays: 7, history: [], unavailable: 'The board has 4 full weeks of history; a forecast needs at least 6.', when: [], howMany: [], runningSprint: null },
    },
    signals: [],
    silentSignals: [],
    notApplicableSignals: SPRINT_SIGNALS.map((id) => ({ id, reason: 'This board runs no sprints (it is a Kanban board), so a rule about sprints does not apply to it.' })),
    // The 7 sprint signals do not apply; the other 13 were all checked and stayed quiet.
    score: {
      total: 100, trafficLight: 'green', provisional: false, backlog: 100, sprints: null, flow: 100, roles: 100, deductions: [], pointsLost: 0,
      applicable: 13, checked: 13, notChecked: [], notApplicable: SPRINT_SIGNALS.map((signalId) => ({ signalId, area: 'sprints' as const })), switchedOff: [],
    },
    customThresholds: [],
    // Its first report: one point, nothing to compare with.
    history: {
      points: [{ computedAt: base.computedAt, total: 100, provisional: false, trafficLight: 'green', pointsLost: 0, signals: [], figures: { healthScore: 100, backlogSize: 24 } }],
      changes: null,
    },
    dataQuality: [],
  };
}

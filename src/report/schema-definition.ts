/**
 * The JSON Schema (draft 2020-12) of Report (src/domain/report.ts). docs/report.schema.json is this
 * object written out (a test keeps the two equal). Objects of the report engine are strict
 * (additionalProperties false); the backlog section, built elsewhere, checks its required fields
 * but tolerates additions.
 */
import { REPORT_SCHEMA_VERSION } from '../domain/report';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const num = { type: 'number' } as const;
const nullableNum = { type: ['number', 'null'] } as const;
const int = { type: 'integer' } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const bool = { type: 'boolean' } as const;
const date = { type: 'string', minLength: 1 } as const;
const nullableDate = { type: ['string', 'null'], minLength: 1 } as const;
const strings = { type: 'array', items: str } as const;
const ints = { type: 'array', items: int } as const;
const ratio = { type: ['number', 'null'], minimum: 0 } as const;
const area = { enum: ['backlog', 'sprints', 'roles'] } as const;
const severity = { enum: ['info', 'warning', 'critical'] } as const;

/** A strict object: every listed property required unless named optional. */
function object(properties: Record<string, unknown>, optional: string[] = [], strict = true) {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: !strict,
  };
}

const issueSet = object({ issues: strings, points: nullableNum });
const byPerson = { type: 'array', items: object({ accountId: nullableStr, changes: int }) };

const goalAtStart = object({ goal: nullableStr, source: { enum: ['observed', 'later', 'current'] }, observedAt: nullableDate });
const flagPeriods = { type: 'array', items: object({ issueKey: str, from: date, to: nullableDate, workingDays: int }) };
const personChanges = { type: 'array', items: object({ issueKey: str, at: date, by: str }) };

const sprintFigures = object({
  id: int,
  name: str,
  state: { enum: ['future', 'active', 'closed'] },
  startDate: nullableDate,
  endDate: nullableDate,
  completeDate: nullableDate,
  goal: nullableStr,
  committed: { $ref: '#/$defs/issueSet' },
  added: { $ref: '#/$defs/issueSet' },
  removed: { $ref: '#/$defs/issueSet' },
  completed: { $ref: '#/$defs/issueSet' },
  notCompleted: { $ref: '#/$defs/issueSet' },
  doneBeforeStart: { $ref: '#/$defs/issueSet' },
  commitmentReliability: ratio,
  completionRate: ratio,
  scopeChurn: ratio,
  carryOver: ratio,
  estimateChanges: { type: 'array', items: object({ issueKey: str, from: nullableNum, to: nullableNum, at: date, by: nullableStr }) },
  scopeChanges: { type: 'array', items: object({ issueKey: str, change: { enum: ['added', 'removed'] }, at: date, by: nullableStr }) },
  subtasks: object({ committed: strings, added: strings, completed: strings, notCompleted: strings }),
  plannedWorkingDays: nullableInt,
  lateWorkingDays: nullableInt,
  impediments: flagPeriods,
  reopened: { type: 'array', items: object({ issueKey: str, at: date, by: nullableStr }) },
  goalAtStart: { $ref: '#/$defs/goalAtStart' },
  goalChangedAfterStart: { type: ['boolean', 'null'] },
});

const sprintSection = object({
  closed: { type: 'array', items: { $ref: '#/$defs/sprintFigures' } },
  active: {
    oneOf: [
      { type: 'null' },
      object({
        id: int, name: str, startDate: nullableDate, endDate: nullableDate, goal: nullableStr, issueCount: int,
        goalAtStart: { $ref: '#/$defs/goalAtStart' }, goalChangedAfterStart: { type: ['boolean', 'null'] }, impediments: flagPeriods,
      }),
    ],
  },
  futureCount: int,
  trend: {
    type: 'array',
    items: object({ sprintId: int, name: str, commitmentReliability: ratio, completionRate: ratio, scopeChurn: ratio, carryOver: ratio }),
  },
  carryOverChains: { type: 'array', items: object({ issueKey: str, summary: str, sprintIds: ints, done: bool }) },
  scopeChangers: { type: 'array', items: object({ accountId: nullableStr, added: int, removed: int }) },
  recentlyStarted: { type: 'array', items: object({ sprintId: int, name: str, startDate: date, goalAtStart: { $ref: '#/$defs/goalAtStart' } }) },
});

const loose = (properties: Record<string, unknown>) => object(properties, [], false);

const backlogSection = loose({
  size: int,
  capacity: loose({ value: nullableNum, unit: { enum: ['points', 'issues'] }, sprintIds: ints }),
  nearTerm: { type: 'array', items: loose({ key: str, summary: str, estimate: nullableNum, technical: bool, failedChecks: strings }) },
  readiness: ratio,
  readyRunwaySprints: nullableNum,
  overSpecification: loose({ share: ratio, distantCount: int, detailedKeys: strings }),
  ordering: loose({
    rbo7: nullableNum,
    rbo28: nullableNum,
    top10Overlap: nullableNum,
    history: { type: 'array', items: loose({ date: date, rbo7: nullableNum, top10Overlap: nullableNum }) },
    rankChangesPerWeekNearTerm: num,
    rankers: byPerson,
    distinctRankers: int,
    topRankerShare: nullableNum,
    lastRerankAt: nullableDate,
    snapshotCount: int,
    rankFieldFound: bool,
  }),
  technical: loose({
    technicalCount: int,
    functionalCount: int,
    interleaving: nullableNum,
    runs: loose({ observed: num, expected: nullableNum, z: nullableNum }),
    quota: loose({ detected: bool, shares: { type: 'array', items: loose({ sprintId: int, share: nullableNum }) }, mean: nullableNum }),
    medianAgeDays: loose({ technical: nullableNum, functional: nullableNum }),
  }),
  strip: { type: 'array', items: loose({ key: str, technical: bool, ready: bool }) },
  depthSprints: nullableNum,
  stale: loose({ count: int, keys: strings }),
  newItems: loose({ windowDays: int, keys: strings }),
});

const rolesSection = object({
  productOwners: strings,
  scrumMasters: strings,
  actingBacklogOwner: nullableStr,
  rankChangesBy: byPerson,
  assigneeChangesBy: byPerson,
  lastPoBacklogActivity: nullableDate,
  productOwnerAssignments: personChanges,
  scrumMasterRankChanges: personChanges,
});

const signal = object({
  id: str,
  role: { $ref: '#/$defs/role' },
  alsoFor: { type: 'array', items: { $ref: '#/$defs/role' } },
  area,
  severity,
  title: str,
  observation: str,
  evidence: object({ issueKeys: strings, sprintIds: ints, people: strings, dates: { type: 'array', items: date } }),
  question: str,
  rule: str,
});

const subScore = { type: ['integer', 'null'], minimum: 0, maximum: 100 } as const;
const healthScore = object({
  total: subScore,
  trafficLight: { enum: ['green', 'amber', 'red', null] },
  backlog: subScore,
  sprints: subScore,
  roles: subScore,
  deductions: { type: 'array', items: object({ signalId: str, area, severity, points: int }) },
  notChecked: { type: 'array', items: object({ signalId: str, area }) },
});

const dataQualityNote = object({ code: str, message: str, issueKey: str, sprintId: int, fieldId: str }, ['issueKey', 'sprintId', 'fieldId']);

export const reportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://backlog-health.example/report.schema.json',
  title: 'Backlog health report',
  description: 'One project board analysed: sprints, backlog, roles, signals and the health score. Ratios are null when their denominator is zero.',
  ...object({
    schemaVersion: { const: REPORT_SCHEMA_VERSION },
    computedAt: date,
    site: str,
    project: object({ key: str, name: str }),
    board: { oneOf: [{ type: 'null' }, object({ id: int, name: str, type: { enum: ['scrum', 'kanban', 'simple'] }, projectKey: nullableStr })] },
    capabilities: object({ sprints: bool, backlog: bool, estimates: bool, limitations: strings }),
    sprints: { oneOf: [{ type: 'null' }, { $ref: '#/$defs/sprintSection' }] },
    backlog: { oneOf: [{ type: 'null' }, { $ref: '#/$defs/backlogSection' }] },
    roles: { $ref: '#/$defs/rolesSection' },
    people: { type: 'object', additionalProperties: object({ displayName: str, avatarUrl: nullableStr }) },
    signals: { type: 'array', items: { $ref: '#/$defs/signal' } },
    silentSignals: { type: 'array', items: object({ id: str, reason: str }) },
    score: { $ref: '#/$defs/healthScore' },
    dataQuality: { type: 'array', items: { $ref: '#/$defs/dataQualityNote' } },
    partial: { oneOf: [{ type: 'null' }, object({ reason: str })] },
  }),
  $defs: { role: { enum: ['PO', 'SM', 'team'] }, issueSet, goalAtStart, sprintFigures, sprintSection, backlogSection, rolesSection, signal, healthScore, dataQualityNote },
};

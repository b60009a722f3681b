/**
 * One board with three sprints and a hand-written history per issue, each issue one scenario.
 * Expected figures are worked out by hand in reconstruct.test.ts.
 */
import {
  DOING_STATUS, DONE_STATUS, S1, S2, S3, STATUS, boardData, flagChange, issue, pointsChange, resolutionChange, sprint, sprintChange, statusChange,
} from './fixtures';

const S4 = sprint(4, null, null, null, { state: 'future' });

export const scenarioIssues = [
  // A: created straight into sprint 1, done during it; flagged Tue 6 Jan 09:00 to Fri 9 Jan 09:00.
  issue('APP-1', {
    sprintIds: [1], estimate: 3, status: DONE_STATUS,
    changelog: [flagChange('2026-01-06T09:00:00.000+0000', true), flagChange('2026-01-09T09:00:00.000+0000', false), statusChange('2026-01-10T10:00:00.000+0000', STATUS.todo, STATUS.done)],
  }),
  // B: added to sprint 1 after its start by olga, carried to sprint 2, done there.
  issue('APP-2', {
    sprintIds: [1, 2], estimate: 2, status: DONE_STATUS,
    changelog: [
      sprintChange('2026-01-07T10:00:00.000+0000', '', '1', 'olga'),
      sprintChange('2026-01-16T17:01:00.000+0000', '1', '1, 2'),
      statusChange('2026-01-22T10:00:00.000+0000', STATUS.todo, STATUS.done),
    ],
  }),
  // C: in sprint 1 from creation, removed by sam on 8 Jan.
  issue('APP-3', { sprintIds: [], estimate: 5, changelog: [sprintChange('2026-01-08T10:00:00.000+0000', '1', '', 'sam')] }),
  // D: carried over through sprints 1, 2 and 3; the field lists the ids in varying order.
  issue('APP-4', {
    sprintIds: [1, 2, 3, 4], estimate: 1, status: DOING_STATUS,
    changelog: [
      sprintChange('2026-01-16T17:01:00.000+0000', '1', '1, 2'),
      sprintChange('2026-02-03T17:01:00.000+0000', '2, 1', '1, 2, 3'),
      sprintChange('2026-02-13T17:01:00.000+0000', '3, 2, 1', '4, 1, 3, 2'),
    ],
  }),
  // E: re-estimated from 3 to 8 during sprint 1, then done.
  issue('APP-5', {
    sprintIds: [1], estimate: 8, status: DONE_STATUS,
    changelog: [pointsChange('2026-01-08T11:00:00.000+0000', '3', '8', 'sam'), statusChange('2026-01-15T10:00:00.000+0000', STATUS.todo, STATUS.done)],
  }),
  // F: done before sprint 1 started.
  issue('APP-6', { sprintIds: [1], estimate: 2, status: DONE_STATUS, changelog: [statusChange('2026-01-02T10:00:00.000+0000', STATUS.todo, STATUS.done)] }),
  // G: done, reopened by qa during the sprint, done again.
  issue('APP-7', {
    sprintIds: [1], estimate: 1, status: DONE_STATUS,
    changelog: [
      statusChange('2026-01-09T10:00:00.000+0000', STATUS.todo, STATUS.done),
      statusChange('2026-01-12T10:00:00.000+0000', STATUS.done, STATUS.doing, 'qa'),
      statusChange('2026-01-14T10:00:00.000+0000', STATUS.doing, STATUS.done),
    ],
  }),
  // H: completed in sprint 1, reopened by qa after it closed.
  issue('APP-8', {
    sprintIds: [1], estimate: 1, status: DOING_STATUS,
    changelog: [statusChange('2026-01-13T10:00:00.000+0000', STATUS.todo, STATUS.done), statusChange('2026-01-20T10:00:00.000+0000', STATUS.done, STATUS.doing, 'qa')],
  }),
  // I: a sub-task in sprint 1, done during it.
  issue('APP-9', {
    sprintIds: [1], issueType: { id: '10003', name: 'Sub-task', subtask: true, hierarchyLevel: -1 }, parentKey: 'APP-1', status: DONE_STATUS,
    changelog: [statusChange('2026-01-12T10:00:00.000+0000', STATUS.todo, STATUS.done)],
  }),
  // J: moved to status 99 (since deleted by a workflow migration) and resolved at the same moment: done.
  issue('APP-10', {
    sprintIds: [1], estimate: 2, status: DONE_STATUS, resolutionDate: '2026-01-13T10:00:00.000+0000',
    changelog: [statusChange('2026-01-13T10:00:00.000+0000', STATUS.todo, STATUS.retiredDone), resolutionChange('2026-01-13T10:00:00.000+0000', true)],
  }),
  // K: moved to status 99 without a resolution: not done; flagged from Wed 14 Jan 10:00 to the end.
  issue('APP-11', {
    sprintIds: [1], estimate: 3, status: DOING_STATUS, flagged: true,
    changelog: [statusChange('2026-01-14T10:00:00.000+0000', STATUS.todo, STATUS.retiredDone), flagChange('2026-01-14T10:00:00.000+0000', true)],
  }),
  // L: added to sprint 1 after its start by olga (Fri 9 Jan), estimated 4, done during it.
  issue('APP-12', {
    sprintIds: [1], estimate: 4, status: DONE_STATUS,
    changelog: [sprintChange('2026-01-09T10:00:00.000+0000', '', '1', 'olga'), statusChange('2026-01-13T11:00:00.000+0000', STATUS.todo, STATUS.done)],
  }),
];

export const scenarioData = boardData(scenarioIssues, [S1, S2, S3, S4]);

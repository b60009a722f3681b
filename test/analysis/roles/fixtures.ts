/** A board in its fifth sprint, with rank, assignee and sprint changes by the PO (paula), SM (sam) and others. */
import { assigneeChange, boardData, issue, rankChange, sprint, sprintChange, S1, statusChange, STATUS, DONE_STATUS } from '../sprints/fixtures';

export const NOW = new Date('2026-02-20T12:00:00.000Z');
export const ACTIVE = sprint(5, '2026-02-16T09:00:00.000+0000', '2026-02-27T17:00:00.000+0000', null);
export const FUTURE = sprint(6, null, null, null, { state: 'future' });

export const rolesIssues = [
  // In the active sprint: paula assigns it (counts as a sprint-item assignment), sam moved it in.
  issue('R-1', {
    sprintIds: [5],
    changelog: [sprintChange('2026-02-13T10:00:00.000+0000', '', '5', 'sam'), assigneeChange('2026-02-17T10:00:00.000+0000', null, 'dev', 'paula')],
  }),
  // Backlog item: ranked by paula (3 times), sam (2), olga (1) in the window; 5 old ranks by olga outside it.
  issue('R-2', {
    changelog: [
      ...['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04', '2025-09-05'].map((d) => rankChange(`${d}T10:00:00.000+0000`, 'olga')),
      rankChange('2026-02-10T10:00:00.000+0000', 'paula'),
      rankChange('2026-02-11T10:00:00.000+0000', 'paula'),
      rankChange('2026-02-18T10:00:00.000+0000', 'paula'),
      rankChange('2026-02-12T10:00:00.000+0000', 'sam'),
      rankChange('2026-02-12T11:00:00.000+0000', 'sam'),
      rankChange('2026-02-12T12:00:00.000+0000', 'olga'),
      // an assignment on a backlog item: not a sprint item
      assigneeChange('2026-02-12T13:00:00.000+0000', null, 'dev', 'paula'),
    ],
  }),
  // In a future sprint: sam's assignment does not count; paula planning it into the next sprint is backlog work.
  issue('R-3', { sprintIds: [6], changelog: [sprintChange('2026-02-09T10:00:00.000+0000', '', '6', 'paula'), assigneeChange('2026-02-14T10:00:00.000+0000', null, 'dev', 'sam')] }),
  // In sprint 1 while it ran: dev's assignment counts (a closed sprint's item at the time).
  issue('R-4', {
    sprintIds: [1], status: DONE_STATUS,
    changelog: [assigneeChange('2026-01-07T10:00:00.000+0000', null, 'dev', 'dev'), statusChange('2026-01-09T10:00:00.000+0000', STATUS.todo, STATUS.done)],
  }),
  // Planned into sprint 5 by sam; paula assigns it at planning, an hour before the start: counts.
  issue('R-6', {
    sprintIds: [5],
    changelog: [sprintChange('2026-02-13T10:00:00.000+0000', '', '5', 'sam'), assigneeChange('2026-02-16T08:00:00.000+0000', null, 'dev', 'paula')],
  }),
  // paula re-ranks an item inside the running sprint on 19 Feb: not backlog activity.
  issue('R-5', { sprintIds: [5], changelog: [rankChange('2026-02-19T10:00:00.000+0000', 'paula')] }),
];

export const rolesData = boardData(rolesIssues, [S1, ACTIVE, FUTURE]);

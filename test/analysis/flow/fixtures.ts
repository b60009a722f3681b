/**
 * A Kanban board written out by hand for the flow figures (docs/metrics.md, "Flow"). Its columns map
 * several statuses each: To Do (Backlog, Selected), Doing (In Progress, Blocked), Review, Testing
 * (QA, a status of the To Do category) and Done (Done, Closed); Parked is on no column.
 *
 * Now is Wednesday 4 March 2026, 12:00 UTC: the current ISO week starts Monday 2 March, the 12
 * full weeks before it run from Monday 8 December 2025 to Sunday 1 March 2026, and the 90-day
 * window from 4 December 2025, 12:00.
 *
 * | item | what happens | figures |
 * |---|---|---|
 * | A-1 | Backlog 2 Feb; In Progress 3 Feb; Review 5 Feb; Done 6 Feb | cycle 3..6 Feb = 4 days |
 * | A-2 | Backlog 9 Feb; In Progress 10 Feb; Review 11 Feb; back to In Progress 12 Feb; Review 16 Feb; Done 17 Feb | cycle 10..17 Feb = 8 days; moved backward |
 * | A-3 | Backlog 26 Jan; In Progress 27 Jan; Done 29 Jan; reopened to In Progress 18 Feb; Done 20 Feb | cycle 27 Jan..20 Feb = 25 days (the reopen does not reset the start); moved after done |
 * | A-4 | Backlog 23 Feb; Done 24 Feb | finished without start |
 * | A-5 | Selected 2 Feb; Blocked 25 Feb, still | in progress, age 25 Feb..4 Mar = 8 days |
 * | A-6 | Backlog 16 Feb; QA (Testing) 2 Mar, still | in progress only when the settings name the Testing column: age 3 days |
 * | A-7 | Backlog 16 Feb; Parked 20 Feb, still | on no column from 20 Feb |
 * | A-8 | Backlog 1 Oct 2025; In Progress 2 Oct; Done 10 Oct | before the windows |
 * | A-9 | created In Progress 5 Jan; Done 7 Jan | cycle 5..7 Jan = 3 days |
 * | A-10 | a sub-task | not counted |
 * | A-11 | an epic, In Progress since January | not counted |
 * | A-12 | Backlog 1 Dec 2025; In Progress 8 Dec; Closed 10 Dec | cycle 8..10 Dec = 3 days |
 */
import type { BoardData, Issue } from '../../../src/domain/types';
import { boardData, issue, statusChange } from '../sprints/fixtures';

export const NOW = new Date('2026-03-04T12:00:00.000Z');

export const S = { backlog: '1', selected: '2', doing: '3', blocked: '4', review: '5', done: '6', closed: '7', parked: '8', qa: '9' } as const;

const CATEGORIES = { '1': 'new', '2': 'new', '3': 'indeterminate', '4': 'indeterminate', '5': 'indeterminate', '6': 'done', '7': 'done', '8': 'new', '9': 'new' } as const;
const NAMES: Record<string, string> = { '1': 'Backlog', '2': 'Selected', '3': 'In Progress', '4': 'Blocked', '5': 'Review', '6': 'Done', '7': 'Closed', '8': 'Parked', '9': 'QA' };

export const COLUMNS = [
  { name: 'To Do', statusIds: [S.backlog, S.selected] },
  { name: 'Doing', statusIds: [S.doing, S.blocked] },
  { name: 'Review', statusIds: [S.review] },
  { name: 'Testing', statusIds: [S.qa] },
  { name: 'Done', statusIds: [S.done, S.closed] },
];

const at = (day: string, time = '10:00') => `${day}T${time}:00.000+0000`;

/** An item created at `created` in `first`, then moved through each [day, status] in turn. */
function item(key: string, created: string, first: string, moves: [string, string][], overrides: Partial<Issue> = {}): Issue {
  const changelog = [];
  let from = first;
  for (const [when, to] of moves) {
    changelog.push(statusChange(when, from, to));
    from = to;
  }
  return issue(key, {
    created,
    status: { id: from, name: NAMES[from], category: CATEGORIES[from as keyof typeof CATEGORIES] },
    changelog,
    ...overrides,
  });
}

export function flowIssues(): Issue[] {
  return [
    item('A-1', at('2026-02-02', '09:00'), S.backlog, [[at('2026-02-03'), S.doing], [at('2026-02-05'), S.review], [at('2026-02-06', '15:00'), S.done]]),
    item('A-2', at('2026-02-09', '09:00'), S.backlog, [
      [at('2026-02-10', '09:00'), S.doing], [at('2026-02-11'), S.review], [at('2026-02-12'), S.doing], [at('2026-02-16'), S.review], [at('2026-02-17'), S.done],
    ]),
    item('A-3', at('2026-01-26', '09:00'), S.backlog, [[at('2026-01-27', '09:00'), S.doing], [at('2026-01-29'), S.done], [at('2026-02-18', '09:00'), S.doing], [at('2026-02-20', '16:00'), S.done]]),
    item('A-4', at('2026-02-23', '09:00'), S.backlog, [[at('2026-02-24', '11:00'), S.done]]),
    item('A-5', at('2026-02-02', '09:00'), S.selected, [[at('2026-02-25', '09:00'), S.blocked]]),
    item('A-6', at('2026-02-16', '09:00'), S.backlog, [[at('2026-03-02'), S.qa]]),
    item('A-7', at('2026-02-16', '09:00'), S.backlog, [[at('2026-02-20'), S.parked]]),
    item('A-8', at('2025-10-01', '09:00'), S.backlog, [[at('2025-10-02'), S.doing], [at('2025-10-10'), S.done]]),
    item('A-9', at('2026-01-05', '09:00'), S.doing, [[at('2026-01-07'), S.done]]),
    item('A-10', at('2026-02-02', '09:00'), S.doing, [[at('2026-02-03'), S.done]], { issueType: { id: '10006', name: 'Sub-task', subtask: true, hierarchyLevel: -1 } }),
    item('A-11', at('2026-01-02', '09:00'), S.backlog, [[at('2026-01-05'), S.doing]], { issueType: { id: '10000', name: 'Epic', subtask: false, hierarchyLevel: 1 } }),
    item('A-12', at('2025-12-01', '09:00'), S.backlog, [[at('2025-12-08', '09:00'), S.doing], [at('2025-12-10', '12:00'), S.closed]]),
  ];
}

export function flowBoard(issues: Issue[] = flowIssues()): BoardData {
  return boardData(issues, [], {
    board: { id: 5, name: 'A board', type: 'kanban', projectKey: 'A' },
    project: { key: 'A', name: 'Flow test' },
    config: { boardId: 5, estimation: { type: 'none' }, rankFieldId: null, columns: COLUMNS, doneColumnStatusIds: [S.done, S.closed] },
    statusCategories: { ...CATEGORIES },
  });
}

/**
 * The fewest requests Jira needs to hand over one Scrum project's data as the app reads it: a
 * lower bound computed from the data itself, to compare the requests really made against.
 *
 *   minimum = boardPages + 1 (board configuration) + 1 (fields) + 1 (statuses) + sprintPages
 *           + searchPages + changelogPages
 *   boardPages     = max(1, ceil(boards of the project / 50))            agile pages hold 50
 *   sprintPages    = max(1, ceil(sprints of the board / 50))             (0 for a Kanban board)
 *   searchPages    = max(1, ceil(issues / 100))                          search/jql gives 100 a page when fields are asked for
 *   changelogPages = max(ceil(issues / 1000), ceil(histories / 10000))   bulkfetch takes 1000 issues and gives 10000 histories a page
 *                    (0 without issues)
 * where `histories` counts the histories with at least one item in the fields the app asks for
 * (Jira leaves out the others). It is a bound, not a plan: it assumes every page is full, which no
 * client can arrange without knowing each issue's history length beforehand.
 */
import type { Workspace } from '../workspace';

export const AGILE_PAGE = 50;
export const SEARCH_PAGE_WITH_FIELDS = 100;
export const CHANGELOG_ISSUES_PER_REQUEST = 1000;
export const CHANGELOG_HISTORIES_PER_PAGE = 10000;

export interface MinimumInput {
  boards: number;
  sprints: number;
  kanban: boolean;
  issues: number;
  /** Histories holding at least one item of the requested fields. */
  histories: number;
}

export interface MinimumBreakdown {
  boardPages: number;
  boardConfiguration: number;
  fields: number;
  statuses: number;
  sprintPages: number;
  searchPages: number;
  changelogPages: number;
  total: number;
}

export function minimumRequests(input: MinimumInput): MinimumBreakdown {
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === 'number' && (!Number.isInteger(value) || value < 0)) throw new Error(`${name} must be a whole number of at least 0 (got ${value}).`);
  }
  const boardPages = Math.max(1, Math.ceil(input.boards / AGILE_PAGE));
  const sprintPages = input.kanban ? 0 : Math.max(1, Math.ceil(input.sprints / AGILE_PAGE));
  const searchPages = Math.max(1, Math.ceil(input.issues / SEARCH_PAGE_WITH_FIELDS));
  const changelogPages = input.issues === 0 ? 0 : Math.max(Math.ceil(input.issues / CHANGELOG_ISSUES_PER_REQUEST), Math.ceil(input.histories / CHANGELOG_HISTORIES_PER_PAGE));
  const parts = { boardPages, boardConfiguration: 1, fields: 1, statuses: 1, sprintPages, searchPages, changelogPages };
  return { ...parts, total: Object.values(parts).reduce((a, b) => a + b, 0) };
}

/** The MinimumInput of one project's board in a workspace, counting histories that touch `changelogFieldIds`. */
export function minimumInputFor(workspace: Workspace, projectKey: string, boardId: number, changelogFieldIds: string[]): MinimumInput {
  const board = workspace.boards.find((b) => b.id === boardId);
  if (!board) throw new Error(`Board ${boardId} is not in the workspace.`);
  const wanted = new Set(changelogFieldIds);
  const issues = workspace.issues.filter((i) => i.projectKey === projectKey);
  let histories = 0;
  for (const issue of issues) for (const h of issue.changelog) if (h.items.some((item) => wanted.has(item.fieldId))) histories += 1;
  return {
    boards: workspace.boards.filter((b) => b.projectKey === projectKey).length,
    sprints: workspace.sprints.filter((s) => s.originBoardId === boardId).length,
    kanban: board.type === 'kanban',
    issues: issues.length,
    histories,
  };
}

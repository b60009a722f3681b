/**
 * Jira Software agile 1.0: boards of a project, a board's configuration, a board's sprints.
 * A board the caller cannot see (its project is not browsable) answers 404, as Jira does.
 */
import type { WsBoard, WsSprint } from '../../workspace';
import { badRequest, notFound } from '../errors';
import { intParam, offsetPage, pageSizeParam } from '../paging';
import type { HandlerContext, HandlerResult } from './context';

const AGILE_PAGE_CAP = 50;
const SPRINT_STATE_ORDER: Record<WsSprint['state'], number> = { closed: 0, active: 1, future: 2 };

function visibleBoard(ctx: HandlerContext): WsBoard {
  const raw = ctx.params.boardId;
  const id = Number(raw);
  const board = /^\d+$/.test(raw) ? ctx.index.boardsById.get(id) : undefined;
  if (!board || !ctx.browsable.has(board.projectKey.toUpperCase())) {
    throw notFound(`The board ${raw} does not exist or you do not have permission to see it.`);
  }
  return board;
}

function boardJson(board: WsBoard, ctx: HandlerContext) {
  const project = ctx.index.project(board.projectKey);
  return {
    id: board.id,
    self: `${ctx.baseUrl}/rest/agile/1.0/board/${board.id}`,
    name: board.name,
    type: board.type,
    location: {
      projectId: project ? Number(project.id) : undefined,
      projectKey: board.projectKey,
      projectName: project?.name,
      displayName: project ? `${project.name} (${project.key})` : board.projectKey,
      name: project ? `${project.name} (${project.key})` : board.projectKey,
      projectTypeKey: 'software',
    },
  };
}

/** GET /rest/agile/1.0/board?projectKeyOrId=&type=&name=&startAt=&maxResults= */
export function listBoards(ctx: HandlerContext): HandlerResult {
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = pageSizeParam(ctx.query, 50);
  let boards = ctx.index.workspace.boards.filter((b) => ctx.browsable.has(b.projectKey.toUpperCase()));
  const projectKeyOrId = ctx.query.get('projectKeyOrId');
  if (projectKeyOrId) {
    const project = ctx.index.project(projectKeyOrId);
    if (!project || !ctx.browsable.has(project.key.toUpperCase())) {
      throw badRequest(`No project could be found with key or id '${projectKeyOrId}'.`);
    }
    boards = boards.filter((b) => b.projectKey.toUpperCase() === project.key.toUpperCase());
  }
  const types = ctx.query.get('type');
  if (types) {
    const wanted = new Set(types.split(',').map((t) => t.trim().toLowerCase()));
    boards = boards.filter((b) => wanted.has(b.type));
  }
  const name = ctx.query.get('name');
  if (name) boards = boards.filter((b) => b.name.toLowerCase().includes(name.toLowerCase()));
  boards = [...boards].sort((a, b) => a.id - b.id);
  const page = offsetPage(boards, startAt, maxResults, AGILE_PAGE_CAP);
  return { body: { ...page, values: page.values.map((b) => boardJson(b, ctx)) } };
}

/** Custom field ids look like "customfield_10019"; the configuration gives the number only. */
function customFieldNumber(fieldId: string): number | undefined {
  const match = /^customfield_(\d+)$/.exec(fieldId);
  return match ? Number(match[1]) : undefined;
}

/** GET /rest/agile/1.0/board/{boardId}/configuration (BoardConfigBean) */
export function boardConfiguration(ctx: HandlerContext): HandlerResult {
  const board = visibleBoard(ctx);
  const statusSelf = (id: string) => `${ctx.baseUrl}/rest/api/3/status/${id}`;
  const body: Record<string, unknown> = {
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${ctx.baseUrl}/rest/agile/1.0/board/${board.id}/configuration`,
    location: { type: 'project', projectKeyOrId: board.projectKey },
    filter: { id: String(10000 + board.id), self: `${ctx.baseUrl}/rest/api/3/filter/${10000 + board.id}` },
    columnConfig: {
      columns: board.columns.map((c) => ({ name: c.name, statuses: c.statusIds.map((id) => ({ id, self: statusSelf(id) })) })),
      constraintType: 'none',
    },
    ranking: { rankCustomFieldId: customFieldNumber(board.rankFieldId) },
  };
  if (board.type === 'kanban') {
    body.subQuery = { query: 'resolution = EMPTY OR resolution changed after -2w' };
  }
  // Estimation: Kanban boards carry none; scrum boards estimate by a field or by issue count.
  if (board.type !== 'kanban') {
    if (board.estimationFieldId === null) body.estimation = { type: 'issueCount' };
    else if (board.estimationFieldId === 'none') body.estimation = { type: 'none' };
    else {
      const field = ctx.index.workspace.fields.find((f) => f.id === board.estimationFieldId);
      body.estimation = { type: 'field', field: { fieldId: board.estimationFieldId, displayName: field?.name ?? board.estimationFieldId } };
    }
  }
  return { body };
}

function sprintJson(sprint: WsSprint, ctx: HandlerContext) {
  const json: Record<string, unknown> = {
    id: sprint.id,
    self: `${ctx.baseUrl}/rest/agile/1.0/sprint/${sprint.id}`,
    state: sprint.state,
    name: sprint.name,
  };
  if (sprint.startDate) json.startDate = sprint.startDate;
  if (sprint.endDate) json.endDate = sprint.endDate;
  if (sprint.completeDate) json.completeDate = sprint.completeDate;
  json.createdDate = sprint.createdDate;
  json.originBoardId = sprint.originBoardId;
  if (sprint.goal !== undefined) json.goal = sprint.goal;
  return json;
}

/** GET /rest/agile/1.0/board/{boardId}/sprint?state=&startAt=&maxResults= */
export function boardSprints(ctx: HandlerContext): HandlerResult {
  const board = visibleBoard(ctx);
  if (board.type === 'kanban') throw badRequest('The board does not support sprints');
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = pageSizeParam(ctx.query, 50);
  const stateParam = ctx.query.get('state');
  let states: Set<string> | null = null;
  if (stateParam) {
    states = new Set(stateParam.split(',').map((s) => s.trim().toLowerCase()));
    for (const s of states) {
      if (!(s in SPRINT_STATE_ORDER)) throw badRequest(`The sprint state '${s}' is not one of future, active, closed.`);
    }
  }
  // Ordered by state (closed, active, future), then by sprint id (the order they were created).
  const sprints = ctx.index.workspace.sprints
    .filter((s) => s.originBoardId === board.id && (!states || states.has(s.state)))
    .sort((a, b) => SPRINT_STATE_ORDER[a.state] - SPRINT_STATE_ORDER[b.state] || a.id - b.id);
  const page = offsetPage(sprints, startAt, maxResults, AGILE_PAGE_CAP);
  return { body: { ...page, values: page.values.map((s) => sprintJson(s, ctx)) } };
}

/**
 * Readers for Jira Software (agile) answers: board, board configuration and sprint JSON into
 * domain values. Entries too broken to use (no id) are skipped; optional parts default to null.
 */
import type { Board, BoardColumn, BoardConfig, BoardType, Estimation, Sprint, SprintState } from '../domain/types';
import { isRecord } from './raw';

const BOARD_TYPES: readonly BoardType[] = ['scrum', 'kanban', 'simple'];
const SPRINT_STATES: readonly SprintState[] = ['future', 'active', 'closed'];

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A board from GET /rest/agile/1.0/board; null when it has no numeric id. Unknown types read as "simple". */
export function readBoard(value: unknown): Board | null {
  if (!isRecord(value) || typeof value.id !== 'number') return null;
  const type = BOARD_TYPES.includes(value.type as BoardType) ? (value.type as BoardType) : 'simple';
  const location = isRecord(value.location) ? value.location : {};
  return {
    id: value.id,
    name: text(value.name) ?? `Board ${value.id}`,
    type,
    projectKey: text(location.projectKey),
  };
}

function readEstimation(value: unknown): Estimation {
  if (!isRecord(value)) return { type: 'none' };
  if (value.type === 'issueCount') return { type: 'issueCount' };
  if (value.type === 'field' && isRecord(value.field) && text(value.field.fieldId)) {
    const fieldId = value.field.fieldId as string;
    return { type: 'field', fieldId, displayName: text(value.field.displayName) ?? fieldId, source: 'board' };
  }
  return { type: 'none' };
}

function readColumns(value: unknown): BoardColumn[] {
  if (!isRecord(value) || !Array.isArray(value.columns)) return [];
  return value.columns.filter(isRecord).map((column) => ({
    name: text(column.name) ?? '',
    statusIds: Array.isArray(column.statuses)
      ? column.statuses.filter(isRecord).map((s) => s.id).filter((id): id is string => typeof id === 'string')
      : [],
  }));
}

/**
 * GET /rest/agile/1.0/board/{id}/configuration. The rank field id is "customfield_" + ranking.rankCustomFieldId;
 * the done column is the last column that has statuses (as Jira treats it).
 */
export function readBoardConfig(boardId: number, value: unknown): BoardConfig {
  const body = isRecord(value) ? value : {};
  const ranking = isRecord(body.ranking) ? body.ranking : {};
  const columns = readColumns(body.columnConfig);
  const withStatuses = columns.filter((c) => c.statusIds.length > 0);
  return {
    boardId,
    estimation: readEstimation(body.estimation),
    rankFieldId: typeof ranking.rankCustomFieldId === 'number' ? `customfield_${ranking.rankCustomFieldId}` : null,
    columns,
    doneColumnStatusIds: withStatuses.length ? [...withStatuses[withStatuses.length - 1].statusIds] : [],
  };
}

/** A sprint from GET /rest/agile/1.0/board/{id}/sprint; null when it has no id or an unknown state. */
export function readSprint(value: unknown): Sprint | null {
  if (!isRecord(value) || typeof value.id !== 'number') return null;
  if (!SPRINT_STATES.includes(value.state as SprintState)) return null;
  const goal = typeof value.goal === 'string' && value.goal.trim() !== '' ? value.goal.trim() : null;
  return {
    id: value.id,
    name: text(value.name) ?? `Sprint ${value.id}`,
    state: value.state as SprintState,
    startDate: text(value.startDate),
    endDate: text(value.endDate),
    completeDate: text(value.completeDate),
    originBoardId: typeof value.originBoardId === 'number' ? value.originBoardId : null,
    goal,
  };
}

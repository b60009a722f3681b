/**
 * Which board a call is about. A payload may name a board; it must be one of the project's own
 * boards, or the call is refused (otherwise any id would queue refreshes and create records, and a
 * board of another project would be cached as an empty report of this one). The board the project's
 * settings name counts as "the default board", so both share one cache.
 */
import type { ApiError } from '../shared/api';
import { listProjectBoards } from '../jira/load';
import { readProjectSettings } from './project-settings';
import type { HandlerContext } from './handlers';

export async function chosenBoard(c: HandlerContext, projectKey: string, boardId: number | undefined): Promise<{ boardId: number | null } | { error: ApiError }> {
  if (boardId === undefined) return { boardId: null };
  const { settings } = await readProjectSettings(c.stores, projectKey);
  if (settings.boardId === boardId) return { boardId: null };
  const cached = await c.stores.readBoards(projectKey).catch(() => undefined);
  if (cached?.boards.some((board) => board.id === boardId)) return { boardId };
  // Not in the cached list, which may predate a new board: ask Jira, as the user.
  const boards = await listProjectBoards(c.deps.jiraAsUser(c.ctx), projectKey);
  if (boards.some((board) => board.id === boardId)) return { boardId };
  return {
    error: {
      code: 'invalid-input',
      message: `Board ${boardId} is not one of this project's boards, so there is nothing to show or refresh for it here.`,
      fieldErrors: [{ path: '/boardId', message: 'is not a board of this project' }],
    },
  };
}

/**
 * Which board a call is about. A payload may name a board; it must be one of the project's own
 * boards, or the call is refused (otherwise any id would queue refreshes and create records, and a
 * board of another project would be cached as an empty report of this one). The board the project's
 * settings name counts as "the default board", so both share one cache.
 */
import { listProjectBoards } from '../jira/load';
import { CallRefused } from './errors';
import { readProjectSettings } from './project-settings';
import type { ProjectCall } from './types';

/** The board's id, or null for the project's default board; refuses a board that is not the project's. */
export async function chosenBoard(c: ProjectCall, boardId: number | undefined): Promise<number | null> {
  if (boardId === undefined) return null;
  const projectKey = c.project.key;
  const { settings } = await readProjectSettings(c.stores, projectKey);
  if (settings.boardId === boardId) return null;
  const cached = await c.stores.readBoards(projectKey).catch(() => undefined);
  if (cached?.boards.some((board) => board.id === boardId)) return boardId;
  // Not in the cached list, which may predate a new board: ask Jira, as the user.
  const boards = await listProjectBoards(c.deps.jiraAsUser(c.ctx), projectKey);
  if (boards.some((board) => board.id === boardId)) return boardId;
  throw new CallRefused({
    code: 'invalid-input',
    message: `Board ${boardId} is not one of this project's boards, so there is nothing to show or refresh for it here.`,
    fieldErrors: [{ path: '/boardId', message: 'is not a board of this project' }],
  });
}

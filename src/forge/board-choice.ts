/**
 * Which board a call is about, checked as the caller. Boards are listed AS THE CALLER (Jira lists
 * only the boards whose filter is shared with them), so a board only the app can see is neither
 * served in the board picker nor accepted in a payload (otherwise any id would queue refreshes and
 * create records, and a private board's name, sprints, goals and totals would reach anyone who may
 * browse the project). The board the project's settings name counts as "the default board", so both
 * share one cache; a report whose board the caller cannot see is refused.
 */
import type { Board } from '../domain/types';
import type { Report } from '../domain/report';
import { listProjectBoards } from '../jira/load';
import { CallRefused, forbidden } from './errors';
import { readProjectSettings } from './project-settings';
import type { ProjectCall } from './types';

export const HIDDEN_BOARD =
  "This project's report is built from a board that is not shared with you in Jira, so it cannot be shown to you. A project administrator can share the board with you, or choose another board in the settings.";

/** The project's boards as the caller sees them in Jira (one request, within the call's time budget). */
export async function viewerBoards(c: ProjectCall): Promise<Board[]> {
  return listProjectBoards(c.deps.jiraAsUser(c.ctx), c.project.key);
}

/**
 * The board's id, or null for the project's default board; refuses a board that is not one of the
 * project's boards the caller can see. `visible`: the caller's boards, when the call has them already.
 */
export async function chosenBoard(c: ProjectCall, boardId: number | undefined, visible?: Board[]): Promise<number | null> {
  if (boardId === undefined) return null;
  const boards = visible ?? (await viewerBoards(c));
  if (!boards.some((board) => board.id === boardId)) {
    throw new CallRefused({
      code: 'invalid-input',
      message: `Board ${boardId} is not one of this project's boards that you can see, so there is nothing to show or refresh for it here.`,
      fieldErrors: [{ path: '/boardId', message: 'is not a board of this project that you can see' }],
    });
  }
  const { settings } = await readProjectSettings(c.stores, c.project.key);
  return settings.boardId === boardId ? null : boardId;
}

/** Refuses a report built from a board the caller cannot see (the default board may be one). */
export function refuseHiddenBoard(report: Report | undefined, visible: readonly Board[]): void {
  if (report?.board && !visible.some((board) => board.id === report.board?.id)) throw forbidden(HIDDEN_BOARD);
}

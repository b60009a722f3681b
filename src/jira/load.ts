/**
 * Loads everything the analysis needs about one board of one project: see loadBoardData.
 * (Signature published first so other modules can import it; implementation follows.)
 */
import type { Board, BoardData } from '../domain/types';
import type { JiraClient } from './client';

export interface LoadProgress {
  /** 0..1 */
  progress: number;
  message: string;
}

export interface LoadOptions {
  projectKey: string;
  /** Board to analyse; null/undefined = the first Scrum board, else the first board. */
  boardId?: number | null;
  acceptanceCriteriaFieldId?: string | null;
  /** The last load of the same board: only issues updated since are fetched again. */
  previous?: BoardData | null;
  now: Date;
  onProgress?: (p: LoadProgress) => void;
}

/** Thrown when the project has no board to analyse (or the asked-for board is not there). */
export class NoBoardError extends Error {
  readonly projectKey: string;
  constructor(projectKey: string, message: string) {
    super(message);
    this.name = 'NoBoardError';
    this.projectKey = projectKey;
  }
}

export async function listProjectBoards(client: JiraClient, projectKey: string): Promise<Board[]> {
  return client.getBoardsForProject(projectKey);
}

export async function loadBoardData(client: JiraClient, opts: LoadOptions): Promise<BoardData> {
  void client;
  throw new Error(`loadBoardData for ${opts.projectKey} is not written yet`);
}

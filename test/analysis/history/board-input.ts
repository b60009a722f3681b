/** A board's data with its history read once, as src/report/build.ts hands both to each section. */
import type { BoardData } from '../../../src/domain/types';
import { type BoardHistory, readBoardHistory } from '../../../src/analysis/history/board-history';

export function boardInput(data: BoardData): { data: BoardData; history: BoardHistory } {
  return { data, history: readBoardHistory(data) };
}

/** A load of one board with nothing on it (no issues, sprints or fields), for tests about loads as a whole. */
import type { BoardData } from '../../src/domain/types';

export function emptyBoardData(boardId: number, projectKey: string, changes: Partial<BoardData> = {}): BoardData {
  return {
    site: 'cloud-1',
    project: { key: projectKey, name: `Project ${projectKey}` },
    board: { id: boardId, name: 'Board', type: 'scrum', projectKey },
    config: { boardId, estimation: { type: 'issueCount' }, rankFieldId: null, columns: [], doneColumnStatusIds: [] },
    fieldIds: { sprint: null, rank: null, estimate: null, flagged: null, acceptanceCriteria: null },
    sprints: [],
    issues: [],
    statusCategories: {},
    notes: [],
    partial: null,
    fetchedAt: '2026-02-09T12:00:00.000Z',
    ...changes,
  };
}

/**
 * Backlog health engine: builds the BacklogSection of the report from one board's data.
 * Pure: no I/O, no clock (now is a parameter).
 */
import type { BacklogSnapshot, BoardData } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import type { BacklogSection, SprintFigures } from '../../domain/report';

export interface BacklogInput {
  data: BoardData;
  settings: ProjectSettings;
  /** Closed sprints, oldest first (as reconstructed by the sprint engine). */
  closedSprints: SprintFigures[];
  snapshots: BacklogSnapshot[];
  now: Date;
}

export function analyseBacklog(input: BacklogInput): BacklogSection {
  throw new Error('analyseBacklog: not implemented yet ' + String(input.now));
}

export function takeBacklogSnapshot(data: BoardData, now: Date): BacklogSnapshot {
  throw new Error('takeBacklogSnapshot: not implemented yet ' + String(data.board.id) + String(now));
}

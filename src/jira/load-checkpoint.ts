/**
 * A full load that goes on over several runs (a refresh in steps, docs/architecture.md): what a run
 * that stopped before the end keeps, so that the next run goes on exactly where it stopped. A run
 * stops when its time is up or when Jira asks for a wait longer than it can afford; the issues it
 * read with their history are kept (the storage keeps them apart, in parts, src/storage), the
 * issues still waiting for their history are kept without it, and each search slice says up to
 * which creation time it has read (full-search.ts).
 */
import type { Board, BoardConfig, BoardData, DataQualityNote, FieldIds, IsoDateTime, Sprint, StatusCategory } from '../domain/types';
import type { NormalisedIssue } from './changelog-pipeline';
import type { SliceState } from './full-search';

export interface LoadCheckpoint {
  projectKey: string;
  /** The settings' acceptance-criteria field the load reads (another one needs another load). */
  acceptanceCriteriaFieldId: string | null;
  /** When the load began: its data's fetchedAt, so the next refresh reads what changed since. */
  startedAt: IsoDateTime;
  /** Runs that worked on this load so far. */
  steps: number;
  board: Board;
  /** The board configuration with the estimation actually used. */
  config: BoardConfig;
  fieldIds: FieldIds;
  statusCategories: Record<string, StatusCategory>;
  sprints: Sprint[];
  /** The load's own notes and failures so far (an issue's notes travel with the issue). */
  notes: DataQualityNote[];
  failures: string[];
  projectName: string | null;
  /** null: the search has not passed its first page yet. */
  slices: SliceState[] | null;
  /** Issues read with their history so far, over every run. */
  issuesRead: number;
  /** About how many issues the project has, from the pace of its first page; null before that. */
  issuesExpected: number | null;
}

/** The issues of a checkpoint. */
export interface CheckpointIssues {
  /** Ids of the issues read with their history in earlier runs. */
  readIds: string[];
  /** Those issues themselves, fetched only once the load is complete (a run that stops needs only their ids). */
  loadRead(): Promise<NormalisedIssue[]>;
  /** Read without their history yet: it is asked for first in the next run. */
  awaiting: NormalisedIssue[];
}

/** What one run of a load gives: the data, or where it stopped and why. */
export type LoadStep =
  | { kind: 'done'; data: BoardData }
  | {
      kind: 'paused';
      checkpoint: LoadCheckpoint;
      /** Read with their history in this run (added to the checkpoint's). */
      read: NormalisedIssue[];
      /** Every issue still waiting for its history (replaces the checkpoint's). */
      awaiting: NormalisedIssue[];
      /** The wait Jira asked for, when that is why the run stopped; null when its time was up. */
      waitMs: number | null;
    };

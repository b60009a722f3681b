/**
 * The issues part of a full load, in one run or over several (load-checkpoint.ts): the search
 * (full-search.ts) hands each page to the changelog pipeline, which reads every issue's history;
 * the run ends when everything is read (the data is put together in rank order) or when it must
 * stop (its time is up, or Jira asked for a wait longer than it can afford), and then gives back
 * where it stands: the issues read with their history, those still waiting for it, and each
 * slice's place. A run that goes on from a checkpoint asks first for the histories still waited
 * for, and skips every issue already read.
 */
import { recordSprintGoals } from '../domain/goal-observations';
import { Interner } from '../domain/interner';
import type { BoardData, Sprint } from '../domain/types';
import { ChangelogPipeline, type IssueReader, type NormalisedIssue } from './changelog-pipeline';
import type { JiraClient } from './client';
import { searchProjectIssues, type SearchControl, type SearchOutcome } from './full-search';
import { isOfBoard } from './incremental';
import type { CheckpointIssues, LoadCheckpoint, LoadStep } from './load-checkpoint';
import { partialOf, type LoadOptions, type LoadState } from './load-steps';
import { normaliseFields, type NormaliseContext } from './normalise';
import { normaliseChangelog } from './normalise-changelog';
import { rankInPlace } from './order';

/** How the load reads issues and histories: one interner for the whole run, so equal values share one object. */
function readerFor(context: NormaliseContext & { interner: Interner }): IssueReader {
  return {
    fields: (raw) => normaliseFields(raw, context),
    changelog: (histories, issueKey, notes) => normaliseChangelog(histories, issueKey, notes, context.interner),
  };
}

export interface FullLoadStart {
  checkpoint: LoadCheckpoint;
  /** The sprints while they are still being read (a fresh load reads them beside the issues). */
  sprints: Promise<Sprint[]> | null;
  /** The issues of earlier runs (none for a fresh load). */
  issues: CheckpointIssues | null;
}

export async function runFullLoad(client: JiraClient, opts: LoadOptions, state: LoadState, start: FullLoadStart, control: SearchControl): Promise<LoadStep> {
  const base = start.checkpoint;
  const context = { projectKey: opts.projectKey, fieldIds: base.fieldIds, statusCategories: base.statusCategories, fetchedAt: base.startedAt, interner: new Interner() };
  const pipeline = new ChangelogPipeline(client, base.fieldIds, readerFor(context));
  const earlier: CheckpointIssues = start.issues ?? { readIds: [], loadRead: async () => [], awaiting: [] };
  pipeline.addNormalised(earlier.awaiting);
  const known = new Set([...earlier.readIds, ...earlier.awaiting.map((n) => n.issue.id)]);

  state.progress(0.4, 'Reading issues and their history');
  let search: SearchOutcome;
  try {
    search = await searchProjectIssues(client, opts.projectKey, base.fieldIds, opts.now, pipeline, state, { slices: base.slices, known }, control);
  } catch (error) {
    const wait = control.longWait(error);
    if (wait === null) {
      await Promise.allSettled([pipeline.abandon(), start.sprints]);
      throw error;
    }
    // The first page was refused for now: the run stops where it began.
    search = { slices: base.slices, count: 0, name: null, waitMs: wait, expected: null };
  }

  state.progress(0.7, `Reading the history of ${search.count + earlier.awaiting.length} issues`);
  const histories = await pipeline.finishDeferring(state, (error) => control.longWait(error) !== null);
  const sprints = start.sprints ? await start.sprints : base.sprints;
  const deferredWait = histories.deferredBy === null ? null : control.longWait(histories.deferredBy);
  const complete = search.slices !== null && search.slices.every((slice) => slice.finished) && histories.deferred.length === 0 && search.waitMs === null;
  const projectName = base.projectName ?? search.name;
  if (!complete) {
    const checkpoint: LoadCheckpoint = {
      ...base,
      sprints,
      notes: [...state.notes],
      failures: [...state.failures],
      projectName,
      slices: search.slices,
      issuesRead: base.issuesRead + histories.read.length,
      issuesExpected: base.issuesExpected ?? search.expected,
    };
    const waits = [search.waitMs, deferredWait].filter((wait): wait is number => wait !== null);
    return { kind: 'paused', checkpoint, read: histories.read, awaiting: histories.deferred, waitMs: waits.length ? Math.max(...waits) : null };
  }
  const earlierRead = await earlier.loadRead();
  return { kind: 'done', data: assemble(opts, state, base, sprints, projectName, [...earlierRead, ...histories.read]) };
}

/** The load's data: every issue in rank order, the notes of the load and then of each issue in that order. */
function assemble(opts: LoadOptions, state: LoadState, base: LoadCheckpoint, sprints: Sprint[], projectName: string | null, normalised: NormalisedIssue[]): BoardData {
  state.progress(0.95, 'Putting it together');
  const issues = rankInPlace(normalised.map((n) => n.issue));
  // The issues' data-quality notes in the issues' rank order (batches finish in any order).
  const notesById = new Map(normalised.map((n) => [n.issue.id, n.notes]));
  for (const issue of issues) state.notes.push(...(notesById.get(issue.id) ?? []));
  state.progress(1, 'Done');
  const previous = opts.previous ?? null;
  return {
    site: opts.site ?? previous?.site ?? '',
    project: { key: opts.projectKey, name: projectName ?? opts.projectKey },
    board: base.board,
    config: base.config,
    fieldIds: base.fieldIds,
    sprints,
    issues,
    statusCategories: base.statusCategories,
    notes: state.notes,
    partial: partialOf(state),
    fetchedAt: base.startedAt,
    fullLoadAt: base.startedAt,
    // Goals seen by earlier loads of this board are carried on (Jira keeps no goal history).
    sprintGoals: recordSprintGoals(previous && isOfBoard(previous, opts.projectKey, base.board.id) ? previous.sprintGoals : undefined, sprints, base.startedAt),
  };
}

/**
 * Assembles the one Report from a board's data: sprints, backlog, roles, signals, score, people
 * and data-quality notes. Pure: `now` is a parameter. A part that fails is left out with a note and
 * the report is marked partial, so the rest still reaches people.
 */
import type { BacklogSnapshot, BoardData, DataQualityNote } from '../domain/types';
import type { ProjectSettings } from '../domain/settings';
import type { LedgerInput } from '../domain/sprint-ledger';
import { REPORT_SCHEMA_VERSION, type BacklogSection, type FlowSection, type HistoryPoint, type Report, type RolesSection } from '../domain/report';
import { analyseSprints } from '../analysis/sprints/section';
import { type BoardHistory, readBoardHistory } from '../analysis/history/board-history';
import { readPeopleDirectory } from '../analysis/history/people';
import { analyseRoles, emptyRolesSection } from '../analysis/roles/section';
import { analyseBacklog } from '../analysis/backlog/index';
import { analyseFlow, flowUnavailable } from '../analysis/flow/section';
import { evaluateSignals } from '../signals/catalogue';
import { healthScore } from './score';
import { customThresholds } from './custom-thresholds';
import { historyPoint, reportHistory } from './history';
import { buildPeople, sectionAccountIds } from './people';

export interface BuildReportInput {
  data: BoardData;
  settings: ProjectSettings;
  snapshots: BacklogSnapshot[];
  now: Date;
  /** The app's records of the board's sprints (src/domain/sprint-ledger.ts); absent: none. */
  ledger?: LedgerInput;
  /** The points of the board's earlier reports, as the shell kept them (none: this is the first). */
  earlierReports?: readonly HistoryPoint[];
  /** The board's history, when the caller has read it from `data` already (the engine shares it with the facts of single issues). */
  history?: BoardHistory;
}

const KANBAN_LIMITATION =
  'This board has no sprints (it is a Kanban board), so sprint figures and sprint signals are not shown. Its flow, the backlog order and the role signals are.';
const NO_SPRINTS_YET = 'This board has not run any sprints yet, so there are no sprint figures to show.';
const NO_SPRINT_EVENTS =
  'This audit receives no sprint events from Jira, so every sprint is replayed from Jira’s history. The app in Jira records each sprint as it starts and closes.';
const BY_ISSUE_COUNT = 'This board does not estimate in points, so sprint figures count issues instead of points.';
const SPRINTS_UNREADABLE = 'The sprints of this board could not be read from Jira this time, so sprint figures are not shown. The next refresh will try again.';
const CATEGORY_NAME = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' } as const;

/** Statuses in the board's done column whose Jira category is not done: counted as not done (by category), said plainly. */
function doneColumnNotes(data: BoardData): DataQualityNote[] {
  const notes: DataQualityNote[] = [];
  for (const id of data.config.doneColumnStatusIds) {
    const category = data.statusCategories[id];
    if (category === undefined || category === 'done') continue;
    const name = data.issues.find((i) => i.status.id === id)?.status.name ?? id;
    notes.push({ code: 'done-column-status-not-done', message: `Status "${name}" is in the board's done column, but Jira files it under "${CATEGORY_NAME[category]}", so issues in it are counted as not done.` });
  }
  return notes;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The board's history, read once for every part of the report. When it cannot be read, each part
 * that needs it fails with the same reason (and the rest of the report still shows).
 */
function historyReader(data: BoardData, read?: BoardHistory): () => BoardHistory {
  let history: BoardHistory | null = read ?? null;
  let failure: unknown = null;
  try {
    history ??= readBoardHistory(data);
  } catch (error) {
    failure = error;
  }
  return () => {
    if (history === null) throw failure;
    return history;
  };
}

/** Notes about a field the whole site lacks: said once, whoever notices first. */
const SITE_FIELD_NOTES: ReadonlySet<string> = new Set(['missing-sprint-field', 'missing-flagged-field']);

export function buildReport(input: BuildReportInput): Report {
  const { data, settings, snapshots, now } = input;
  const notes: DataQualityNote[] = [...data.notes];
  const limitations: string[] = [];
  const failures: string[] = [];
  const hasSprints = data.board.type !== 'kanban' && data.sprints.length > 0;
  const sprintsUnreadable = data.sprints.length === 0 && data.notes.some((n) => n.code === 'sprints-unavailable');
  if (!hasSprints) limitations.push(data.board.type === 'kanban' ? KANBAN_LIMITATION : sprintsUnreadable ? SPRINTS_UNREADABLE : NO_SPRINTS_YET);
  notes.push(...doneColumnNotes(data));
  const estimates = data.config.estimation.type === 'field';
  if (hasSprints && !estimates) limitations.push(BY_ISSUE_COUNT);
  if (hasSprints && input.ledger && !input.ledger.received) limitations.push(NO_SPRINT_EVENTS);
  const history = historyReader(data, input.history);

  let sprints: Report['sprints'] = null;
  if (hasSprints) {
    try {
      sprints = analyseSprints({ data, history: history(), settings, now, ledger: input.ledger });
      // A missing Sprint or Flagged field is already noted by field discovery when the data came from Jira.
      notes.push(...history().notes.filter((note) => !(SITE_FIELD_NOTES.has(note.code) && notes.some((n) => n.code === note.code))));
      for (const s of sprints.closed) {
        if (s.startDate === null || s.completeDate === null) {
          notes.push({ code: 'sprint-missing-dates', message: `${s.name} is closed but Jira gave no start or completion date, so its figures are empty.`, sprintId: s.id });
        } else if (Date.parse(s.completeDate) < Date.parse(s.startDate)) {
          notes.push({ code: 'sprint-dates-reversed', message: `${s.name} was completed before it started, according to Jira, so its figures cannot be trusted.`, sprintId: s.id });
        }
      }
    } catch (error) {
      failures.push(`the sprint figures could not be worked out (${errorText(error)})`);
    }
  }

  let backlog: BacklogSection | null = null;
  try {
    backlog = analyseBacklog({ data, history: history(), settings, closedSprints: sprints?.closed ?? [], snapshots, now });
  } catch (error) {
    failures.push(`the backlog figures could not be worked out (${errorText(error)})`);
  }

  let flow: FlowSection | null = null;
  const noFlow = flowUnavailable(data);
  if (noFlow !== null) limitations.push(noFlow);
  else {
    try {
      const analysed = analyseFlow({ data, history: history(), settings, sprints, backlog, now });
      flow = analysed.section;
      notes.push(...analysed.notes);
    } catch (error) {
      failures.push(`the flow figures and forecasts could not be worked out (${errorText(error)})`);
    }
  }

  let roles: RolesSection;
  try {
    roles = analyseRoles({ data, history: history(), settings, now });
  } catch (error) {
    failures.push(`the role figures could not be worked out (${errorText(error)})`);
    roles = emptyRolesSection(settings.roles);
  }

  const people = readPeopleDirectory(data, sectionAccountIds({ sprints, backlog, roles }));
  const runsSprints = data.board.type !== 'kanban';
  const evaluated = evaluateSignals({ settings, now, runsSprints, sprints, backlog, flow, roles, people });
  for (const reason of failures) notes.push({ code: 'analysis-failed', message: `Part of this report is missing: ${reason}.` });
  const partialReasons = [data.partial?.reason, ...failures].filter((r): r is string => !!r);

  const withoutHistory: Omit<Report, 'people' | 'history'> = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    computedAt: now.toISOString(),
    site: data.site,
    project: { key: data.project.key, name: data.project.name },
    board: { ...data.board },
    capabilities: { sprints: sprints !== null, backlog: backlog !== null, estimates, runsSprints, limitations },
    sprints,
    backlog,
    flow,
    roles,
    signals: evaluated.signals,
    silentSignals: evaluated.silent,
    notApplicableSignals: evaluated.notApplicable,
    score: healthScore(evaluated),
    customThresholds: customThresholds(settings),
    dataQuality: notes,
    partial: partialReasons.length > 0 ? { reason: partialReasons.join('; ') } : null,
  };
  const withoutPeople = { ...withoutHistory, history: reportHistory(input.earlierReports ?? [], historyPoint(withoutHistory)) };
  return { ...withoutPeople, people: buildPeople(withoutPeople, people) };
}


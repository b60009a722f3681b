/**
 * Raw Jira issues and histories into the domain's Issue and ChangeEvent. Missing or malformed
 * fields never throw: they become null (or an empty list) plus a DataQualityNote naming the issue
 * key and the field id. `rankIndex` is set by the caller once the whole list is in rank order.
 */
import type { DataQualityNote, FieldIds, Issue, IssueLinkRef, StatusCategory } from '../domain/types';
import { richTextOrNull } from './adf';
import { Interner } from '../domain/interner';
import { normaliseChangelog } from './normalise-changelog';
import { isRecord } from './raw';
import type { RawHistory, RawIssue } from './raw';
import { readDateTime, readPerson, readStatusCategory } from './values';

export interface NormaliseContext {
  projectKey: string;
  fieldIds: FieldIds;
  /** Status id -> category from the site's status list. */
  statusCategories: Record<string, StatusCategory>;
  /** Used for `created` when an issue has none (with a note). */
  fetchedAt: string;
  /** Shares equal values across the issues of one load (interner.ts); each call shares only its own when absent. */
  interner?: Interner;
}


class NoteTaker {
  readonly notes: DataQualityNote[] = [];
  constructor(readonly issueKey: string) {}
  add(code: string, fieldId: string, message: string): void {
    this.notes.push({ code, message, issueKey: this.issueKey, fieldId });
  }
  malformed(fieldId: string, what: string): void {
    this.add('malformed-field', fieldId, `${this.issueKey}: the ${what} could not be read, so it is treated as empty.`);
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function readStatus(raw: unknown, ctx: NormaliseContext, notes: NoteTaker): Issue['status'] {
  if (!isRecord(raw) || typeof raw.id !== 'string') {
    notes.malformed('status', 'status');
    return { id: '', name: 'Unknown', category: 'new' };
  }
  const fromIssue = readStatusCategory(isRecord(raw.statusCategory) ? raw.statusCategory.key : undefined);
  const category = fromIssue ?? ctx.statusCategories[raw.id] ?? null;
  if (category === null) {
    notes.add('unknown-status-category', 'status', `${notes.issueKey}: the category of status "${str(raw.name) ?? raw.id}" is unknown, so it is counted as not started.`);
  }
  return { id: raw.id, name: str(raw.name) ?? raw.id, category: category ?? 'new' };
}

function readIssueType(raw: unknown, notes: NoteTaker): Issue['issueType'] {
  if (!isRecord(raw) || typeof raw.id !== 'string') {
    notes.malformed('issuetype', 'issue type');
    return { id: '', name: 'Unknown', subtask: false, hierarchyLevel: 0 };
  }
  const subtask = raw.subtask === true;
  // Jira Cloud gives the level on every issue type; without it, the type is taken for what its
  // subtask flag says (a sub-task, or a story-level item).
  const level = raw.hierarchyLevel;
  const hierarchyLevel = typeof level === 'number' && Number.isInteger(level) ? level : subtask ? -1 : 0;
  return { id: raw.id, name: str(raw.name) ?? raw.id, subtask, hierarchyLevel };
}

function readEstimate(value: unknown, fieldId: string | null, notes: NoteTaker): number | null {
  if (fieldId === null || value === null || value === undefined) return null;
  const estimate = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  if (!Number.isFinite(estimate)) {
    notes.malformed(fieldId, 'estimate');
    return null;
  }
  // Kept as Jira has it; the analysis counts a negative estimate as 0.
  if (estimate < 0) notes.add('negative-estimate', fieldId, `${notes.issueKey}: the estimate is negative (${estimate}), so it counts as 0.`);
  return estimate;
}

/** A list field (labels, components, sub-tasks); `what` names it in the note ("list of labels"). */
function readStringList(value: unknown, fieldId: string, what: string, notes: NoteTaker, pick: (item: unknown) => string | null): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    notes.malformed(fieldId, what);
    return [];
  }
  return value.map(pick).filter((v): v is string => v !== null);
}

/** Sprint field: array of sprint objects ({ id, ... }); older sites send strings "...[id=12,...]". */
function readSprintIds(value: unknown, fieldId: string | null, notes: NoteTaker): number[] {
  if (fieldId === null || value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    notes.malformed(fieldId, 'sprint field');
    return [];
  }
  const ids: number[] = [];
  for (const entry of value) {
    if (isRecord(entry) && typeof entry.id === 'number') ids.push(entry.id);
    else if (typeof entry === 'string' && /\bid=(\d+)/.test(entry)) ids.push(Number(/\bid=(\d+)/.exec(entry)![1]));
    else notes.add('malformed-field', fieldId, `${notes.issueKey}: an entry of the sprint field could not be read and was left out.`);
  }
  return [...new Set(ids)];
}

/** "is blocked by" links: link type named "Blocks" with an inward issue. */
function readBlockedBy(value: unknown, ctx: NormaliseContext, notes: NoteTaker): IssueLinkRef[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    notes.malformed('issuelinks', 'list of issue links');
    return [];
  }
  const refs: IssueLinkRef[] = [];
  for (const link of value) {
    if (!isRecord(link) || !isRecord(link.type) || !isRecord(link.inwardIssue)) continue;
    if (link.type.name !== 'Blocks') continue;
    const other = link.inwardIssue;
    if (typeof other.key !== 'string') continue;
    const status = isRecord(other.fields) && isRecord(other.fields.status) ? other.fields.status : null;
    const category =
      readStatusCategory(status && isRecord(status.statusCategory) ? status.statusCategory.key : undefined) ??
      (status && typeof status.id === 'string' ? (ctx.statusCategories[status.id] ?? null) : null);
    refs.push({ key: other.key, statusCategory: category });
  }
  return refs;
}

function isFlagged(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== undefined && value !== '';
}

/** One raw search issue (+ its histories) as a domain Issue, with the notes it raised. */
export function normaliseIssue(raw: RawIssue, histories: RawHistory[], ctx: NormaliseContext): { issue: Issue; notes: DataQualityNote[] } {
  const normalised = normaliseFields(raw, ctx);
  normalised.issue.changelog = normaliseChangelog(histories, raw.key, normalised.notes, ctx.interner);
  return normalised;
}

/**
 * One raw search issue as a domain Issue without its history (changelog []), with the notes it
 * raised: what the load keeps of a search page at once, so Jira's raw issue can go while its
 * history is still being read.
 */
export function normaliseFields(raw: RawIssue, ctx: NormaliseContext): { issue: Issue; notes: DataQualityNote[] } {
  const notes = new NoteTaker(raw.key);
  const f = raw.fields ?? {};
  const ids = ctx.fieldIds;
  const interner = ctx.interner ?? new Interner();

  const summary = str(f.summary);
  if (summary === null) notes.malformed('summary', 'summary');
  let created = readDateTime(f.created);
  if (created === null) {
    notes.add('malformed-field', 'created', `${raw.key}: the creation date could not be read; the time of this refresh is used instead.`);
    created = ctx.fetchedAt;
  }
  const updated = readDateTime(f.updated) ?? created;
  const parent = isRecord(f.parent) ? str(f.parent.key) : null;
  const project = isRecord(f.project) ? str(f.project.key) : null;
  const rank = ids.rank ? str(f[ids.rank]) : null;

  const issue: Issue = {
    id: raw.id,
    key: raw.key,
    projectKey: interner.text(project ?? ctx.projectKey),
    summary: summary ?? '',
    issueType: interner.issueType(readIssueType(f.issuetype, notes)),
    status: interner.status(readStatus(f.status, ctx, notes)),
    estimate: readEstimate(ids.estimate ? f[ids.estimate] : null, ids.estimate, notes),
    labels: readStringList(f.labels, 'labels', 'list of labels', notes, str).map((label) => interner.text(label)),
    components: readStringList(f.components, 'components', 'list of components', notes, (c) => (isRecord(c) ? str(c.name) : null)).map((name) => interner.text(name)),
    parentKey: parent,
    subtaskKeys: readStringList(f.subtasks, 'subtasks', 'list of sub-tasks', notes, (s) => (isRecord(s) ? str(s.key) : null)),
    blockedBy: readBlockedBy(f.issuelinks, ctx, notes),
    flagged: ids.flagged ? isFlagged(f[ids.flagged]) : false,
    description: richTextOrNull(f.description),
    acceptanceCriteria: ids.acceptanceCriteria ? richTextOrNull(f[ids.acceptanceCriteria]) : null,
    created,
    updated,
    resolutionDate: readDateTime(f.resolutiondate),
    assignee: interner.person(readPerson(f.assignee)),
    reporter: interner.person(readPerson(f.reporter)),
    sprintIds: readSprintIds(ids.sprint ? f[ids.sprint] : null, ids.sprint, notes),
    rankIndex: 0,
    changelog: [],
  };
  if (rank !== null) issue.rank = rank;
  return { issue, notes: notes.notes };
}

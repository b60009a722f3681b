/**
 * Raw Jira issues and histories into the domain's Issue and ChangeEvent. Missing or malformed
 * fields never throw: they become null (or an empty list) plus a DataQualityNote naming the issue
 * key and the field id. `rankIndex` is set by the caller once the whole list is in rank order.
 */
import type { ChangeEvent, DataQualityNote, FieldIds, Issue, IssueLinkRef, StatusCategory } from '../domain/types';
import { richTextOrNull } from './adf';
import { isRecord } from './raw';
import type { RawHistory, RawIssue } from './raw';
import { parseJiraDate, readDateTime, readPerson, readStatusCategory } from './values';

export interface NormaliseContext {
  projectKey: string;
  fieldIds: FieldIds;
  /** Status id -> category from the site's status list. */
  statusCategories: Record<string, StatusCategory>;
  /** Used for `created` when an issue has none (with a note). */
  fetchedAt: string;
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

/**
 * Jira's usual date-time shape: year 1000-9999, month, day, hours 00-23, minutes and seconds 00-59,
 * 1 to 3 fraction digits, "Z" or an offset up to ±23:59 with or without a colon. On these, Date.parse
 * (with or without the colon added) and the analysis's own reader agree to the millisecond.
 */
const USUAL_DATE_TIME = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * A changelog value (from, to, fromString, toString) as the analysis reads it: text. Jira sends
 * strings or null; a number is kept as its text ("2"); anything else (an object, a list, true)
 * cannot be read and becomes null, reported once per change item through `unreadable`.
 */
function changeValue(value: unknown, unreadable: () => void): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  unreadable();
  return null;
}

/** Flattens histories into change events, oldest first (ties keep Jira's order). */
export function normaliseChangelog(histories: RawHistory[], issueKey: string, notes: DataQualityNote[] = []): ChangeEvent[] {
  const events: { event: ChangeEvent; ms: number; order: number }[] = [];
  for (const history of histories) {
    const at = readDateTime(history.created);
    if (at === null) {
      notes.push({ code: 'malformed-history-date', message: `${issueKey}: a change (history ${history.id}) has no readable date and was left out.`, issueKey });
      continue;
    }
    const author = readPerson(history.author);
    const ms = parseJiraDate(at);
    // The number travels with the event only where every reader of `at` would get the same one.
    const atMs = USUAL_DATE_TIME.test(at) ? ms : undefined;
    for (const item of history.items ?? []) {
      const fieldName = typeof item.field === 'string' ? item.field : null;
      const fieldId = typeof item.fieldId === 'string' && item.fieldId !== '' ? item.fieldId : item.fieldtype === 'jira' && fieldName ? fieldName.toLowerCase() : null;
      if (!fieldId) {
        notes.push({ code: 'changelog-item-without-field-id', message: `${issueKey}: a change to "${fieldName ?? 'an unnamed field'}" has no field id and was left out.`, issueKey });
        continue;
      }
      let noted = false;
      const unreadable = () => {
        if (noted) return;
        noted = true;
        notes.push({
          code: 'malformed-field',
          message: `${issueKey}: a change to "${fieldName ?? fieldId}" on ${at.slice(0, 10)} (history ${history.id}) holds a value we could not read, so that value is treated as empty.`,
          issueKey,
          fieldId,
        });
      };
      const event: ChangeEvent = {
        fieldId,
        from: changeValue(item.from, unreadable),
        to: changeValue(item.to, unreadable),
        fromString: changeValue(item.fromString, unreadable),
        toString: changeValue(item.toString, unreadable),
        author,
        at,
        historyId: history.id,
      };
      if (atMs !== undefined) event.atMs = atMs;
      events.push({ event, ms, order: events.length });
    }
  }
  events.sort((a, b) => a.ms - b.ms || a.order - b.order);
  return events.map((e) => e.event);
}

/** One raw search issue (+ its histories) as a domain Issue, with the notes it raised. */
export function normaliseIssue(raw: RawIssue, histories: RawHistory[], ctx: NormaliseContext): { issue: Issue; notes: DataQualityNote[] } {
  const notes = new NoteTaker(raw.key);
  const f = raw.fields ?? {};
  const ids = ctx.fieldIds;

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

  const changelogNotes: DataQualityNote[] = [];
  const issue: Issue = {
    id: raw.id,
    key: raw.key,
    projectKey: project ?? ctx.projectKey,
    summary: summary ?? '',
    issueType: readIssueType(f.issuetype, notes),
    status: readStatus(f.status, ctx, notes),
    estimate: readEstimate(ids.estimate ? f[ids.estimate] : null, ids.estimate, notes),
    labels: readStringList(f.labels, 'labels', 'list of labels', notes, str),
    components: readStringList(f.components, 'components', 'list of components', notes, (c) => (isRecord(c) ? str(c.name) : null)),
    parentKey: parent,
    subtaskKeys: readStringList(f.subtasks, 'subtasks', 'list of sub-tasks', notes, (s) => (isRecord(s) ? str(s.key) : null)),
    blockedBy: readBlockedBy(f.issuelinks, ctx, notes),
    flagged: ids.flagged ? isFlagged(f[ids.flagged]) : false,
    description: richTextOrNull(f.description),
    acceptanceCriteria: ids.acceptanceCriteria ? richTextOrNull(f[ids.acceptanceCriteria]) : null,
    created,
    updated,
    resolutionDate: readDateTime(f.resolutiondate),
    assignee: readPerson(f.assignee),
    reporter: readPerson(f.reporter),
    sprintIds: readSprintIds(ids.sprint ? f[ids.sprint] : null, ids.sprint, notes),
    rankIndex: 0,
    changelog: normaliseChangelog(histories, raw.key, changelogNotes),
  };
  if (rank !== null) issue.rank = rank;
  return { issue, notes: [...notes.notes, ...changelogNotes] };
}

/**
 * The issues of a stored board load (the sync state), compact: as JSON, the loaded data repeats a
 * person object on every change of history and every field name on every event, which made the
 * stored load of a 20,000-issue project 81 MB of text. A part keeps its people once, in a table,
 * each event as a list of its values, and each issue with its place in the load, so that decoding
 * gives back exactly the issues that were encoded, in their order. Decoding shares equal people and
 * values across parts through one interner (src/domain/interner.ts), as the load itself does.
 *
 * Fields the codec does not know are kept as they are; an issue without a person or history field
 * (hand-made test data) decodes without it.
 */
import { changeEvent } from '../domain/change-event';
import type { Interner } from '../domain/interner';
import type { ChangeEvent, DataQualityNote, Issue, Person } from '../domain/types';

/** [fieldId, from, to, fromString, toString, author (index in the part's people, -1: none), at, historyId, atMs (null: none)]. */
export type StoredEvent = [string, string | null, string | null, string | null, string | null, number, string, string, number | null];

export interface StoredIssue extends Omit<Issue, 'assignee' | 'reporter' | 'changelog'> {
  /** Place in the load's list of issues. */
  position: number;
  /** The issue's data-quality notes, for a load still in progress (a checkpoint's issues carry theirs). */
  notes?: DataQualityNote[];
  /** Index in the part's people; -1: none. Absent when the issue had no such field. */
  assignee?: number;
  reporter?: number;
  changelog?: StoredEvent[];
}

export interface StoredPart {
  people: Person[];
  issues: StoredIssue[];
}

/** An issue with its place in the load, and its notes while the load is in progress. */
export interface PlacedIssue {
  issue: Issue;
  position: number;
  notes?: DataQualityNote[];
}

/** The issues (with their places in the load) as one part. */
export function encodePart(issues: PlacedIssue[]): StoredPart {
  const people: Person[] = [];
  const indexOf = new Map<Person, number>();
  const byAccount = new Map<string, number>();
  const personIndex = (person: Person | null): number => {
    if (person === null) return -1;
    let index = indexOf.get(person);
    if (index === undefined) {
      // Equal people stored once, even when the load did not share them (data stored before it did).
      const key = JSON.stringify([person.accountId, person.displayName, person.avatarUrl, person.active]);
      index = byAccount.get(key);
      if (index === undefined) {
        index = people.push(person) - 1;
        byAccount.set(key, index);
      }
      indexOf.set(person, index);
    }
    return index;
  };
  const stored = issues.map(({ issue, position, notes }) => {
    const { assignee, reporter, changelog, ...rest } = issue;
    const part: StoredIssue = { ...rest, position };
    if (notes !== undefined) part.notes = notes;
    if (assignee !== undefined) part.assignee = personIndex(assignee);
    if (reporter !== undefined) part.reporter = personIndex(reporter);
    if (changelog !== undefined) {
      part.changelog = changelog.map((e): StoredEvent => [e.fieldId, e.from, e.to, e.fromString, e.toString, personIndex(e.author), e.at, e.historyId, e.atMs ?? null]);
    }
    return part;
  });
  return { people, issues: stored };
}

function decodeEvent(e: StoredEvent, people: (Person | null)[], interner: Interner): ChangeEvent {
  const values = { fieldId: interner.text(e[0]), from: interner.text(e[1]), to: interner.text(e[2]), fromString: interner.text(e[3]), toString: interner.text(e[4]) };
  return changeEvent(values, people[e[5]] ?? null, e[6], e[7], e[8] ?? undefined);
}

/** The fields decodePart writes itself; any other stored field is copied as it is. */
const REBUILT = new Set(['position', 'notes', 'issueType', 'status', 'assignee', 'reporter', 'changelog']);

/**
 * The issues of a part, each with its place in the load. Each issue is rebuilt with its fields in
 * the order the load writes them (normalise.ts), so stored and freshly loaded issues have one shape
 * for the engine; a field absent from the stored issue stays absent (undefined).
 */
export function decodePart(part: StoredPart, interner: Interner): PlacedIssue[] {
  const people = part.people.map((person) => interner.person(person));
  return part.issues.map((s) => {
    const issue: Issue = {
      id: s.id,
      key: s.key,
      projectKey: s.projectKey,
      summary: s.summary,
      issueType: s.issueType === undefined ? s.issueType : interner.issueType(s.issueType),
      status: s.status === undefined ? s.status : interner.status(s.status),
      estimate: s.estimate,
      labels: s.labels,
      components: s.components,
      parentKey: s.parentKey,
      subtaskKeys: s.subtaskKeys,
      blockedBy: s.blockedBy,
      flagged: s.flagged,
      description: s.description,
      acceptanceCriteria: s.acceptanceCriteria,
      created: s.created,
      updated: s.updated,
      resolutionDate: s.resolutionDate,
      assignee: s.assignee === undefined ? (undefined as unknown as null) : (people[s.assignee] ?? null),
      reporter: s.reporter === undefined ? (undefined as unknown as null) : (people[s.reporter] ?? null),
      sprintIds: s.sprintIds,
      rankIndex: s.rankIndex,
      changelog: s.changelog === undefined ? (undefined as unknown as ChangeEvent[]) : s.changelog.map((e) => decodeEvent(e, people, interner)),
    };
    for (const field of Object.keys(s)) {
      if (!(field in issue) && !REBUILT.has(field)) (issue as unknown as Record<string, unknown>)[field] = (s as unknown as Record<string, unknown>)[field];
    }
    return s.notes === undefined ? { issue, position: s.position } : { issue, position: s.position, notes: s.notes };
  });
}

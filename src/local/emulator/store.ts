/**
 * The workspace, indexed once at start so every page is cheap: issues by id, key and project,
 * parsed timestamps, rank positions, sprint ids, status categories; histories with parsed times.
 */
import type { WsBoard, WsHistory, WsIssue, WsProject, WsSprint, WsStatus, WsUser, Workspace } from '../workspace';

export interface IndexedHistory {
  history: WsHistory;
  createdMs: number;
}

export interface IndexedIssue {
  raw: WsIssue;
  idNum: number;
  projectKey: string;
  /** Number after the dash of the key (ABC-12 -> 12), for key ordering. */
  keyNum: number;
  createdMs: number | null;
  updatedMs: number | null;
  /** Position of the issue in the site-wide rank order (0 = top). */
  rankPos: number;
  sprintIds: number[];
  statusId: string | null;
  statusName: string | null;
  categoryKey: string | null;
  categoryName: string | null;
  categoryId: number | null;
  issueTypeId: string | null;
  issueTypeName: string | null;
  histories: IndexedHistory[];
}

const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';

/** Jira timestamps ("2024-01-05T10:00:00.000+0000" or ISO 8601) to epoch ms; null when absent or bad. */
export function parseJiraTime(value: unknown): number | null {
  if (typeof value !== 'string' || value === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function sprintIdsOf(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  const ids: number[] = [];
  for (const entry of value) {
    const id = typeof entry === 'number' ? entry : Number(asRecord(entry)?.id);
    if (Number.isFinite(id)) ids.push(id);
  }
  return ids;
}

export class WorkspaceIndex {
  readonly workspace: Workspace;
  readonly sprintFieldId: string | null;
  readonly issues: IndexedIssue[];
  private readonly byId = new Map<string, IndexedIssue>();
  private readonly byKey = new Map<string, IndexedIssue>();
  private readonly byProject = new Map<string, IndexedIssue[]>();
  private readonly projectsByKey = new Map<string, WsProject>();
  private readonly projectsById = new Map<string, WsProject>();
  private readonly statusesById = new Map<string, WsStatus>();
  readonly sprintsById = new Map<number, WsSprint>();
  readonly boardsById = new Map<number, WsBoard>();

  constructor(workspace: Workspace) {
    this.workspace = workspace;
    for (const p of workspace.projects) {
      this.projectsByKey.set(p.key.toUpperCase(), p);
      this.projectsById.set(p.id, p);
    }
    for (const s of workspace.statuses) this.statusesById.set(s.id, s);
    for (const s of workspace.sprints) this.sprintsById.set(s.id, s);
    for (const b of workspace.boards) this.boardsById.set(b.id, b);
    const sprintField =
      workspace.fields.find((f) => f.schema?.custom === SPRINT_FIELD_TYPE) ?? workspace.fields.find((f) => f.name.toLowerCase() === 'sprint');
    this.sprintFieldId = sprintField?.id ?? null;

    const rankOrder = [...workspace.issues].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : Number(a.id) - Number(b.id)));
    const rankPos = new Map<WsIssue, number>();
    rankOrder.forEach((issue, i) => rankPos.set(issue, i));

    this.issues = workspace.issues.map((raw) => this.indexIssue(raw, rankPos.get(raw) ?? 0));
    for (const issue of this.issues) {
      this.byId.set(issue.raw.id, issue);
      this.byKey.set(issue.raw.key.toUpperCase(), issue);
      const list = this.byProject.get(issue.projectKey) ?? [];
      list.push(issue);
      this.byProject.set(issue.projectKey, list);
    }
  }

  private indexIssue(raw: WsIssue, rankPos: number): IndexedIssue {
    const fields = raw.fields ?? {};
    const status = asRecord(fields.status);
    const statusId = typeof status?.id === 'string' ? status.id : null;
    const known = statusId ? this.statusesById.get(statusId) : undefined;
    const category = asRecord(status?.statusCategory) ?? (known ? (known.statusCategory as unknown as Record<string, unknown>) : null);
    const issueType = asRecord(fields.issuetype);
    const histories = (raw.changelog ?? []).map((history) => ({ history, createdMs: parseJiraTime(history.created) ?? 0 }));
    const keyNum = Number(raw.key.slice(raw.key.lastIndexOf('-') + 1));
    return {
      raw,
      idNum: Number(raw.id),
      projectKey: raw.projectKey.toUpperCase(),
      keyNum: Number.isFinite(keyNum) ? keyNum : 0,
      createdMs: parseJiraTime(fields.created),
      updatedMs: parseJiraTime(fields.updated),
      rankPos,
      sprintIds: this.sprintFieldId ? sprintIdsOf(fields[this.sprintFieldId]) : [],
      statusId,
      statusName: typeof status?.name === 'string' ? status.name : (known?.name ?? null),
      categoryKey: typeof category?.key === 'string' ? category.key : null,
      categoryName: typeof category?.name === 'string' ? category.name : null,
      categoryId: typeof category?.id === 'number' ? category.id : null,
      issueTypeId: typeof issueType?.id === 'string' ? issueType.id : null,
      issueTypeName: typeof issueType?.name === 'string' ? issueType.name : null,
      histories,
    };
  }

  issueByIdOrKey(idOrKey: string): IndexedIssue | undefined {
    return this.byId.get(idOrKey) ?? this.byKey.get(idOrKey.toUpperCase());
  }

  issuesOfProject(projectKey: string): IndexedIssue[] {
    return this.byProject.get(projectKey.toUpperCase()) ?? [];
  }

  /** A project by key (any case) or id. */
  project(keyOrId: string): WsProject | undefined {
    return this.projectsByKey.get(keyOrId.toUpperCase()) ?? this.projectsById.get(keyOrId);
  }

  user(accountId: string): WsUser | undefined {
    return this.workspace.users.find((u) => u.accountId === accountId);
  }

  /** Project keys (upper case) the user may browse. A user without an entry may browse all. */
  browsableKeys(accountId: string): Set<string> {
    const entry = this.workspace.permissions[accountId];
    const keys = entry ? entry.browse : this.workspace.projects.map((p) => p.key);
    return new Set(keys.map((k) => k.toUpperCase()));
  }

  /** Project keys (upper case) the user administers. A user without an entry administers none. */
  administeredKeys(accountId: string): Set<string> {
    const entry = this.workspace.permissions[accountId];
    return new Set((entry?.administer ?? []).map((k) => k.toUpperCase()));
  }
}

/**
 * The emulator's data: a Jira Cloud site held as raw Jira JSON, exactly as Jira's REST API would
 * return it (field values in Jira's shapes, changelog histories in Jira's shapes).
 * The demo generator (src/local/demo) writes it; the emulator (src/local/emulator) serves it.
 * Nothing in the engine reads this type directly: the engine only sees it through HTTP.
 */

export interface WsUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  active: boolean;
  /** API token for Basic auth against the emulator (email:token). */
  apiToken: string;
}

/** As GET /rest/api/3/field returns it. */
export interface WsField {
  id: string;
  key: string;
  name: string;
  custom: boolean;
  schema?: { type: string; items?: string; custom?: string; customId?: number; system?: string };
}

/** As GET /rest/api/3/status returns it (StatusDetails). */
export interface WsStatus {
  id: string;
  name: string;
  statusCategory: { id: number; key: 'new' | 'indeterminate' | 'done'; name: string; colorName: string };
}

export interface WsIssueType {
  id: string;
  name: string;
  subtask: boolean;
  /** As Jira Cloud gives it on every issue type: -1 sub-task, 0 story level, 1 epic, 2 and more above. */
  hierarchyLevel: number;
}

export interface WsProject {
  id: string;
  key: string;
  name: string;
}

export interface WsBoard {
  id: number;
  name: string;
  type: 'scrum' | 'kanban' | 'simple';
  projectKey: string;
  /** null when the board estimates by issue count; 'none' for no estimation (Kanban). */
  estimationFieldId: string | null | 'none';
  rankFieldId: string;
  columns: { name: string; statusIds: string[] }[];
}

export interface WsSprint {
  id: number;
  originBoardId: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  createdDate: string;
  goal?: string;
}

/** One changelog history in Jira's shape (Changelog + ChangeDetails). */
export interface WsHistory {
  id: string;
  author?: { accountId: string; displayName: string; active: boolean };
  created: string;
  items: {
    field: string;
    fieldtype: 'jira' | 'custom';
    fieldId: string;
    from: string | null;
    fromString: string | null;
    to: string | null;
    toString: string | null;
  }[];
}

export interface WsIssue {
  id: string;
  key: string;
  projectKey: string;
  /**
   * Field values keyed by field id, in the shapes Jira returns from search/jql
   * (summary, issuetype, status, labels, components, parent, issuelinks, assignee, reporter,
   * created, updated, resolutiondate, resolution, description (ADF), subtasks, and custom fields:
   * sprint (array of sprint objects), story points (number), flagged (array of {value:"Impediment"}).
   */
  fields: Record<string, unknown>;
  /** Lexicographically sortable rank string (the rank field's value). */
  rank: string;
  /** Full history, oldest first. */
  changelog: WsHistory[];
}

export interface Workspace {
  /** Base site name shown in reports, e.g. "demo.atlassian.net". */
  site: string;
  users: WsUser[];
  fields: WsField[];
  statuses: WsStatus[];
  issueTypes: WsIssueType[];
  projects: WsProject[];
  boards: WsBoard[];
  sprints: WsSprint[];
  issues: WsIssue[];
  /** Which users may browse / administer which project keys. Missing user = may browse all, admin none. */
  permissions: Record<string, { browse: string[]; administer: string[] }>;
}

/** What the generator knows to be true, for tests only (the engine never reads it). */
export interface GroundTruth {
  projects: Record<
    string,
    {
      story: string;
      /** Figures of each closed sprint, by sprint id. */
      sprints: Record<
        number,
        {
          committed: { issues: string[]; points: number | null };
          added: { issues: string[]; points: number | null };
          removed: { issues: string[]; points: number | null };
          completed: { issues: string[]; points: number | null };
          notCompleted: { issues: string[]; points: number | null };
          doneBeforeStart: { issues: string[]; points: number | null };
          /**
           * The four ratios (docs/metrics.md, "The four ratios"), null when the denominator is 0: in points when the
           * committed issues held points at the start, else in issues. Reliability counts a completed
           * committed issue at its estimate at the close, and nothing for one unestimated at the start.
           */
          commitmentReliability: number | null;
          completionRate: number | null;
          scopeChurn: number | null;
          carryOver: number | null;
          /** Sub-tasks in the sprint, grouped apart (keys only; they are in none of the groups above). */
          subtasks: { committed: string[]; added: string[]; completed: string[]; notCompleted: string[] };
          /** Estimates changed while the sprint ran, on issues in it, in time order. */
          estimateChanges: { issueKey: string; from: number | null; to: number | null }[];
        }
      >;
      /** Signal ids the project's story should raise (warning or critical). */
      expectedSignals: string[];
      /** Signal ids that must stay silent. */
      silentSignals: string[];
    }
  >;
}

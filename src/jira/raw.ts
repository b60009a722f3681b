/**
 * Jira's JSON as it arrives, typed loosely: every field may be missing or of the wrong shape, so
 * readers check before use (see normalise.ts). Shapes follow Jira's OpenAPI specs.
 */

/** IssueBean from search/jql, reduced to what we read. */
export interface RawIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
}

/** ChangeDetails. */
export interface RawChangeItem {
  field?: string;
  fieldId?: string;
  fieldtype?: string;
  from?: string | null;
  fromString?: string | null;
  to?: string | null;
  toString?: string | null;
}

/** Changelog (one history). `created` is an ISO string from Jira, a number in the spec's example. */
export interface RawHistory {
  id: string;
  author?: unknown;
  created: string | number;
  items: RawChangeItem[];
}

/** FieldDetails from GET /rest/api/3/field. */
export interface RawField {
  id: string;
  key?: string;
  name: string;
  /** The name the field was created with, before Jira translated it (sent for custom fields). */
  untranslatedName?: string;
  custom?: boolean;
  schema?: { type?: string; items?: string; custom?: string; customId?: number; system?: string };
}

/** StatusDetails from GET /rest/api/3/status. */
export interface RawStatus {
  id: string;
  name: string;
  statusCategory?: { id?: number; key?: string; name?: string };
}

/** Project from GET /rest/api/3/project/search. */
export interface RawProject {
  id: string;
  key: string;
  name: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

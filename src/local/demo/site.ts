/**
 * The demo site's configuration: fields, statuses and issue types, with the ids the site uses.
 * Shapes follow GET /rest/api/3/field, /status and /issuetype.
 */
import type { WsField, WsIssueType, WsStatus } from '../workspace';

export const SPRINT_FIELD = 'customfield_10020';
export const RANK_FIELD = 'customfield_10019';
export const POINTS_FIELD = 'customfield_10016';
export const FLAGGED_FIELD = 'customfield_10021';
/** The option id Jira stores for the "Impediment" value of the Flagged field. */
export const IMPEDIMENT_OPTION_ID = '10019';

export const SITE_NAME = 'demo.atlassian.net';

export type StatusName = 'To Do' | 'In Progress' | 'In Review' | 'Done';

const CATEGORIES = {
  new: { id: 2, key: 'new' as const, name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate' as const, name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done' as const, name: 'Done', colorName: 'green' },
};

export const STATUSES: Record<StatusName, WsStatus> = {
  'To Do': { id: '10000', name: 'To Do', statusCategory: CATEGORIES.new },
  'In Progress': { id: '3', name: 'In Progress', statusCategory: CATEGORIES.indeterminate },
  'In Review': { id: '10001', name: 'In Review', statusCategory: CATEGORIES.indeterminate },
  Done: { id: '10002', name: 'Done', statusCategory: CATEGORIES.done },
};

export function isDoneStatus(name: StatusName): boolean {
  return STATUSES[name].statusCategory.key === 'done';
}

export type IssueTypeName = 'Epic' | 'Story' | 'Bug' | 'Task' | 'Technical task' | 'Spike' | 'Sub-task';

export const ISSUE_TYPES: Record<IssueTypeName, WsIssueType> = {
  // Epics group work above the stories; the demo's stories write none, test sites do.
  Epic: { id: '10000', name: 'Epic', subtask: false, hierarchyLevel: 1 },
  Story: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
  Bug: { id: '10002', name: 'Bug', subtask: false, hierarchyLevel: 0 },
  Task: { id: '10003', name: 'Task', subtask: false, hierarchyLevel: 0 },
  'Technical task': { id: '10004', name: 'Technical task', subtask: false, hierarchyLevel: 0 },
  Spike: { id: '10005', name: 'Spike', subtask: false, hierarchyLevel: 0 },
  'Sub-task': { id: '10006', name: 'Sub-task', subtask: true, hierarchyLevel: -1 },
};

export const DONE_RESOLUTION = { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' };

export const BLOCKS_LINK_TYPE = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };

function system(id: string, name: string, type: string, items?: string): WsField {
  return { id, key: id, name, custom: false, schema: { type, ...(items ? { items } : {}), system: id } };
}

function custom(id: string, name: string, type: string, customType: string, items?: string): WsField {
  const customId = Number(id.replace('customfield_', ''));
  return { id, key: id, name, custom: true, schema: { type, ...(items ? { items } : {}), custom: customType, customId } };
}

export const FIELDS: WsField[] = [
  system('summary', 'Summary', 'string'),
  system('issuetype', 'Issue Type', 'issuetype'),
  system('status', 'Status', 'status'),
  system('labels', 'Labels', 'array', 'string'),
  system('components', 'Components', 'array', 'component'),
  system('parent', 'Parent', 'issuelink'),
  system('issuelinks', 'Linked Issues', 'array', 'issuelinks'),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('created', 'Created', 'datetime'),
  system('updated', 'Updated', 'datetime'),
  system('resolutiondate', 'Resolved', 'datetime'),
  system('resolution', 'Resolution', 'resolution'),
  system('description', 'Description', 'string'),
  system('subtasks', 'Sub-tasks', 'array', 'issuelinks'),
  custom(SPRINT_FIELD, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint', 'json'),
  custom(RANK_FIELD, 'Rank', 'any', 'com.pyxis.greenhopper.jira:gh-lexo-rank'),
  custom(POINTS_FIELD, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points'),
  custom(FLAGGED_FIELD, 'Flagged', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes', 'option'),
];

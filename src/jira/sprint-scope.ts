/**
 * A sprint and the issues in it at this moment, as the sprint ledger records them after a sprint
 * event (docs/metrics.md, "The sprint ledger"): the sprint (GET /rest/agile/1.0/sprint/{id}), its
 * board's estimation field (the board configuration) and every issue whose Sprint field holds it
 * (JQL `sprint = <id>`, which also finds the issues of a closed sprint that were carried on).
 * Issues too broken to name (no key) are left out; a missing part of one reads as unknown.
 */
import type { LedgerIssue, LedgerSprintFields } from '../domain/sprint-ledger';
import type { Sprint } from '../domain/types';
import type { JiraClient } from './client';
import { isRecord } from './raw';
import type { RawIssue } from './raw';
import { readStatusCategory } from './values';

export interface SprintScope {
  sprint: LedgerSprintFields;
  issues: LedgerIssue[];
}

export function sprintFields(sprint: Sprint): LedgerSprintFields {
  const { name, state, startDate, endDate, completeDate, goal, originBoardId } = sprint;
  return { name, state, startDate, endDate, completeDate, goal, originBoardId };
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

function readEstimate(value: unknown): number | null {
  const estimate = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(estimate) ? estimate : null;
}

export function readLedgerIssue(raw: RawIssue, estimateFieldId: string | null): LedgerIssue {
  const fields = isRecord(raw.fields) ? raw.fields : {};
  const status = isRecord(fields.status) ? fields.status : {};
  const issueType = isRecord(fields.issuetype) ? fields.issuetype : {};
  const project = isRecord(fields.project) ? fields.project : {};
  const category = readStatusCategory(isRecord(status.statusCategory) ? status.statusCategory.key : undefined);
  return {
    key: raw.key,
    projectKey: text(project.key, raw.key.slice(0, raw.key.lastIndexOf('-'))),
    summary: text(fields.summary, ''),
    issueType: text(issueType.name, 'Unknown'),
    subtask: issueType.subtask === true,
    status: text(status.name, 'Unknown'),
    // A status whose category is unknown counts as not started, as everywhere else.
    statusCategory: category ?? 'new',
    estimate: estimateFieldId === null ? null : readEstimate(fields[estimateFieldId]),
  };
}

export async function readSprintScope(client: JiraClient, sprintId: number): Promise<SprintScope> {
  const sprint = await client.getSprint(sprintId);
  const config = sprint.originBoardId === null ? null : await client.getBoardConfig(sprint.originBoardId);
  const estimateFieldId = config?.estimation.type === 'field' ? config.estimation.fieldId : null;
  const fields = ['summary', 'issuetype', 'status', 'project', ...(estimateFieldId ? [estimateFieldId] : [])];
  const raws = await client.searchIssues({ jql: `sprint = ${sprintId}`, fields });
  return { sprint: sprintFields(sprint), issues: raws.filter((raw) => raw.key.includes('-')).map((raw) => readLedgerIssue(raw, estimateFieldId)) };
}

/**
 * The naive baseline, as many Jira tools read a project: everything strictly one request after
 * another (one request in flight), search pages followed one by one, and then one changelog
 * request per issue (GET /rest/api/3/issue/{key}/changelog, 100 histories a page). It builds the
 * same BoardData as the fast path so the same analysis runs on it.
 */
import type { BoardData } from '../../domain/types';
import { JiraClient } from '../../jira/client';
import { discoverFields } from '../../jira/fields';
import { pickBoard } from '../../jira/load';
import { LoadState, issueFields, jqlQuote, normaliseAll, partialOf, projectName, statusCategoryMap } from '../../jira/load-steps';
import { orderByRank } from '../../jira/order';
import type { RawHistory } from '../../jira/raw';
import type { Transport } from '../../jira/transport';

const ISSUE_CHANGELOG_PAGE = 100;

export interface NaiveLoad {
  data: BoardData;
  requests: number;
}

async function issueChangelog(transport: Transport, key: string): Promise<{ histories: RawHistory[]; requests: number }> {
  const histories: RawHistory[] = [];
  let requests = 0;
  for (let startAt = 0; ; ) {
    requests += 1;
    const response = await transport.send({ method: 'GET', path: `/rest/api/3/issue/${encodeURIComponent(key)}/changelog`, query: { startAt, maxResults: ISSUE_CHANGELOG_PAGE } });
    if (response.status !== 200) throw new Error(`Reading the history of ${key} failed with HTTP ${response.status}.`);
    const body = response.body as { values?: RawHistory[]; isLast?: boolean };
    const values = Array.isArray(body.values) ? body.values : [];
    histories.push(...values);
    if (body.isLast !== false || values.length === 0) return { histories, requests };
    startAt += values.length;
  }
}

export async function loadNaively(transport: Transport, projectKey: string, now: Date): Promise<NaiveLoad> {
  const client = new JiraClient(transport, { maxConcurrency: 1 });
  const state = new LoadState();
  const board = pickBoard(await client.getBoardsForProject(projectKey), projectKey, null);
  const config = await client.getBoardConfig(board.id);
  const rawFields = await client.getFields();
  const statuses = await client.getStatuses();
  const sprints = await client.getSprints(board.id);
  const discovered = discoverFields(rawFields, config, null);
  const fieldIds = discovered.fieldIds;
  const rawIssues = await client.searchIssues({ jql: `project = ${jqlQuote(projectKey)} ORDER BY Rank ASC`, fields: issueFields(fieldIds) });
  const histories = new Map<string, RawHistory[]>();
  let changelogRequests = 0;
  for (const raw of rawIssues) {
    const read = await issueChangelog(transport, raw.key);
    histories.set(raw.id, read.histories);
    changelogRequests += read.requests;
  }
  const statusCategories = statusCategoryMap(statuses);
  const fetchedAt = now.toISOString();
  const issues = orderByRank(normaliseAll(rawIssues, histories, null, { projectKey, fieldIds, statusCategories, fetchedAt }, state));
  const data: BoardData = {
    site: '',
    project: { key: projectKey, name: projectName(rawIssues, projectKey) },
    board,
    config: { ...config, estimation: discovered.estimation },
    fieldIds,
    sprints,
    issues,
    statusCategories,
    notes: [...discovered.notes, ...state.notes],
    partial: partialOf(state),
    fetchedAt,
  };
  return { data, requests: client.requestCount + changelogRequests };
}

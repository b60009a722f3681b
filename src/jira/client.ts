/**
 * JiraClient: every Jira call the app makes, over any Transport (Forge requestJira or HTTP).
 * Paging, retries, the concurrency limit and request counting are handled here; callers get
 * domain values or raw issues/histories and, on failure, a JiraError. Every answer's shape is
 * checked before it is read (answer-shapes.ts): a list missing from a 2xx answer is an error,
 * never an empty list.
 */
import type { Board, BoardConfig, Person, Sprint } from '../domain/types';
import { readBoard, readBoardConfig, readSprint } from './agile';
import { readChangelogPage } from './changelog-page';
import { boardConfiguration, issuesAnswer, offsetPage, permissionsAnswer, plainList, searchPage, sprintAnswer } from './answer-shapes';
import { errorForMalformedAnswer, errorForResponse, jiraMessagesFrom } from './errors';
import { jqlQuote } from './load-steps';
import { collectOffsetPages, walkTokenPages } from './paging';
import type { ListingCut, OffsetPage } from './paging';
import { mergeByRank, partitionJql } from './partition';
import { isRecord } from './raw';
import type { RateLimitReading } from './rate-limits';
import type { RawField, RawHistory, RawIssue, RawProject, RawStatus } from './raw';
import { Requester } from './requester';
import type { RequesterOptions } from './requester';
import type { Transport } from './transport';
import { readPerson } from './values';

export type JiraClientOptions = RequesterOptions;

/** Project keys one GET /rest/api/3/project/search may name: Jira's limit. */
const PROJECT_KEYS_PER_SEARCH = 50;

/** The projects of a project search's pages, with their names (the key when Jira gives none). */
function readProjects(values: unknown[]): RawProject[] {
  return values
    .filter((p): p is Record<string, unknown> => isRecord(p) && typeof p.id === 'string' && typeof p.key === 'string')
    .map((p) => ({ id: p.id as string, key: p.key as string, name: typeof p.name === 'string' ? p.name : (p.key as string) }));
}

export interface SearchOptions {
  jql: string;
  fields: string[];
  /** Page size asked for; Jira may send fewer. Default 100. */
  maxResults?: number;
  /** Stop after this many issues (no further pages are read). */
  limit?: number;
  /** Called with each page's issues as soon as the page arrives, e.g. to start reading their histories; `more`: Jira says pages follow. */
  onPage?: (issues: RawIssue[], more: boolean) => void;
  /** false: keep nothing and return [] (the pages go to onPage only, so they can be dropped early); no `limit` then. */
  collect?: boolean;
  /** Asked after each page: true reads no further page (the caller stops the search there). */
  shouldStop?: () => boolean;
  /** Told when the search is cut short (see paging.ts); without it, a cut search throws. */
  onCut?: (cut: ListingCut) => void;
}

export interface PartitionedSearchOptions {
  /** The filter shared by every slice, without ORDER BY, e.g. `project = "ABC"`. */
  baseJql: string;
  /** One JQL clause per slice; together they must cover the search once (see partition.ts). */
  partitions: string[];
  fields: string[];
  /** Field holding the rank value; added to `fields` when missing. */
  rankFieldId: string;
  maxResults?: number;
  /** Called with each page's issues as soon as the page arrives (any slice, before the merge). */
  onPage?: (issues: RawIssue[]) => void;
  /** false: keep nothing, merge nothing, return [] (the pages go to onPage only). */
  collect?: boolean;
  /** Told when a slice is cut short (see paging.ts); without it, a cut slice throws. */
  onCut?: (cut: ListingCut) => void;
}

const BULK_CHANGELOG_MAX_ISSUES = 1000;
const BULK_CHANGELOG_MAX_FIELDS = 10;
/** Histories per bulk changelog page: Jira's largest, so a batch of 1000 issues usually fits in one or two pages. */
const BULK_CHANGELOG_PAGE = 10000;
/** Issues per POST /rest/api/3/issue/bulkfetch: Jira's limit. */
const VISIBLE_KEYS_BATCH = 100;
/** Issues per search page when only keys are asked for: Jira's largest (the search answers 5000 then). */
const KEYS_ONLY_PAGE = 5000;
/** Account ids per GET /rest/api/3/user/bulk request (each one a query parameter of its own). */
const USERS_PER_LOOKUP = 50;

export class JiraClient {
  private readonly requester: Requester;

  constructor(transport: Transport, options: JiraClientOptions = {}) {
    this.requester = new Requester(transport, options);
  }

  /** HTTP requests sent since creation or the last reset, retries included. */
  get requestCount(): number {
    return this.requester.count;
  }

  resetRequestCount(): void {
    this.requester.resetCount();
  }

  /** What Jira's rate-limit headers said last (rate-limits.ts); null before any answer carried them. */
  get rateLimit(): RateLimitReading | null {
    return this.requester.rateLimit;
  }

  /**
   * Boards whose filter is about the project (GET /rest/agile/1.0/board?projectKeyOrId=), all pages
   * (`onCut`: see paging.ts).
   */
  async getBoardsForProject(projectKey: string, onCut?: (cut: ListingCut) => void): Promise<Board[]> {
    const path = '/rest/agile/1.0/board';
    const values = await collectOffsetPages(
      (startAt) =>
        this.requester.send({ method: 'GET', path, query: { projectKeyOrId: projectKey, startAt, maxResults: 50 } }, `list the boards of project ${projectKey}`, offsetPage) as Promise<OffsetPage>,
      { what: `the boards of project ${projectKey}`, endpoint: `GET ${path}`, onCut },
    );
    return values.map(readBoard).filter((b): b is Board => b !== null);
  }

  async getBoardConfig(boardId: number): Promise<BoardConfig> {
    const body = await this.requester.send(
      { method: 'GET', path: `/rest/agile/1.0/board/${boardId}/configuration` },
      `read the configuration of board ${boardId}`,
      boardConfiguration,
    );
    return readBoardConfig(boardId, body);
  }

  /** Sprints of the board in the given states (default every state). A board without sprints (Kanban) gives []. */
  async getSprints(boardId: number, states = 'future,active,closed', onCut?: (cut: ListingCut) => void): Promise<Sprint[]> {
    const path = `/rest/agile/1.0/board/${boardId}/sprint`;
    const what = `list the sprints of board ${boardId}`;
    const values = await collectOffsetPages(async (startAt) => {
      const req = { method: 'GET' as const, path, query: { state: states, startAt, maxResults: 50 } };
      const response = await this.requester.sendWithRetry(req, what, offsetPage);
      if (response.status === 400 && jiraMessagesFrom(response.body).some((m) => /does not support sprints/i.test(m))) {
        return { values: [], isLast: true };
      }
      if (response.status < 200 || response.status > 299) throw errorForResponse(what, `GET ${path}`, response.status, response.body);
      return response.body as OffsetPage;
    }, { what: `the sprints of board ${boardId}`, endpoint: `GET ${path}`, onCut });
    return values.map(readSprint).filter((s): s is Sprint => s !== null);
  }

  /** One sprint (GET /rest/agile/1.0/sprint/{id}): read when the app records it from Jira's sprint events. */
  async getSprint(sprintId: number): Promise<Sprint> {
    const path = `/rest/agile/1.0/sprint/${sprintId}`;
    const what = `read sprint ${sprintId}`;
    const sprint = readSprint(await this.requester.send({ method: 'GET', path }, what, sprintAnswer));
    if (!sprint) throw errorForMalformedAnswer(what, `GET ${path}`, 200, 'named a sprint state we do not know');
    return sprint;
  }

  /** Every issue the JQL finds (POST /rest/api/3/search/jql), following nextPageToken. */
  async searchIssues(options: SearchOptions): Promise<RawIssue[]> {
    const path = '/rest/api/3/search/jql';
    const issues: RawIssue[] = [];
    await walkTokenPages(
      (nextPageToken) =>
        this.requester.send(
          { method: 'POST', path, body: { jql: options.jql, fields: options.fields, maxResults: options.maxResults ?? 100, ...(nextPageToken ? { nextPageToken } : {}) } },
          'search for issues',
          searchPage,
        ) as Promise<Record<string, unknown>>,
      (page) => {
        const more = page.isLast !== true && typeof page.nextPageToken === 'string' && page.nextPageToken !== '';
        if (options.collect === false) {
          const pageIssues = issuesOf(page);
          if (options.onPage && pageIssues.length) options.onPage(pageIssues, more);
          return options.shouldStop?.() === true;
        }
        const before = issues.length;
        issues.push(...issuesOf(page));
        if (options.onPage && issues.length > before) options.onPage(issues.slice(before, options.limit), more);
        return (options.limit !== undefined && issues.length >= options.limit) || options.shouldStop?.() === true;
      },
      (page) => issuesOf(page).map((issue) => issue.id),
      { what: 'the issues found by the search', endpoint: `POST ${path}`, onCut: options.onCut },
    );
    return options.limit !== undefined ? issues.slice(0, options.limit) : issues;
  }

  /** The first page of a search only, and whether Jira says more pages follow it. */
  async searchFirstPage(options: Pick<SearchOptions, 'jql' | 'fields' | 'maxResults'>): Promise<{ issues: RawIssue[]; more: boolean }> {
    const path = '/rest/api/3/search/jql';
    const page = (await this.requester.send(
      { method: 'POST', path, body: { jql: options.jql, fields: options.fields, maxResults: options.maxResults ?? 100 } },
      'search for issues',
      searchPage,
    )) as Record<string, unknown>;
    const more = page.isLast !== true && typeof page.nextPageToken === 'string' && page.nextPageToken !== '';
    return { issues: issuesOf(page), more };
  }

  /**
   * One search split into slices fetched at the same time (under the client's limiter), each
   * `ORDER BY Rank ASC`, merged into global rank order. See partition.ts for the rule.
   * No partitions means one plain search ordered by rank.
   */
  async searchPartitioned(options: PartitionedSearchOptions): Promise<RawIssue[]> {
    const fields = options.fields.includes(options.rankFieldId) ? options.fields : [...options.fields, options.rankFieldId];
    const slices = options.partitions.length ? options.partitions : [null];
    const results = await Promise.all(
      slices.map((clause) =>
        this.searchIssues({
          jql: clause === null ? `${options.baseJql} ORDER BY Rank ASC` : partitionJql(options.baseJql, clause),
          fields,
          maxResults: options.maxResults,
          onPage: options.onPage,
          collect: options.collect,
          onCut: options.onCut,
        }),
      ),
    );
    return options.collect === false ? [] : mergeByRank(results, options.rankFieldId);
  }

  /**
   * Full change history of the given issues, limited to `fieldIds` (POST /rest/api/3/changelog/bulkfetch).
   * Batches of up to 1000 issues run at the same time under the limiter; each follows nextPageToken.
   * Every asked-for issue id is in the map (with [] when it has no history).
   */
  async bulkChangelog(issueIds: string[], fieldIds: string[], onCut?: (cut: ListingCut) => void): Promise<Map<string, RawHistory[]>> {
    const result = new Map<string, RawHistory[]>(issueIds.map((id) => [id, []]));
    const keep = (_issueId: string, histories: RawHistory[]) => histories;
    await this.bulkChangelogPages(issueIds, fieldIds, keep, (page) => {
      for (const [issueId, lists] of page) {
        const known = result.get(issueId) ?? [];
        for (const histories of lists) for (const history of histories) known.push(history);
        result.set(issueId, known);
      }
    }, onCut);
    return result;
  }

  /**
   * Like bulkChangelog, but each page is read entry by entry as it arrives (changelog-page.ts):
   * `readIssue` is given one issue's histories on the page and may keep what it makes of them, and
   * `onPage` gets those by issue id once the whole page has been read and checked. Nothing of Jira's
   * answer is kept, so a caller can read histories without ever holding a whole page of them.
   */
  async bulkChangelogPages<T>(
    issueIds: string[],
    fieldIds: string[],
    readIssue: (issueId: string, histories: RawHistory[]) => T,
    onPage: (page: Map<string, T[]>) => void,
    onCut?: (cut: ListingCut) => void,
  ): Promise<void> {
    if (fieldIds.length > BULK_CHANGELOG_MAX_FIELDS) {
      throw new Error(`Jira's bulk changelog takes at most ${BULK_CHANGELOG_MAX_FIELDS} field ids; ${fieldIds.length} were given.`);
    }
    const path = '/rest/api/3/changelog/bulkfetch';
    const endpoint = `POST ${path}`;
    const batches: string[][] = [];
    for (let i = 0; i < issueIds.length; i += BULK_CHANGELOG_MAX_ISSUES) batches.push(issueIds.slice(i, i + BULK_CHANGELOG_MAX_ISSUES));
    await Promise.all(
      batches.map((batch, index) =>
        walkTokenPages(
          (nextPageToken) =>
            this.requester.sendAndRead(
              { method: 'POST', path, readAs: 'pieces', body: { issueIdsOrKeys: batch, fieldIds: [...new Set(fieldIds)], maxResults: BULK_CHANGELOG_PAGE, ...(nextPageToken ? { nextPageToken } : {}) } },
              `read the change history of issues (batch ${index + 1} of ${batches.length})`,
              (body, status) => readChangelogPage(body, endpoint, status, readIssue),
            ),
          (page) => onPage(page.byIssue),
          (page) => page.identities,
          { what: 'the change history of the issues', endpoint, onCut },
        ),
      ),
    );
  }

  async getFields(): Promise<RawField[]> {
    const body = (await this.requester.send({ method: 'GET', path: '/rest/api/3/field' }, 'read the list of fields', plainList)) as unknown[];
    return body.filter(
      (f): f is RawField => isRecord(f) && typeof f.id === 'string' && typeof f.name === 'string',
    );
  }

  async getStatuses(): Promise<RawStatus[]> {
    const body = (await this.requester.send({ method: 'GET', path: '/rest/api/3/status' }, 'read the list of statuses', plainList)) as unknown[];
    return body.filter(
      (s): s is RawStatus => isRecord(s) && typeof s.id === 'string' && typeof s.name === 'string',
    );
  }

  /** Projects the caller may browse (GET /rest/api/3/project/search?action=browse), all pages. */
  async listProjects(): Promise<RawProject[]> {
    const path = '/rest/api/3/project/search';
    const values = await collectOffsetPages(
      (startAt) => this.requester.send({ method: 'GET', path, query: { action: 'browse', startAt, maxResults: 50 } }, 'list the projects', offsetPage) as Promise<OffsetPage>,
      { what: 'the projects', endpoint: `GET ${path}` },
    );
    return readProjects(values);
  }

  /**
   * Which of `keys` the caller may browse, with their names: GET /rest/api/3/project/search with the
   * keys asked for (at most 50 a request, Jira's limit). Keys Jira leaves out (no permission, or no
   * such project any more) are simply not in the answer.
   */
  async browsableProjectsAmong(keys: readonly string[]): Promise<RawProject[]> {
    const path = '/rest/api/3/project/search';
    const found: RawProject[] = [];
    for (let start = 0; start < keys.length; start += PROJECT_KEYS_PER_SEARCH) {
      const batch = keys.slice(start, start + PROJECT_KEYS_PER_SEARCH);
      const values = await collectOffsetPages(
        (startAt) =>
          this.requester.send({ method: 'GET', path, query: { action: 'browse', keys: batch, startAt, maxResults: PROJECT_KEYS_PER_SEARCH } }, 'check which projects you may browse', offsetPage) as Promise<OffsetPage>,
        { what: 'the projects', endpoint: `GET ${path}` },
      );
      found.push(...readProjects(values).filter((p) => batch.includes(p.key)));
    }
    return found;
  }

  /** How many projects the caller may browse (Jira's total, from a one-project page). */
  async countBrowsableProjects(): Promise<number> {
    const path = '/rest/api/3/project/search';
    const body = (await this.requester.send({ method: 'GET', path, query: { action: 'browse', startAt: 0, maxResults: 1 } }, 'count the projects', offsetPage)) as OffsetPage;
    return typeof body.total === 'number' && Number.isInteger(body.total) && body.total >= 0 ? body.total : body.values.length;
  }

  /** Whether the caller holds each permission in the project; permissions Jira does not mention are false. */
  async getMyPermissions(projectKey: string, permissions: string[]): Promise<Record<string, boolean>> {
    const body = await this.requester.send(
      { method: 'GET', path: '/rest/api/3/mypermissions', query: { projectKey, permissions: permissions.join(',') } },
      `check permissions in project ${projectKey}`,
      permissionsAnswer,
    );
    const granted = (body as { permissions: Record<string, unknown> }).permissions;
    const result: Record<string, boolean> = {};
    for (const permission of permissions) {
      const entry = granted[permission];
      result[permission] = isRecord(entry) && entry.havePermission === true;
    }
    return result;
  }

  /**
   * The subset of `keys` the caller may see: one POST /rest/api/3/issue/bulkfetch per 100 keys.
   * Jira leaves out issues that do not exist or that the caller may not see (no error, unlike a
   * `key in (...)` search, which refuses the whole query). An issue Jira returns under another key
   * (it was moved) and one listed in issueErrors count as not visible: evidence is hidden rather
   * than shown by mistake.
   */
  async getVisibleKeys(keys: string[]): Promise<Set<string>> {
    const unique = [...new Set(keys.filter((k) => /^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(k)))];
    const visible = new Set<string>();
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += VISIBLE_KEYS_BATCH) batches.push(unique.slice(i, i + VISIBLE_KEYS_BATCH));
    const path = '/rest/api/3/issue/bulkfetch';
    await Promise.all(
      batches.map(async (batch) => {
        const asked = new Set(batch.map((k) => k.toUpperCase()));
        const body = (await this.requester.send({ method: 'POST', path, body: { issueIdsOrKeys: batch, fields: ['key'] } }, 'check which issues you may see', issuesAnswer)) as { issues: unknown[] };
        for (const issue of body.issues) {
          if (isRecord(issue) && typeof issue.key === 'string' && asked.has(issue.key.toUpperCase())) visible.add(issue.key);
        }
      }),
    );
    return visible;
  }

  /**
   * The keys of every issue of the project the caller may see: one search (POST /rest/api/3/search/jql)
   * asking for keys only, 5000 a page. Jira's search shows each caller only the issues they may see,
   * as bulkfetch does; a key the project no longer has (the issue moved) is not among them. For a
   * project the caller may not browse, Jira refuses the search (400), as for one that does not exist.
   */
  async getVisibleProjectKeys(projectKey: string): Promise<Set<string>> {
    const issues = await this.searchIssues({ jql: `project = ${jqlQuote(projectKey)}`, fields: ['key'], maxResults: KEYS_ONLY_PAGE });
    return new Set(issues.map((issue) => issue.key));
  }

  /**
   * When an issue last changed (its `updated` field), with one POST /rest/api/3/issue/bulkfetch: the
   * issue view's one read of its issue. null when the caller may not see the issue (or it does not
   * exist, or Jira answers it under another key); `updated` is null when Jira gave no time.
   */
  async getIssueUpdated(key: string): Promise<{ updated: string | null } | null> {
    const path = '/rest/api/3/issue/bulkfetch';
    const body = (await this.requester.send({ method: 'POST', path, body: { issueIdsOrKeys: [key], fields: ['updated'] } }, `read when ${key} last changed`, issuesAnswer)) as { issues: unknown[] };
    const issue = body.issues.find((found) => isRecord(found) && typeof found.key === 'string' && found.key.toUpperCase() === key.toUpperCase());
    if (!isRecord(issue)) return null;
    const updated = isRecord(issue.fields) ? issue.fields.updated : undefined;
    return { updated: typeof updated === 'string' && updated !== '' ? updated : null };
  }

  /**
   * Active people whose name or email starts with `query` (GET /rest/api/3/user/search), at most
   * `maxResults`; app and customer accounts are left out. Jira answers with nobody when the caller
   * may not browse users.
   */
  async searchUsers(query: string, maxResults = 20): Promise<Person[]> {
    const path = '/rest/api/3/user/search';
    const body = (await this.requester.send({ method: 'GET', path, query: { query, maxResults } }, 'search for people', plainList)) as unknown[];
    return body
      .filter((user) => isRecord(user) && (user.accountType === undefined || user.accountType === 'atlassian'))
      .map(readPerson)
      .filter((person): person is Person => person !== null && person.active);
  }

  /** The people with these account ids (GET /rest/api/3/user/bulk, every page); unknown ids are left out. */
  async getUsers(accountIds: readonly string[]): Promise<Person[]> {
    const path = '/rest/api/3/user/bulk';
    const unique = [...new Set(accountIds.filter((id) => id !== ''))];
    const found: Person[] = [];
    for (let i = 0; i < unique.length; i += USERS_PER_LOOKUP) {
      const accountId = unique.slice(i, i + USERS_PER_LOOKUP);
      const values = await collectOffsetPages(
        (startAt) =>
          this.requester.send({ method: 'GET', path, query: { accountId, startAt, maxResults: accountId.length } }, 'look up the people named in the roles', offsetPage) as Promise<OffsetPage>,
        { what: 'the people named in the roles', endpoint: `GET ${path}` },
      );
      for (const value of values) {
        const person = readPerson(value);
        if (person) found.push(person);
      }
    }
    return found;
  }
}

/** The issues of one search page (the page passed `searchPage`: every issue has an id and a key). */
function issuesOf(page: Record<string, unknown>): RawIssue[] {
  return (page.issues as { id: string; key: string; fields?: unknown }[]).map((issue) => ({ id: issue.id, key: issue.key, fields: isRecord(issue.fields) ? issue.fields : {} }));
}

/** Fakes for the Forge shell tests: Jira clients per user, a recording queue, a fixed clock. */
import type { JiraClient } from '../../src/jira/client';
import type { Board } from '../../src/domain/types';
import { MemoryStore } from '../../src/storage/memory-store';
import { isNightWave, type AppDeps, type CallContext, type LedgerJob, type NightWaveEvent, type RefreshEvent } from '../../src/forge/types';

export interface FakeUser {
  browse: string[];
  administer: string[];
  /** Issue keys this user may see. */
  sees: string[];
  /** Boards whose filter is shared with this user; absent: every board. */
  boards?: number[];
}

export const USERS: Record<string, FakeUser> = {
  'acc-admin': { browse: ['ABC', 'DEF'], administer: ['ABC'], sees: ['ABC-1', 'ABC-2', 'ABC-5', 'ABC-9', 'DEF-1'] },
  'acc-viewer': { browse: ['ABC', 'DEF'], administer: [], sees: ['ABC-1'] },
  'acc-stranger': { browse: [], administer: [], sees: [] },
  /** May browse ABC but not see its Kanban board 8, whose filter is private. */
  'acc-member': { browse: ['ABC'], administer: [], sees: ['ABC-1', 'ABC-2'], boards: [7] },
  /** Browses every project but those whose key ends in 3 (P3, P13...). */
  'acc-coach': { browse: ['*'], administer: [], sees: [] },
};

/** Whether a user may browse a project; "*" stands for every project whose key does not end in 3. */
function mayBrowse(user: FakeUser | null, projectKey: string): boolean {
  return user === null || user.browse.includes(projectKey) || (user.browse.includes('*') && !projectKey.endsWith('3'));
}

export const PROJECTS = [
  { id: '1', key: 'ABC', name: 'Alphabet' },
  { id: '2', key: 'DEF', name: 'Defaults' },
];

export const BOARDS: Board[] = [
  { id: 7, name: 'ABC board', type: 'scrum', projectKey: 'ABC' },
  { id: 8, name: 'ABC flow', type: 'kanban', projectKey: 'ABC' },
  { id: 9, name: 'DEF board', type: 'scrum', projectKey: 'DEF' },
];

/** People on the site, as Jira's user endpoints know them (acc-po has no activity on any board). */
export const SITE_PEOPLE = [
  { accountId: 'acc-po', displayName: 'Pat Owner', avatarUrl: 'https://avatars.example/pat.png', active: true },
  { accountId: 'acc-sm', displayName: 'Sam Master', avatarUrl: null, active: true },
  { accountId: 'acc-pam', displayName: 'Pam Quiet', avatarUrl: null, active: true },
];

/** When each issue last changed, as Jira would tell someone who may see it. */
export const ISSUE_UPDATED: Record<string, string> = {
  'ABC-1': '2026-11-21T10:00:00.000+0000',
  'ABC-2': '2026-11-22T02:00:00.000+0000',
};

export interface CallLog {
  permissionChecks: { accountId: string; projectKey: string }[];
  visibilityChecks: { accountId: string; keys: string[] }[];
  userLookups: { accountId: string; ids: string[] }[];
  issueReads: { accountId: string; key: string }[];
  /** Each search for the projects a user may browse among some keys, and each count of them. */
  projectSearches: { accountId: string; keys: string[] | 'count' }[];
}

export function fakeClient(accountId: string | 'app', log: CallLog, projects = PROJECTS): JiraClient {
  const user = accountId === 'app' ? null : USERS[accountId] ?? { browse: [], administer: [], sees: [] };
  const client = {
    async getMyPermissions(projectKey: string, permissions: string[]) {
      log.permissionChecks.push({ accountId, projectKey });
      const result: Record<string, boolean> = {};
      for (const p of permissions) {
        result[p] = user === null || (p === 'BROWSE_PROJECTS' ? mayBrowse(user, projectKey) : p === 'ADMINISTER_PROJECTS' && user.administer.includes(projectKey));
      }
      return result;
    },
    async getVisibleKeys(keys: string[]) {
      log.visibilityChecks.push({ accountId, keys: [...keys] });
      return new Set(keys.filter((k) => user === null || user.sees.includes(k)));
    },
    async getIssueUpdated(key: string) {
      log.issueReads.push({ accountId, key });
      if (user !== null && !user.sees.includes(key)) return null;
      return { updated: ISSUE_UPDATED[key] ?? null };
    },
    async listProjects() {
      return projects.filter((p) => mayBrowse(user, p.key));
    },
    async browsableProjectsAmong(keys: readonly string[]) {
      log.projectSearches.push({ accountId, keys: [...keys] });
      return projects.filter((p) => keys.includes(p.key) && mayBrowse(user, p.key));
    },
    async countBrowsableProjects() {
      log.projectSearches.push({ accountId, keys: 'count' });
      return projects.filter((p) => mayBrowse(user, p.key)).length;
    },
    async getBoardsForProject(projectKey: string) {
      return BOARDS.filter((b) => b.projectKey === projectKey && (!user?.boards || user.boards.includes(b.id)));
    },
    async searchUsers(query: string) {
      return SITE_PEOPLE.filter((p) => p.displayName.toLowerCase().split(' ').some((word) => word.startsWith(query.toLowerCase())));
    },
    async getUsers(ids: readonly string[]) {
      log.userLookups.push({ accountId, ids: [...ids] });
      return SITE_PEOPLE.filter((p) => ids.includes(p.accountId));
    },
    async getSprints(boardId: number) {
      return boardId === 7 ? [{ id: 1 }, { id: 2 }, { id: 3 }] : [];
    },
  };
  return client as unknown as JiraClient;
}

export function makeDeps(now = new Date('2026-11-22T03:00:00.000Z'), projects = PROJECTS) {
  const log: CallLog = { permissionChecks: [], visibilityChecks: [], userLookups: [], issueReads: [], projectSearches: [] };
  const pushes: RefreshEvent[][] = [];
  /** Waves of a nightly run or "Refresh all" (src/forge/night.ts), apart from the refreshes. */
  const waves: NightWaveEvent[] = [];
  const ledgerPushes: LedgerJob[][] = [];
  const store = new MemoryStore();
  const clock = { now };
  const deps: AppDeps = {
    jiraAsUser: (ctx: CallContext) => fakeClient(ctx.accountId, log, projects),
    jiraAsApp: () => fakeClient('app', log, projects),
    store,
    queue: {
      push: async (events) => {
        const refreshes = events.filter((event): event is RefreshEvent => !isNightWave(event));
        if (refreshes.length > 0) pushes.push(refreshes);
        waves.push(...events.filter(isNightWave));
      },
    },
    ledgerQueue: { push: async (jobs) => void ledgerPushes.push(jobs) },
    now: () => clock.now,
    site: 'cloud-1',
  };
  return { deps, log, pushes, waves, ledgerPushes, store, clock };
}

export function ctx(accountId: string, projectKey: string | null = 'ABC', more: Partial<CallContext> = {}): CallContext {
  return { accountId, projectKey, ...more };
}

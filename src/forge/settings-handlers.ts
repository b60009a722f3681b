/**
 * The Settings tab's calls, run by the resolver table (resolver-table.ts): reading the settings
 * (anyone who may browse the project), saving them and searching for people to name in the roles
 * (project administrators only, checked as the user by the table's gate: only they can name anyone).
 */
import type { PersonSummary, ResolverDefs } from '../shared/api';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { validateSettings } from '../domain/settings-schema';
import { lookUpPeople } from '../engine/role-names';
import { jsonByteLength } from '../storage/chunking';
import { SettingsChangedError } from '../storage/project-stores';
import type { StoredSettings } from '../storage/records';
import { viewerBoards } from './board-choice';
import { readCachedReport } from './cached-report';
import { CallRefused } from './errors';
import { readProjectSettings } from './project-settings';
import { refreshEvent, requestRefreshes } from './refresh';
import type { ProjectCall } from './types';

type Defs = ResolverDefs;

const byName = (a: PersonSummary, b: PersonSummary) => a.displayName.localeCompare(b.displayName);

/** Said when a save names a version other than the stored one. */
export const SETTINGS_CHANGED = 'These settings were changed by someone else while you were editing them, so yours were not saved. Reload the settings to see the changes, then make yours again.';

export async function settings(_payload: Defs['getSettings']['payload'], c: ProjectCall): Promise<Defs['getSettings']['result']> {
  const { settings: current, problem, version } = await readProjectSettings(c.stores, c.project.key);
  // People to choose from at once: everyone the cached report knows (authors, assignees, rankers),
  // and the people named now, by their Jira names (they may have no activity on the board at all).
  const { cached } = await readCachedReport(c.stores, c.project.key, null);
  const people = new Map<string, PersonSummary>();
  for (const [accountId, p] of Object.entries(cached?.report.people ?? {})) people.set(accountId, { accountId, displayName: p.displayName, avatarUrl: p.avatarUrl });
  const named = [...current.roles.productOwners, ...current.roles.scrumMasters];
  for (const person of await lookUpPeople(c.deps.jiraAsUser(c.ctx), named)) people.set(person.accountId, person);
  return { settings: current, defaults: DEFAULT_SETTINGS, version, canEdit: c.project.administer, people: [...people.values()].sort(byName), problem };
}

/**
 * Larger than any settings within the schema's bounds (about 50 KB with every list full): a bigger
 * save is refused before it is checked field by field, so its size costs nothing.
 */
export const MAX_SETTINGS_KB = 64;

export async function saveSettings(payload: Defs['saveSettings']['payload'], c: ProjectCall): Promise<Defs['saveSettings']['result']> {
  const kilobytes = Math.ceil(jsonByteLength(payload.settings) / 1024);
  if (kilobytes > MAX_SETTINGS_KB) {
    throw new CallRefused({ code: 'invalid-input', message: `These settings are ${kilobytes} KB; settings of at most ${MAX_SETTINGS_KB} KB are accepted, so nothing was saved.` });
  }
  const checked = validateSettings(payload.settings);
  if (!checked.ok) {
    throw new CallRefused({ code: 'invalid-input', message: 'Some settings are not valid, so nothing was saved.', fieldErrors: checked.errors });
  }
  const boardId = checked.settings.boardId;
  if (boardId !== null && !(await viewerBoards(c)).some((board) => board.id === boardId)) {
    throw new CallRefused({
      code: 'invalid-input',
      message: 'Some settings are not valid, so nothing was saved.',
      fieldErrors: [{ path: '/boardId', message: `board ${boardId} is not one of this project's boards that you can see in Jira` }],
    });
  }
  let saved: StoredSettings;
  try {
    saved = await c.stores.writeSettings(c.project.key, checked.settings, c.ctx.accountId, c.now, payload.version);
  } catch (err) {
    if (err instanceof SettingsChangedError) throw new CallRefused({ code: 'settings-changed', message: SETTINGS_CHANGED });
    throw err;
  }
  // New settings change the report: refresh it (a failure to queue does not undo the save).
  await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(c.project.key, null, 'settings', c.now)], c.now).catch(() => undefined);
  return { settings: saved.settings, version: saved.version };
}

/** Jira's user search, as the administrator (Jira shows them only the people they may browse). */
export async function searchPeople(payload: Defs['searchPeople']['payload'], c: ProjectCall): Promise<Defs['searchPeople']['result']> {
  const found = await c.deps.jiraAsUser(c.ctx).searchUsers(payload.query.trim(), 20);
  return { people: found.map((p) => ({ accountId: p.accountId, displayName: p.displayName, avatarUrl: p.avatarUrl })) };
}

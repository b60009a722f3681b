/**
 * The Settings tab's calls, run by the resolver table (resolver-table.ts): reading the settings
 * (anyone who may browse the project), saving them and searching for people to name in the roles
 * (project administrators only, checked as the user by the table's gate: only they can name anyone).
 */
import type { PersonSummary, ResolverDefs } from '../shared/api';
import { validateSettings } from '../domain/settings-schema';
import { lookUpPeople } from '../engine/role-names';
import { CallRefused } from './errors';
import { readProjectSettings } from './project-settings';
import { refreshEvent, requestRefreshes } from './refresh';
import type { ProjectCall } from './types';

type Defs = ResolverDefs;

const byName = (a: PersonSummary, b: PersonSummary) => a.displayName.localeCompare(b.displayName);

export async function settings(_payload: Defs['getSettings']['payload'], c: ProjectCall): Promise<Defs['getSettings']['result']> {
  const { settings: current, problem } = await readProjectSettings(c.stores, c.project.key);
  // People to choose from at once: everyone the cached report knows (authors, assignees, rankers),
  // and the people named now, by their Jira names (they may have no activity on the board at all).
  const cached = await c.stores.readReport(c.project.key, null).catch(() => undefined);
  const people = new Map<string, PersonSummary>();
  for (const [accountId, p] of Object.entries(cached?.report.people ?? {})) people.set(accountId, { accountId, displayName: p.displayName, avatarUrl: p.avatarUrl });
  const named = [...current.roles.productOwners, ...current.roles.scrumMasters];
  for (const person of await lookUpPeople(c.deps.jiraAsUser(c.ctx), named)) people.set(person.accountId, person);
  return { settings: current, canEdit: c.project.administer, people: [...people.values()].sort(byName), problem };
}

export async function saveSettings(payload: Defs['saveSettings']['payload'], c: ProjectCall): Promise<Defs['saveSettings']['result']> {
  const checked = validateSettings(payload.settings);
  if (!checked.ok) {
    throw new CallRefused({ code: 'invalid-input', message: 'Some settings are not valid, so nothing was saved.', fieldErrors: checked.errors });
  }
  await c.stores.writeSettings(c.project.key, checked.settings, c.ctx.accountId, c.now);
  // New settings change the report: refresh it (a failure to queue does not undo the save).
  await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(c.project.key, null, 'settings', c.now)], c.now).catch(() => undefined);
  return { settings: checked.settings };
}

/** Jira's user search, as the administrator (Jira shows them only the people they may browse). */
export async function searchPeople(payload: Defs['searchPeople']['payload'], c: ProjectCall): Promise<Defs['searchPeople']['result']> {
  const found = await c.deps.jiraAsUser(c.ctx).searchUsers(payload.query.trim(), 20);
  return { people: found.map((p) => ({ accountId: p.accountId, displayName: p.displayName, avatarUrl: p.avatarUrl })) };
}

/**
 * The Settings tab's calls: read the settings (anyone who may browse the project), save them
 * (project administrators only, checked as the user), and search for people to name in the roles
 * (administrators only: only they can name anyone).
 */
import type { PersonSummary } from '../shared/api';
import { validateSettings } from '../domain/settings-schema';
import { forbidden } from './errors';
import { browsableProject, type Handler } from './handlers';
import { lookUpPeople } from '../engine/role-names';
import { readProjectSettings } from './project-settings';
import { refreshEvent, requestRefreshes } from './refresh';

const ADMINS_ONLY = 'Only administrators of this project can change its settings.';

const byName = (a: PersonSummary, b: PersonSummary) => a.displayName.localeCompare(b.displayName);

export const getSettings: Handler<'getSettings'> = async (_payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  const { settings, problem } = await readProjectSettings(c.stores, project.projectKey);
  // People to choose from at once: everyone the cached report knows (authors, assignees, rankers),
  // and the people named now, by their Jira names (they may have no activity on the board at all).
  const cached = await c.stores.readReport(project.projectKey, null).catch(() => undefined);
  const people = new Map<string, PersonSummary>();
  for (const [accountId, p] of Object.entries(cached?.report.people ?? {})) people.set(accountId, { accountId, displayName: p.displayName, avatarUrl: p.avatarUrl });
  const named = [...settings.roles.productOwners, ...settings.roles.scrumMasters];
  for (const person of await lookUpPeople(c.deps.jiraAsUser(c.ctx), named)) people.set(person.accountId, person);
  return { settings, canEdit: project.administer, people: [...people.values()].sort(byName), problem };
};

export const saveSettings: Handler<'saveSettings'> = async (payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  if (!project.administer) return forbidden(ADMINS_ONLY);
  const checked = validateSettings(payload.settings);
  if (!checked.ok) {
    return { error: { code: 'invalid-input', message: 'Some settings are not valid, so nothing was saved.', fieldErrors: checked.errors } };
  }
  await c.stores.writeSettings(project.projectKey, checked.settings, c.ctx.accountId, c.now);
  // New settings change the report: refresh it (a failure to queue does not undo the save).
  await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(project.projectKey, null, 'settings', c.now)], c.now).catch(() => undefined);
  return { settings: checked.settings };
};

/** Jira's user search, as the administrator (Jira shows them only the people they may browse). */
export const searchPeople: Handler<'searchPeople'> = async (payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  if (!project.administer) return forbidden(ADMINS_ONLY);
  const found = await c.deps.jiraAsUser(c.ctx).searchUsers(payload.query.trim(), 20);
  return { people: found.map((p) => ({ accountId: p.accountId, displayName: p.displayName, avatarUrl: p.avatarUrl })) };
};

/**
 * The nightly run: a plan of every enabled project, worked off in waves that keep within Forge's
 * limits on events and Jira's request budget (night.ts); the consumers then refresh each report and
 * take the day's backlog snapshot.
 * Enabled = every project the app can see, except those whose stored settings switch it off
 * (settings default to enabled, so a project nobody configured is still watched) and those whose
 * stored settings cannot be read (they may switch it off).
 */
import type { ProjectStores } from '../storage/project-stores';
import { describeForLog } from './errors';
import { nightlyRefreshOf, SETTINGS_UNREADABLE } from './project-settings';
import { planRefreshes } from './night';
import type { SiteRecords } from '../storage/site-records';
import type { AppDeps } from './types';

export async function enabledProjects(deps: AppDeps, stores: ProjectStores): Promise<string[]> {
  const projects = await deps.jiraAsApp().listProjects();
  const nightly = await nightlyRefreshOf(stores, projects.map((p) => p.key));
  const keys: string[] = [];
  const unreadable: string[] = [];
  for (const project of projects) {
    const state = nightly.get(project.key);
    if (state === null) unreadable.push(project.key);
    else if (state) keys.push(project.key);
  }
  // Not refreshed: they may have been switched off. Their progress records say why, for the pages.
  for (const key of unreadable) console.error(`Nightly run: the settings of ${key} could not be read, so it was not refreshed.`);
  const at = deps.now().toISOString();
  const status = { state: 'failed', progress: null, message: SETTINGS_UNREADABLE, startedAt: at, finishedAt: at } as const;
  await stores.writeProgressMany(unreadable.map((projectKey) => ({ projectKey, boardId: null, status, refreshedNightly: null }))).catch(() => undefined);
  return keys;
}

export async function runNightly(deps: AppDeps, stores: ProjectStores, site: SiteRecords): Promise<{ queued: number }> {
  try {
    const { planned } = await planRefreshes(deps, stores, site, await enabledProjects(deps, stores), 'nightly');
    return { queued: planned };
  } catch (err) {
    console.error(`Nightly run failed: ${describeForLog(err)}`);
    return { queued: 0 };
  }
}

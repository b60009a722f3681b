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
  for (const project of projects) {
    const state = nightly.get(project.key);
    if (state === null) {
      // Not refreshed: it may have been switched off. Its progress record says why, for the pages.
      console.error(`Nightly run: the settings of ${project.key} could not be read, so it was not refreshed.`);
      const at = deps.now().toISOString();
      await stores.writeProgress(project.key, null, { state: 'failed', progress: null, message: SETTINGS_UNREADABLE, startedAt: at, finishedAt: at }).catch(() => undefined);
    } else if (state) keys.push(project.key);
  }
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

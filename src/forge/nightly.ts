/**
 * The nightly run: one refresh event per enabled project, pushed in batches of at most 50; the
 * consumers then refresh each report and take the day's backlog snapshot.
 * Enabled = every project the app can see, except those whose stored settings switch it off
 * (settings default to enabled, so a project nobody configured is still watched) and those whose
 * stored settings cannot be read (they may switch it off).
 */
import type { ProjectStores } from '../storage/project-stores';
import { describeForLog } from './errors';
import { readProjectSettings } from './project-settings';
import { requestRefreshes } from './refresh';
import type { AppDeps, RefreshEvent } from './types';

export async function enabledProjects(deps: AppDeps, stores: ProjectStores): Promise<string[]> {
  const projects = await deps.jiraAsApp().listProjects();
  // Only projects with stored settings can be switched off: read just those.
  const configured = new Set(await stores.projectsWithSettings());
  const keys: string[] = [];
  for (const project of projects) {
    if (configured.has(project.key)) {
      const { settings, problem } = await readProjectSettings(stores, project.key);
      if (problem) {
        // Not refreshed: it may have been switched off. Its progress record says why, for the pages.
        console.error(`Nightly run: the settings of ${project.key} could not be read, so it was not refreshed.`);
        const at = deps.now().toISOString();
        await stores.writeProgress(project.key, null, { state: 'failed', progress: null, message: problem, startedAt: at, finishedAt: at }).catch(() => undefined);
        continue;
      }
      if (!settings.enabled) continue;
    }
    keys.push(project.key);
  }
  return keys;
}

export async function runNightly(deps: AppDeps, stores: ProjectStores): Promise<{ queued: number }> {
  try {
    const now = deps.now();
    const events: RefreshEvent[] = (await enabledProjects(deps, stores)).map((projectKey) => ({
      projectKey,
      boardId: null,
      reason: 'nightly',
      snapshot: true,
      requestedAt: now.toISOString(),
    }));
    const { queued } = await requestRefreshes(stores, deps.queue, events, now);
    return { queued };
  } catch (err) {
    console.error(`Nightly run failed: ${describeForLog(err)}`);
    return { queued: 0 };
  }
}

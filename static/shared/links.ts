/**
 * Navigation out of the iframe. Links inside a Custom UI iframe resolve against the app's own origin, so
 * issue and project links go through the bridge's router (relative URLs are resolved by Jira).
 */
import { router, view } from '@forge/bridge';

export function issuePath(issueKey: string): string {
  return `/browse/${encodeURIComponent(issueKey)}`;
}

/** Opens an issue in a new tab, keeping the report where it is. */
export function openIssue(issueKey: string): void {
  void router.open(issuePath(issueKey)).catch(() => undefined);
}

/**
 * The project page of this app for another project. Forge project pages live under
 * /jira/software/projects/KEY/apps/APP_ID/ENVIRONMENT_ID; both ids come from the module's localId
 * ("ari:cloud:ecosystem::extension/APP_ID/ENVIRONMENT_ID/static/MODULE_KEY").
 */
export function projectPagePath(projectKey: string, localId: string | undefined): string | null {
  const match = /extension\/([^/]+)\/([^/]+)\//.exec(localId ?? '');
  if (!match) return null;
  return `/jira/software/projects/${encodeURIComponent(projectKey)}/apps/${match[1]}/${match[2]}`;
}

export async function openProjectPage(projectKey: string): Promise<void> {
  const context = (await view.getContext()) as { localId?: string };
  const path = projectPagePath(projectKey, context.localId);
  if (path) await router.navigate(path);
}
